package dk.jobvej.employer.web;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.employer.internal.Commands.NewCompany;
import dk.jobvej.employer.internal.Commands.NewContact;
import dk.jobvej.employer.internal.Commands.NewVisit;
import dk.jobvej.employer.internal.Commands.NewWorkplace;
import dk.jobvej.employer.internal.CompanyRegistry;
import dk.jobvej.employer.internal.EmployerUsers;
import dk.jobvej.employer.internal.VacancyIntake;
import dk.jobvej.employer.internal.Views.CompanySummary;
import dk.jobvej.employer.internal.Views.CompanyView;
import dk.jobvej.employer.web.EmployerRequests.AddContact;
import dk.jobvej.employer.web.EmployerRequests.AddWorkplace;
import dk.jobvej.employer.web.EmployerRequests.CreateCompany;
import dk.jobvej.employer.web.EmployerRequests.CreatePortalUser;
import dk.jobvej.employer.web.EmployerRequests.Created;
import dk.jobvej.employer.web.EmployerRequests.OpenVacancy;
import dk.jobvej.employer.web.EmployerRequests.RecordVisit;
import dk.jobvej.employer.web.EmployerRequests.Search;
import dk.jobvej.identity.Organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Companies: register by CVR, workplaces (P-numbers), contacts, visits, vacancies and portal accounts. */
@RestController
@RequestMapping("/api/v1/companies")
@Tag(name = "Companies", description = "Companies, workplaces, contacts, visits and vacancies")
class CompanyApi {

	private final CompanyRegistry companies;

	private final VacancyIntake vacancies;

	private final EmployerUsers users;

	private final Organisation organisation;

	CompanyApi(CompanyRegistry companies, VacancyIntake vacancies, EmployerUsers users, Organisation organisation) {
		this.companies = companies;
		this.vacancies = vacancies;
		this.users = users;
		this.organisation = organisation;
	}

	@PostMapping
	@Operation(summary = "Register a company by CVR number (8 digits, modulus 11)")
	ResponseEntity<Created> register(@Valid @RequestBody CreateCompany request) {
		var id = companies.register(new NewCompany(Objects.requireNonNull(request.cvr()),
				Objects.requireNonNull(request.name()), Objects.requireNonNull(request.branch()),
				Objects.requireNonNull(request.size()), Objects.requireNonNull(request.street()),
				Objects.requireNonNull(request.postcode()), Objects.requireNonNull(request.city()),
				request.consultant()));
		return ResponseEntity.created(URI.create("/api/v1/companies/" + id)).body(new Created(id));
	}

	@GetMapping
	@Operation(summary = "Companies by CVR number or part of the name; without q, the caller's own companies")
	List<CompanySummary> search(@Valid @ModelAttribute Search search) {
		return search.q() == null || search.q().isBlank() ? companies.mine() : companies.search(search.q());
	}

	@GetMapping("/{id}")
	@Operation(summary = "A company with workplaces, contacts, visits, vacancies and placements")
	CompanyView company(@PathVariable UUID id) {
		return companies.view(id);
	}

	@PostMapping("/{id}/workplaces")
	@Operation(summary = "Add a workplace (P-number)")
	ResponseEntity<Void> addWorkplace(@PathVariable UUID id, @Valid @RequestBody AddWorkplace request) {
		companies.addWorkplace(id, new NewWorkplace(Objects.requireNonNull(request.pNumber()),
				Objects.requireNonNull(request.name()), Objects.requireNonNull(request.street()),
				Objects.requireNonNull(request.postcode()), Objects.requireNonNull(request.city())), request.version());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/contacts")
	@Operation(summary = "Add a contact person")
	ResponseEntity<Void> addContact(@PathVariable UUID id, @Valid @RequestBody AddContact request) {
		companies.addContact(id, new NewContact(Objects.requireNonNull(request.name()), orEmpty(request.title()),
				Objects.requireNonNull(request.email()), orEmpty(request.phone())), request.version());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/visits")
	@Operation(summary = "Record a company visit (virksomhedsbesøg)")
	ResponseEntity<Created> recordVisit(@PathVariable UUID id, @Valid @RequestBody RecordVisit request) {
		var visit = companies.recordVisit(id, new NewVisit(Objects.requireNonNull(request.visitedOn()),
				Objects.requireNonNull(request.purpose()), Objects.requireNonNull(request.outcome()),
				orEmpty(request.note())));
		return ResponseEntity.status(201).body(new Created(visit));
	}

	@PostMapping("/{id}/vacancies")
	@Operation(summary = "Take in a vacancy or a small task from the company")
	ResponseEntity<Created> openVacancy(@PathVariable UUID id, @Valid @RequestBody OpenVacancy request) {
		var me = organisation.signedIn();
		var vacancy = vacancies.open(id, me.municipalityCode(), VacancyRequests.command(request),
				dk.jobvej.employer.internal.VacancySource.CONSULTANT, me.username());
		return ResponseEntity.created(URI.create("/api/v1/vacancies/" + vacancy)).body(new Created(vacancy));
	}

	@PostMapping("/{id}/portal-users")
	@Operation(summary = "Give a person at the company a login to the employer portal")
	ResponseEntity<Created> createPortalUser(@PathVariable UUID id, @Valid @RequestBody CreatePortalUser request) {
		var user = users.create(id, Objects.requireNonNull(request.name()), Objects.requireNonNull(request.email()),
				Objects.requireNonNull(request.password()));
		return ResponseEntity.status(201).body(new Created(user));
	}

	static String orEmpty(@org.jspecify.annotations.Nullable String text) {
		return text == null ? "" : text;
	}

}
