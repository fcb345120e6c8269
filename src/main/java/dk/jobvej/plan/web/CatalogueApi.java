package dk.jobvej.plan.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.plan.internal.Catalogue;
import dk.jobvej.plan.internal.ProjectView;
import dk.jobvej.plan.internal.TargetMeasure;
import dk.jobvej.plan.web.PlanRequests.DescribeProject;
import dk.jobvej.platform.NotFound;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The offer catalogue (tilbudsvifte): read by all staff, changed by the administrator;
 * occupancy, waiting lists and the 70 % target for leaders.
 */
@RestController
@Tag(name = "Catalogue", description = "The offer catalogue (tilbudsvifte), occupancy and the 70 % target")
class CatalogueApi {

	private final Catalogue catalogue;

	private final TargetMeasure target;

	private final Clock clock;

	CatalogueApi(Catalogue catalogue, TargetMeasure target, Clock clock) {
		this.catalogue = catalogue;
		this.target = target;
		this.clock = clock;
	}

	record Created(UUID id) {
	}

	@GetMapping("/api/v1/catalogue/projects")
	@Operation(summary = "The projects of the caller's municipality")
	List<ProjectView> projects() {
		return catalogue.projects();
	}

	@GetMapping("/api/v1/catalogue/projects/{project}")
	@Operation(summary = "A project with its own duration rule and the number waiting")
	ProjectView project(@PathVariable UUID project) {
		return catalogue.project(project);
	}

	@PostMapping("/api/v1/catalogue/projects")
	@Operation(summary = "Add a project (administrator); weeks give the project's own duration rule")
	ResponseEntity<Created> create(@Valid @RequestBody DescribeProject request) {
		var id = catalogue.create(description(request), terms(request));
		return ResponseEntity.created(URI.create("/api/v1/catalogue/projects/" + id)).body(new Created(id));
	}

	@PutMapping("/api/v1/catalogue/projects/{project}")
	@Operation(summary = "Change a project (administrator); a new duration rule applies from today")
	ResponseEntity<Void> change(@PathVariable UUID project, @Valid @RequestBody DescribeProject request) {
		catalogue.change(project, description(request), terms(request), request.version());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/catalogue/occupancy")
	@Operation(summary = "Places taken per project with places, per ISO week from the given day (leaders)")
	List<Catalogue.Occupancy> occupancy(@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(defaultValue = "8") int weeks) {
		return catalogue.occupancy(from == null ? LocalDate.now(clock) : from, Math.clamp(weeks, 1, 52));
	}

	@GetMapping("/api/v1/catalogue/projects/{project}/waiting-list")
	@Operation(summary = "A project's waiting list in order, without names (leaders)")
	List<Catalogue.Waiting> waitingList(@PathVariable UUID project) {
		return catalogue.waitingList(project);
	}

	@GetMapping("/api/v1/targets/company-oriented")
	@Operation(summary = "The 70 % target per unit: company-oriented offer or ordinary education within 12 months (leaders)")
	TargetMeasure.Result companyOriented() {
		return target.compute().orElseThrow(() -> new NotFound("plan.target.none"));
	}

	private static dk.jobvej.plan.internal.ProjectDescription description(DescribeProject request) {
		return new dk.jobvej.plan.internal.ProjectDescription(Objects.requireNonNull(request.name()),
				Objects.requireNonNull(request.heading()), Objects.requireNonNull(request.providerKind()),
				Objects.requireNonNull(request.providerName()), Objects.requireNonNull(request.offerType()),
				request.targetGroup(), request.content(), request.prerequisites(), request.intake(), request.duration(),
				request.meetingHours(), request.places(), Objects.requireNonNull(request.source()),
				!Boolean.FALSE.equals(request.active()));
	}

	private static Catalogue.DurationTerms terms(DescribeProject request) {
		return new Catalogue.DurationTerms(request.baseWeeks(), request.extensionWeeks(), request.maxWeeks());
	}

}
