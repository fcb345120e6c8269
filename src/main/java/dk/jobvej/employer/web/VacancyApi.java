package dk.jobvej.employer.web;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.employer.VacancyFacts;
import dk.jobvej.employer.internal.VacancyIntake;
import dk.jobvej.employer.internal.VacancyQueries;
import dk.jobvej.employer.internal.Views.VacancyView;
import dk.jobvej.employer.web.EmployerRequests.Carve;
import dk.jobvej.employer.web.EmployerRequests.CloseVacancy;
import dk.jobvej.employer.web.EmployerRequests.CreatedMany;
import dk.jobvej.identity.Organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Vacancies: the open ones, one with its tasks, job carving, filling and closing. */
@RestController
@RequestMapping("/api/v1/vacancies")
@Tag(name = "Vacancies", description = "Vacancies, job carving into tasks, small tasks")
class VacancyApi {

	private final VacancyIntake intake;

	private final VacancyQueries queries;

	private final Organisation organisation;

	VacancyApi(VacancyIntake intake, VacancyQueries queries, Organisation organisation) {
		this.intake = intake;
		this.queries = queries;
		this.organisation = organisation;
	}

	@GetMapping
	@Operation(summary = "Open vacancies of the caller's municipality, newest first (at most 200)")
	List<VacancyFacts> open() {
		return queries.open(organisation.signedIn().municipalityCode(), 200);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A vacancy with the tasks carved from it")
	VacancyView vacancy(@PathVariable UUID id) {
		return intake.view(id, organisation.signedIn().municipalityCode());
	}

	@PostMapping("/{id}/tasks")
	@Operation(summary = "Job carving: split an open job into tasks, each a vacancy of its own")
	ResponseEntity<CreatedMany> carve(@PathVariable UUID id, @Valid @RequestBody Carve request) {
		var me = organisation.signedIn();
		var tasks = intake.carve(id, me.municipalityCode(),
				Objects.requireNonNull(request.tasks()).stream().map(VacancyRequests::task).toList(), me.username());
		return ResponseEntity.created(URI.create("/api/v1/vacancies/" + id)).body(new CreatedMany(tasks));
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Mark an open vacancy filled or closed")
	ResponseEntity<Void> close(@PathVariable UUID id, @Valid @RequestBody CloseVacancy request) {
		intake.close(id, organisation.signedIn().municipalityCode(), Objects.requireNonNull(request.status()),
				request.version());
		return ResponseEntity.noContent().build();
	}

}
