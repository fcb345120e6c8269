package dk.jobvej.employer.web;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.employer.internal.Commands.EndPlacement;
import dk.jobvej.employer.internal.Commands.FollowUpResult;
import dk.jobvej.employer.internal.Commands.NewPlacement;
import dk.jobvej.employer.internal.PlacementService;
import dk.jobvej.employer.internal.TargetBoard;
import dk.jobvej.employer.internal.Views.DueFollowUp;
import dk.jobvej.employer.internal.Views.PlacementView;
import dk.jobvej.employer.internal.Views.TargetLine;
import dk.jobvej.employer.web.EmployerRequests.Created;
import dk.jobvej.employer.web.EmployerRequests.RecordFollowUp;
import dk.jobvej.employer.web.EmployerRequests.StartPlacement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Placements of citizens at companies, the follow-up after hiring (efterværn) and the leaders'
 * targets. Reading or changing a placement opens the citizen through need-to-know (audited).
 */
@RestController
@Tag(name = "Placements", description = "Placements, follow-up after hiring (efterværn), targets")
class PlacementApi {

	private final PlacementService placements;

	private final TargetBoard targets;

	private final java.time.Clock clock;

	PlacementApi(PlacementService placements, TargetBoard targets, java.time.Clock clock) {
		this.placements = placements;
		this.targets = targets;
		this.clock = clock;
	}

	@PostMapping("/api/v1/placements")
	@Operation(summary = "Place a citizen at a company (publishes PlacementStarted)")
	ResponseEntity<Created> start(@Valid @RequestBody StartPlacement request) {
		var id = placements.start(new NewPlacement(new CitizenId(Objects.requireNonNull(request.citizen())),
				Objects.requireNonNull(request.company()), request.vacancy(), Objects.requireNonNull(request.type()),
				Objects.requireNonNull(request.from()), request.plannedTo(),
				Objects.requireNonNull(request.hoursPerWeek())));
		return ResponseEntity.created(URI.create("/api/v1/placements/" + id)).body(new Created(id));
	}

	@GetMapping("/api/v1/placements/{id}")
	@Operation(summary = "A placement with the citizen (audited) and its follow-up")
	PlacementView placement(@PathVariable UUID id) {
		return placements.view(id);
	}

	@PostMapping("/api/v1/placements/{id}/end")
	@Operation(summary = "End a placement (publishes PlacementEnded)")
	ResponseEntity<Void> end(@PathVariable UUID id, @Valid @RequestBody EmployerRequests.EndPlacement request) {
		placements.end(id, new EndPlacement(Objects.requireNonNull(request.to()), Objects.requireNonNull(request.reason())),
				request.version());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/placements/{id}/follow-ups")
	@Operation(summary = "Record the outcome of a follow-up after hiring")
	ResponseEntity<Void> followUp(@PathVariable UUID id, @Valid @RequestBody RecordFollowUp request) {
		placements.recordFollowUp(id, new FollowUpResult(Objects.requireNonNull(request.position()),
				Objects.requireNonNull(request.outcome()), CompanyApi.orEmpty(request.note())));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/follow-ups/due")
	@Operation(summary = "Follow-up tasks due within two weeks (company and type, no citizen names)")
	List<DueFollowUp> due() {
		return placements.due();
	}

	@GetMapping("/api/v1/employer-targets")
	@Operation(summary = "The employment plan's targets for the year against placements started")
	List<TargetLine> targets(@RequestParam(required = false) @Nullable Integer year) {
		return targets.year(year == null ? java.time.LocalDate.now(clock).getYear() : year);
	}

}
