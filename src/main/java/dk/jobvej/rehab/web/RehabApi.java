package dk.jobvej.rehab.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.identity.StaffId;
import dk.jobvej.platform.documents.PdfDocuments;
import dk.jobvej.rehab.RehabCaseId;
import dk.jobvej.rehab.internal.Courses;
import dk.jobvej.rehab.internal.FreeMunicipality;
import dk.jobvej.rehab.internal.RehabWorklists;
import dk.jobvej.rehab.internal.RehabWorklists.Scope;
import dk.jobvej.rehab.internal.RuleAdministration;
import dk.jobvej.rehab.internal.TeamCases;
import dk.jobvej.rehab.internal.TeamMeetings;
import dk.jobvej.rehab.internal.TeamMember;
import dk.jobvej.rehab.web.RehabRequests.AgendaCase;
import dk.jobvej.rehab.web.RehabRequests.ChangeFreeMunicipality;
import dk.jobvej.rehab.web.RehabRequests.ChangeRule;
import dk.jobvej.rehab.web.RehabRequests.Decide;
import dk.jobvej.rehab.web.RehabRequests.Exempt;
import dk.jobvej.rehab.web.RehabRequests.FormTeam;
import dk.jobvej.rehab.web.RehabRequests.Grant;
import dk.jobvej.rehab.web.RehabRequests.OpenCase;
import dk.jobvej.rehab.web.RehabRequests.PlanMeeting;
import dk.jobvej.rehab.web.RehabRequests.Recommend;
import dk.jobvej.rehab.web.RehabRequests.RecordDocument;
import dk.jobvej.rehab.web.RehabRequests.RecordEffort;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
 * The rehabilitation API: team cases with documents, exemption, recommendation, decision and the
 * decision letter; courses and efforts; teams and meetings with their agenda; the free-municipality
 * report; the rules. Every read of a citizen is audited through the citizen module.
 */
@RestController
@RequestMapping("/api/v1/rehab")
@Tag(name = "Rehabilitation", description = "Rehabilitation team, courses, meetings, free-municipality variant and rules")
class RehabApi {

	private final TeamCases cases;

	private final TeamMeetings meetings;

	private final Courses courses;

	private final RehabWorklists worklists;

	private final FreeMunicipality free;

	private final RuleAdministration rules;

	private final Clock clock;

	RehabApi(TeamCases cases, TeamMeetings meetings, Courses courses, RehabWorklists worklists, FreeMunicipality free,
			RuleAdministration rules, Clock clock) {
		this.cases = cases;
		this.meetings = meetings;
		this.courses = courses;
		this.worklists = worklists;
		this.free = free;
		this.rules = rules;
		this.clock = clock;
	}

	@GetMapping("/cases")
	@Operation(summary = "Open team cases, overdue first: the caller's (list=mine) or, for team leaders, the unit's (list=unit)")
	RehabJson.Worklist<RehabJson.CaseRow> worklist(@RequestParam(defaultValue = "mine") String list) {
		var rows = worklists.cases("unit".equals(list) ? Scope.UNIT : Scope.MINE);
		return new RehabJson.Worklist<>(rows.rows().stream().map(RehabJson.CaseRow::of).toList(), rows.total());
	}

	@PostMapping("/cases")
	@Operation(summary = "Open a case for the rehabilitation team (the type must be allowed on the day it arose)")
	ResponseEntity<RehabJson.Created> open(@Valid @RequestBody OpenCase request) {
		var id = cases.open(new CitizenId(Objects.requireNonNull(request.citizen())),
				Objects.requireNonNull(request.type()),
				request.arisenOn() == null ? LocalDate.now(clock) : request.arisenOn(),
				request.caseworker() == null ? null : new StaffId(request.caseworker()));
		return ResponseEntity.created(URI.create("/api/v1/rehab/cases/" + id)).body(new RehabJson.Created(id.value()));
	}

	@GetMapping("/cases/{id}")
	@Operation(summary = "A case with its document checklist, deadline and what the rules say today")
	RehabJson.Case view(@PathVariable UUID id) {
		return RehabJson.Case.of(cases.view(new RehabCaseId(id), "rehab-case-api"));
	}

