package dk.jobvej.rehab.web;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.identity.StaffId;
import dk.jobvej.rehab.SicknessCaseId;
import dk.jobvej.rehab.internal.RehabWorklists;
import dk.jobvej.rehab.internal.RehabWorklists.Scope;
import dk.jobvej.rehab.internal.SicknessWork;
import dk.jobvej.rehab.internal.SicknessWork.NewSicknessCase;
import dk.jobvej.rehab.internal.SicknessWork.Step;
import dk.jobvej.rehab.web.RehabRequests.Close;
import dk.jobvej.rehab.web.RehabRequests.EarlyRequest;
import dk.jobvej.rehab.web.RehabRequests.Extend;
import dk.jobvej.rehab.web.RehabRequests.HoldConversation;
import dk.jobvej.rehab.web.RehabRequests.OpenSickness;
import dk.jobvej.rehab.web.RehabRequests.PartialReturn;
import dk.jobvej.rehab.web.RehabRequests.StepUpPlan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sickness-benefit follow-up API (Sygedagpengehuset): sick-listed citizens with employer,
 * conversations and round tables, partial return, step-up plan, extensions and closing; the
 * worklist of follow-ups due; retention per company.
 */
@RestController
@RequestMapping("/api/v1/sickness")
@Tag(name = "Sickness benefit", description = "Sickness-benefit follow-up (sygedagpengeopfølgning) and retention")
class SicknessApi {

	private final SicknessWork work;

	private final RehabWorklists worklists;

	SicknessApi(SicknessWork work, RehabWorklists worklists) {
		this.work = work;
		this.worklists = worklists;
	}

	@GetMapping("/cases")
	@Operation(summary = "Open cases, the next conversation overdue first: the caller's (list=mine) or the unit's (list=unit, team leaders)")
	RehabJson.Worklist<SicknessJson.Row> worklist(@RequestParam(defaultValue = "mine") String list) {
		var rows = worklists.sickness("unit".equals(list) ? Scope.UNIT : Scope.MINE);
		return new RehabJson.Worklist<>(rows.rows().stream().map(SicknessJson.Row::of).toList(), rows.total());
	}

	@PostMapping("/cases")
	@Operation(summary = "Register a sick-listed citizen (employed: with the employer's CVR number and name)")
	ResponseEntity<RehabJson.Created> register(@Valid @RequestBody OpenSickness request) {
		var id = work.register(new NewSicknessCase(new CitizenId(Objects.requireNonNull(request.citizen())),
				Objects.requireNonNull(request.firstAbsenceDay()), Boolean.TRUE.equals(request.employed()),
				request.cvr(), request.companyName(), request.expectedWeeks(), request.earlyRequestOn(),
				request.caseworker() == null ? null : new StaffId(request.caseworker())));
		return ResponseEntity.created(URI.create("/api/v1/sickness/cases/" + id)).body(new RehabJson.Created(id.value()));
	}

	@GetMapping("/cases/{id}")
	@Operation(summary = "A case with its follow-up plan by today's rules and its reassessment point")
	SicknessJson.Case view(@PathVariable UUID id) {
		return SicknessJson.Case.of(work.view(new SicknessCaseId(id), "sickness-case-api"));
	}

	@PostMapping("/cases/{id}/conversations")
	@Operation(summary = "Record a follow-up conversation or a round table with the employer")
	ResponseEntity<Void> conversation(@PathVariable UUID id, @Valid @RequestBody HoldConversation request) {
		work.holdConversation(new SicknessCaseId(id), Objects.requireNonNull(request.kind()),
				Objects.requireNonNull(request.heldOn()), request.note(), request.version());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/cases/{id}/partial-return")
	@Operation(summary = "Record partial return to work (delvis raskmelding) from a day")
	ResponseEntity<Void> partialReturn(@PathVariable UUID id, @Valid @RequestBody PartialReturn request) {
		work.returnPartly(new SicknessCaseId(id), Objects.requireNonNull(request.from()),
				Objects.requireNonNull(request.hoursPerWeek()), request.version());
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/cases/{id}/step-up-plan")
	@Operation(summary = "Set the step-up plan (optrapningsplan): days in order, hours rising")
	ResponseEntity<Void> stepUp(@PathVariable UUID id, @Valid @RequestBody StepUpPlan request) {
		work.planStepUp(new SicknessCaseId(id), Objects.requireNonNull(request.steps())
			.stream()
			.map(step -> new Step(Objects.requireNonNull(step.from()), Objects.requireNonNull(step.hoursPerWeek())))
			.toList(), request.version());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/cases/{id}/extension")
	@Operation(summary = "Extend beyond the reassessment point on a ground of SDL § 27 (within the ground's maximum)")
	ResponseEntity<Void> extend(@PathVariable UUID id, @Valid @RequestBody Extend request) {
		work.extend(new SicknessCaseId(id), Objects.requireNonNull(request.ground()),
				Objects.requireNonNull(request.until()), request.note(), request.version());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/cases/{id}/early-request")
	@Operation(summary = "Record a request for early follow-up (a conversation within 2 weeks)")
	ResponseEntity<Void> earlyRequest(@PathVariable UUID id, @Valid @RequestBody EarlyRequest request) {
		work.requestEarlyFollowUp(new SicknessCaseId(id), Objects.requireNonNull(request.on()), request.version());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/cases/{id}/close")
	@Operation(summary = "Close the case (fit for work, job-clarification course, other benefit, stopped)")
	ResponseEntity<Void> close(@PathVariable UUID id, @Valid @RequestBody Close request) {
		work.close(new SicknessCaseId(id), Objects.requireNonNull(request.on()), Objects.requireNonNull(request.reason()),
				request.version());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/companies")
	@Operation(summary = "Retention per company (fastholdelse): open cases, partial return, step-up plans, round tables, back at work")
	List<RehabWorklists.CompanyRetention> companies() {
		return worklists.companies();
	}

}
