package dk.jobvej.citizen.web;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.citizen.Address;
import dk.jobvej.citizen.BenefitPeriodId;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.Cpr;
import dk.jobvej.citizen.internal.BreakTheGlass;
import dk.jobvej.citizen.internal.CitizenCases;
import dk.jobvej.citizen.internal.CitizenJournal;
import dk.jobvej.citizen.internal.CitizenWorklists;
import dk.jobvej.citizen.internal.NewCitizen;
import dk.jobvej.citizen.web.CitizenJson.AccessGranted;
import dk.jobvej.citizen.web.CitizenJson.Created;
import dk.jobvej.citizen.web.CitizenJson.CreatedCitizen;
import dk.jobvej.citizen.web.CitizenJson.Note;
import dk.jobvej.citizen.web.CitizenJson.RevealedCpr;
import dk.jobvej.citizen.web.CitizenJson.Summary;
import dk.jobvej.citizen.web.CitizenRequests.Assign;
import dk.jobvej.citizen.web.CitizenRequests.ChangeVisitation;
import dk.jobvej.citizen.web.CitizenRequests.CreateCitizen;
import dk.jobvej.citizen.web.CitizenRequests.EndBenefit;
import dk.jobvej.citizen.web.CitizenRequests.RequestAccess;
import dk.jobvej.citizen.web.CitizenRequests.Search;
import dk.jobvej.citizen.web.CitizenRequests.StartBenefit;
import dk.jobvej.citizen.web.CitizenRequests.WriteNote;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;

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

/**
 * The citizen API. Citizens are addressed by id; a CPR number travels only in request bodies
 * and in the answer to an audited reveal. Every read is audited.
 */
@RestController
@RequestMapping("/api/v1/citizens")
@Tag(name = "Citizens", description = "Citizens, benefit periods, visitation and journal")
class CitizenApi {

	private final CitizenCases cases;

	private final CitizenWorklists worklists;

	private final CitizenJournal journal;

	private final BreakTheGlass breakTheGlass;

	CitizenApi(CitizenCases cases, CitizenWorklists worklists, CitizenJournal journal, BreakTheGlass breakTheGlass) {
		this.cases = cases;
		this.worklists = worklists;
		this.journal = journal;
		this.breakTheGlass = breakTheGlass;
	}

	@PostMapping
	@Operation(summary = "Register a citizen in a unit of the caller's municipality")
	ResponseEntity<CreatedCitizen> register(@Valid @RequestBody CreateCitizen request) {
		var id = cases.register(new NewCitizen(Objects.requireNonNull(request.cpr()),
				Objects.requireNonNull(request.givenName()), Objects.requireNonNull(request.familyName()),
				new Address(orEmpty(request.street()), orEmpty(request.postcode()), orEmpty(request.city())),
				new UnitId(Objects.requireNonNull(request.unit())),
				request.primaryContact() == null ? null : new StaffId(request.primaryContact())));
		return ResponseEntity.created(URI.create("/api/v1/citizens/" + id))
			.body(new CreatedCitizen(id.value(), Cpr.parse(request.cpr()).passesModulus11()));
	}

	@GetMapping("/mine")
	@Operation(summary = "Citizens the caller is primary contact for")
	List<Summary> mine() {
		return worklists.mine().stream().map(Summary::of).toList();
	}

	@GetMapping("/unit")
	@Operation(summary = "Citizens of the team leader's unit")
	List<Summary> unit() {
		return worklists.unit().stream().map(Summary::of).toList();
	}

	@PostMapping("/search")
	@Operation(summary = "Search by exact CPR number or by part of the name (at most 50 results)")
	List<Summary> search(@Valid @RequestBody Search request) {
		return worklists.search(request.cpr(), request.name()).stream().map(Summary::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "A citizen's case, CPR number masked")
	CitizenJson.Citizen citizen(@PathVariable UUID id) {
		return CitizenJson.Citizen.of(cases.view(new CitizenId(id), "citizen-api"));
	}

	@PostMapping("/{id}/cpr-reveal")
	@Operation(summary = "The full CPR number (audited)")
	RevealedCpr revealCpr(@PathVariable UUID id) {
		return new RevealedCpr(cases.revealCpr(new CitizenId(id)));
	}

	@PostMapping("/{id}/benefit-periods")
	@Operation(summary = "Add a benefit period (ydelsesforløb)")
	ResponseEntity<Created> startBenefit(@PathVariable UUID id, @Valid @RequestBody StartBenefit request) {
		var period = cases.startBenefit(new CitizenId(id), Objects.requireNonNull(request.type()),
				Objects.requireNonNull(request.from()), request.to(), request.version());
		return ResponseEntity.created(URI.create("/api/v1/citizens/" + id + "/benefit-periods/" + period))
			.body(new Created(period.value()));
	}

	@PostMapping("/{id}/benefit-periods/{periodId}/end")
	@Operation(summary = "End a running benefit period")
	ResponseEntity<Void> endBenefit(@PathVariable UUID id, @PathVariable UUID periodId,
			@Valid @RequestBody EndBenefit request) {
		cases.endBenefit(new CitizenId(id), new BenefitPeriodId(periodId), Objects.requireNonNull(request.to()),
				request.version());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/visitation")
	@Operation(summary = "Decide the visitation category (reason required)")
	ResponseEntity<Void> changeVisitation(@PathVariable UUID id, @Valid @RequestBody ChangeVisitation request) {
		cases.changeVisitation(new CitizenId(id), Objects.requireNonNull(request.category()),
				Objects.requireNonNull(request.reason()), request.version());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/assignment")
	@Operation(summary = "Change the citizen's unit and primary contact person")
	ResponseEntity<Void> assign(@PathVariable UUID id, @Valid @RequestBody Assign request) {
		cases.assign(new CitizenId(id), new UnitId(Objects.requireNonNull(request.unit())),
				new StaffId(Objects.requireNonNull(request.primaryContact())), request.version());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/journal")
	@Operation(summary = "The journal, newest note first")
	List<Note> journal(@PathVariable UUID id) {
		return journal.notes(new CitizenId(id), "journal-api").stream().map(Note::of).toList();
	}

	@PostMapping("/{id}/journal")
	@Operation(summary = "Write a journal note")
	ResponseEntity<Created> writeNote(@PathVariable UUID id, @Valid @RequestBody WriteNote request) {
		var note = journal.write(new CitizenId(id), Objects.requireNonNull(request.text()));
		return ResponseEntity.created(URI.create("/api/v1/citizens/" + id + "/journal")).body(new Created(note.value()));
	}

	@PostMapping("/{id}/access")
	@Operation(summary = "Break-the-glass: state why you need a citizen of another unit")
	ResponseEntity<AccessGranted> requestAccess(@PathVariable UUID id, @Valid @RequestBody RequestAccess request) {
		var expires = breakTheGlass.grant(new CitizenId(id), Objects.requireNonNull(request.reason()));
		return ResponseEntity.status(201).body(new AccessGranted(expires));
	}

	private static String orEmpty(@org.jspecify.annotations.Nullable String text) {
		return text == null ? "" : text;
	}

}