	@PostMapping("/cases/{id}/documents")
	@Operation(summary = "Record where a document is (IKKE_RELEVANT only in the free-municipality variant)")
	ResponseEntity<Void> document(@PathVariable UUID id, @Valid @RequestBody RecordDocument request) {
		cases.recordDocument(new RehabCaseId(id), Objects.requireNonNull(request.kind()),
				Objects.requireNonNull(request.status()), request.on(), request.note(), request.version());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/cases/{id}/exemption")
	@Operation(summary = "Exempt the case from the team meeting (free-municipality variant), with the reason")
	ResponseEntity<Void> exempt(@PathVariable UUID id, @Valid @RequestBody Exempt request) {
		cases.exempt(new RehabCaseId(id), Objects.requireNonNull(request.reason()), request.note(), request.version());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/cases/{id}/recommendation")
	@Operation(summary = "Record the team's recommendation (indstilling) given at the meeting")
	ResponseEntity<Void> recommend(@PathVariable UUID id, @Valid @RequestBody Recommend request) {
		cases.recommend(new RehabCaseId(id), Objects.requireNonNull(request.outcome()), request.text(),
				request.version());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/cases/{id}/decision")
	@Operation(summary = "Record the decision (afgørelse); where the team is required its recommendation comes first")
	ResponseEntity<Void> decide(@PathVariable UUID id, @Valid @RequestBody Decide request) {
		cases.decide(new RehabCaseId(id), Objects.requireNonNull(request.outcome()),
				Objects.requireNonNull(request.text()), request.decidedOn(), request.version());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/cases/{id}/decision-letter")
	@Operation(summary = "The decision letter as PDF (in the caller's language)")
	ResponseEntity<byte[]> letter(@PathVariable UUID id, Locale locale) {
		return PdfDocuments.response(cases.decisionLetter(new RehabCaseId(id), locale), "afgoerelse-" + id + ".pdf",
				true);
	}

	@GetMapping("/courses")
	@Operation(summary = "The unit's courses due for assessment: grants ending, resource courses without an effort")
	RehabJson.Worklist<RehabJson.CourseRow> courses() {
		var rows = worklists.courses();
		return new RehabJson.Worklist<>(rows.rows().stream().map(RehabJson.CourseRow::of).toList(), rows.total());
	}

	@PostMapping("/courses/{id}/grant")
	@Operation(summary = "Set to when the course is granted (within the rules' shortest and longest grant)")
	ResponseEntity<Void> grant(@PathVariable UUID id, @Valid @RequestBody Grant request) {
		courses.grant(id, Objects.requireNonNull(request.grantedTo()));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/effort-starts")
	@Operation(summary = "Record an effort started for a citizen (the same start counts once)")
	ResponseEntity<Void> effort(@Valid @RequestBody RecordEffort request) {
		var recorded = courses.recordByHand(new CitizenId(Objects.requireNonNull(request.citizen())),
				Objects.requireNonNull(request.offerType()), Objects.requireNonNull(request.startedOn()));
		return recorded ? ResponseEntity.status(201).build() : ResponseEntity.noContent().build();
	}

	@GetMapping("/teams")
	@Operation(summary = "The municipality's rehabilitation teams and the functions each lacks by today's rules")
	List<RehabJson.Team> teams() {
		return meetings.teams().stream().map(RehabJson.Team::of).toList();
	}

	@PostMapping("/teams")
	@Operation(summary = "Form a team (team leaders)")
	ResponseEntity<RehabJson.Created> formTeam(@Valid @RequestBody FormTeam request) {
		var id = meetings.formTeam(Objects.requireNonNull(request.name()),
				Objects.requireNonNull(request.members())
					.stream()
					.map(member -> new TeamMember(Objects.requireNonNull(member.function()),
							Objects.requireNonNull(member.name())))
					.toList());
		return ResponseEntity.created(URI.create("/api/v1/rehab/teams")).body(new RehabJson.Created(id));
	}

	@GetMapping("/meetings")
	@Operation(summary = "The meetings from a month ago on")
	List<TeamMeetings.MeetingSummary> meetingList() {
		return meetings.meetings();
	}

	@PostMapping("/meetings")
	@Operation(summary = "Plan a team meeting")
	ResponseEntity<RehabJson.Created> plan(@Valid @RequestBody PlanMeeting request) {
		var id = meetings.plan(Objects.requireNonNull(request.team()), Objects.requireNonNull(request.heldOn()),
				Objects.requireNonNull(request.startsAt()), Objects.requireNonNull(request.location()),
				request.slotMinutes() == null ? 30 : request.slotMinutes());
		return ResponseEntity.created(URI.create("/api/v1/rehab/meetings/" + id)).body(new RehabJson.Created(id));
	}

	@GetMapping("/meetings/{id}")
	@Operation(summary = "A meeting's agenda: the cases in order, each with its time and the documents it misses")
	RehabJson.Agenda agenda(@PathVariable UUID id) {
		return RehabJson.Agenda.of(meetings.agenda(id));
	}

	@PostMapping("/meetings/{id}/agenda")
	@Operation(summary = "Put a case last on the agenda")
	ResponseEntity<Void> addToAgenda(@PathVariable UUID id, @Valid @RequestBody AgendaCase request) {
		meetings.addToAgenda(id, new RehabCaseId(Objects.requireNonNull(request.rehabCase())));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/meetings/{id}/agenda/remove")
	@Operation(summary = "Take a case off the agenda")
	ResponseEntity<Void> removeFromAgenda(@PathVariable UUID id, @Valid @RequestBody AgendaCase request) {
		meetings.removeFromAgenda(id, new RehabCaseId(Objects.requireNonNull(request.rehabCase())));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/free-municipality")
	@Operation(summary = "The caller's municipality's free-municipality setting and unit costs")
	FreeMunicipality.Setting freeSetting() {
		return free.mine();
	}

	@PutMapping("/free-municipality")
	@Operation(summary = "Switch the free-municipality variant on for a period (or off) and set the unit costs")
	ResponseEntity<Void> changeFree(@Valid @RequestBody ChangeFreeMunicipality request) {
		free.change(request.from(), request.to(), Objects.requireNonNull(request.meetingUnitCost()),
				Objects.requireNonNull(request.certificateUnitCost()), request.version());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/free-municipality/report")
	@Operation(summary = "Exemptions, certificates not requested and the saving in a period (default: the variant's period)")
	RehabJson.Report report(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		return RehabJson.Report.of(free.report(from, to));
	}

	@GetMapping("/rules")
	@Operation(summary = "Every rule row with its period, transition, certainty (V/S/U/L) and source")
	List<RuleAdministration.Listed> ruleList() {
		return rules.rows();
	}

	@PutMapping("/rules/{code}")
	@Operation(summary = "Change an unverified (U) or secondary (S) rule: its first day and value (administrators)")
	ResponseEntity<Void> changeRule(@PathVariable String code, @Valid @RequestBody ChangeRule request) {
		rules.change(code, request.validFrom(), request.value(), Objects.requireNonNull(request.note()));
		return ResponseEntity.noContent().build();
	}

}
