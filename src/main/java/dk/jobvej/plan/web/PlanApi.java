package dk.jobvej.plan.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.plan.internal.HelpLibrary;
import dk.jobvej.plan.internal.PlanView;
import dk.jobvej.plan.internal.Planning;
import dk.jobvej.plan.internal.Progression;
import dk.jobvej.plan.web.PlanRequests.AddSubGoal;
import dk.jobvej.plan.web.PlanRequests.Agree;
import dk.jobvej.plan.web.PlanRequests.CloseGoal;
import dk.jobvej.plan.web.PlanRequests.Measure;
import dk.jobvej.plan.web.PlanRequests.PointTo;
import dk.jobvej.plan.web.PlanRequests.SetEndGoal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Min Plan for staff: goals, agreements, self-help pointers and progression. Every read is audited. */
@RestController
@Tag(name = "Plan", description = "Min Plan: goals, agreements, self-help and progression")
class PlanApi {

	private static final String PLAN = "/api/v1/citizens/{id}/plan";

	private final Planning planning;

	private final Progression progression;

	private final HelpLibrary library;

	PlanApi(Planning planning, Progression progression, HelpLibrary library) {
		this.planning = planning;
		this.progression = progression;
		this.library = library;
	}

	record Created(UUID id) {
	}

	@GetMapping(PLAN)
	@Operation(summary = "The citizen's plan (audited)")
	PlanView plan(@PathVariable UUID id) {
		return planning.forStaff(new CitizenId(id), "plan-api");
	}

	@PostMapping(PLAN + "/end-goal")
	@Operation(summary = "Set the end goal (slutmål); the previous one is kept as replaced")
	ResponseEntity<Created> setEndGoal(@PathVariable UUID id, @Valid @RequestBody SetEndGoal request) {
		return created(id, planning.setEndGoal(new CitizenId(id), request.text(), request.occupation(),
				request.reason(), request.version()));
	}

	@PostMapping(PLAN + "/sub-goals")
	@Operation(summary = "Add a sub-goal (delmål), optionally with a date")
	ResponseEntity<Created> addSubGoal(@PathVariable UUID id, @Valid @RequestBody AddSubGoal request) {
		return created(id, planning.addSubGoal(new CitizenId(id), request.text(), request.due(), request.version()));
	}

	@PostMapping(PLAN + "/goals/{goal}/close")
	@Operation(summary = "Close a goal as reached (true) or dropped (false)")
	ResponseEntity<Void> closeGoal(@PathVariable UUID id, @PathVariable UUID goal,
			@Valid @RequestBody CloseGoal request) {
		planning.closeGoal(new CitizenId(id), goal, request.reached(), request.version());
		return ResponseEntity.noContent().build();
	}

	@PostMapping(PLAN + "/agreements")
	@Operation(summary = "Record what was agreed at a conversation (date, optional conversation id)")
	ResponseEntity<Created> agree(@PathVariable UUID id, @Valid @RequestBody Agree request) {
		return created(id, planning.agree(new CitizenId(id), request.conversationDate(), request.conversation(),
				request.text(), request.version()));
	}

	@PostMapping(PLAN + "/help-pointers")
	@Operation(summary = "Point the citizen to an item of Digital Jobhjælp")
	ResponseEntity<Created> pointTo(@PathVariable UUID id, @Valid @RequestBody PointTo request) {
		return created(id, planning.pointTo(new CitizenId(id), request.item(), request.note(), request.version()));
	}

	@GetMapping("/api/v1/citizens/{id}/progression")
	@Operation(summary = "The citizen's progression measurements, oldest first (audited)")
	List<Progression.Measurement> measurements(@PathVariable UUID id) {
		return progression.forStaff(new CitizenId(id), "progression-api");
	}

	@PostMapping("/api/v1/citizens/{id}/progression")
	@Operation(summary = "Record the caseworker's measurement: indicator code → score 1–5")
	ResponseEntity<Created> measure(@PathVariable UUID id, @Valid @RequestBody Measure request) {
		var created = progression.measure(new CitizenId(id), request.measuredOn(),
				request.scores() == null ? Map.of() : request.scores(), request.note());
		return ResponseEntity.created(URI.create("/api/v1/citizens/" + id + "/progression")).body(new Created(created));
	}

	@GetMapping("/api/v1/help-items")
	@Operation(summary = "The items of Digital Jobhjælp")
	List<HelpLibrary.Item> helpItems(Locale locale) {
		return library.items(locale);
	}

	private static ResponseEntity<Created> created(UUID citizen, UUID id) {
		return ResponseEntity.created(URI.create("/api/v1/citizens/" + citizen + "/plan")).body(new Created(id));
	}

}
