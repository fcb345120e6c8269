package dk.jobvej.youth.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.identity.StaffId;
import dk.jobvej.youth.EducationOrderId;
import dk.jobvej.youth.internal.Clubs;
import dk.jobvej.youth.internal.GuidanceCafe;
import dk.jobvej.youth.internal.LeisureJobs;
import dk.jobvej.youth.internal.OrderWork;
import dk.jobvej.youth.internal.YouthRuleAdministration;
import dk.jobvej.youth.internal.YouthWorklists;
import dk.jobvej.youth.internal.YouthWorklists.Scope;
import dk.jobvej.youth.web.YouthRequests.Advance;
import dk.jobvej.youth.web.YouthRequests.ChangeRule;
import dk.jobvej.youth.web.YouthRequests.ClubSession;
import dk.jobvej.youth.web.YouthRequests.CreateClub;
import dk.jobvej.youth.web.YouthRequests.CreateJob;
import dk.jobvej.youth.web.YouthRequests.End;
import dk.jobvej.youth.web.YouthRequests.FvuTest;
import dk.jobvej.youth.web.YouthRequests.ImportFigures;
import dk.jobvej.youth.web.YouthRequests.IssueOrder;
import dk.jobvej.youth.web.YouthRequests.JoinClub;
import dk.jobvej.youth.web.YouthRequests.Meet;
import dk.jobvej.youth.web.YouthRequests.Place;
import dk.jobvej.youth.web.YouthRequests.RegisterYoungPerson;
import dk.jobvej.youth.web.YouthRequests.Revise;

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
 * The youth API: education orders with steps and deadlines, the leaders' figures, the guidance
 * café's intake and FVU tests, clubs with attendance, leisure jobs with placements and the share of
 * 13–17-year-olds, population figures, and the rules.
 */
@RestController
@RequestMapping("/api/v1/youth")
@Tag(name = "Young people", description = "Education orders, guidance café, clubs and leisure jobs")
class YouthApi {

	private final OrderWork orders;

	private final YouthWorklists worklists;

	private final GuidanceCafe cafe;

	private final Clubs clubs;

	private final LeisureJobs leisure;

	private final YouthRuleAdministration rules;

	private final Clock clock;

	YouthApi(OrderWork orders, YouthWorklists worklists, GuidanceCafe cafe, Clubs clubs, LeisureJobs leisure,
			YouthRuleAdministration rules, Clock clock) {
		this.orders = orders;
		this.worklists = worklists;
		this.cafe = cafe;
		this.clubs = clubs;
		this.leisure = leisure;
		this.rules = rules;
		this.clock = clock;
	}

	@GetMapping("/education-orders")
	@Operation(summary = "Running education orders, overdue steps first: the caller's (list=mine) or the unit's (list=unit, team leaders)")
	YouthJson.Worklist<YouthJson.OrderRow> worklist(@RequestParam(defaultValue = "mine") String list) {
		var rows = worklists.orders("unit".equals(list) ? Scope.UNIT : Scope.MINE);
		return new YouthJson.Worklist<>(rows.rows().stream().map(YouthJson.OrderRow::of).toList(), rows.total());
	}

	@PostMapping("/education-orders")
	@Operation(summary = "Issue an education order at step 1 with its deadline (the citizen must be in the target group)")
	ResponseEntity<YouthJson.Created> issue(@Valid @RequestBody IssueOrder request) {
		var id = orders.issue(new CitizenId(Objects.requireNonNull(request.citizen())),
				request.issuedOn() == null ? LocalDate.now(clock) : request.issuedOn(),
				Objects.requireNonNull(request.deadline()), Boolean.TRUE.equals(request.noQualification()),
				request.caseworker() == null ? null : new StaffId(request.caseworker()));
		return ResponseEntity.created(URI.create("/api/v1/youth/education-orders/" + id))
			.body(new YouthJson.Created(id.value()));
	}

	@GetMapping("/education-orders/{id}")
	@Operation(summary = "An education order with its steps and deadlines")
	YouthJson.Order order(@PathVariable UUID id) {
		return YouthJson.Order.of(orders.view(new EducationOrderId(id), "youth-order-api"));
	}

	@PostMapping("/education-orders/{id}/step")
	@Operation(summary = "The current step is done; the next starts with its deadline and names the education")
	ResponseEntity<Void> advance(@PathVariable UUID id, @Valid @RequestBody Advance request) {
		orders.advance(new EducationOrderId(id), Objects.requireNonNull(request.completedOn()),
				Objects.requireNonNull(request.deadline()), Objects.requireNonNull(request.education()),
				request.version());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/education-orders/{id}/deadline")
	@Operation(summary = "Revise the current step's deadline")
	ResponseEntity<Void> revise(@PathVariable UUID id, @Valid @RequestBody Revise request) {
		orders.revise(new EducationOrderId(id), Objects.requireNonNull(request.deadline()), request.version());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/education-orders/{id}/end")
	@Operation(summary = "End the education order with the reason")
	ResponseEntity<Void> end(@PathVariable UUID id, @Valid @RequestBody End request) {
		orders.end(new EducationOrderId(id), Objects.requireNonNull(request.on()), Objects.requireNonNull(request.reason()),
				request.version());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/figures")
	@Operation(summary = "Leaders: orders per step (municipality and unit), young people with 52 weeks of seniority against the target, the target group without an order")
	YouthJson.Figures figures() {
		return YouthJson.Figures.of(worklists.figures());
	}

	@GetMapping("/intakes")
	@Operation(summary = "The guidance café's first meetings of the last 90 days, FVU tests overdue first")
	List<YouthJson.Intake> intakes() {
		return cafe.recent().stream().map(YouthJson.Intake::of).toList();
	}

	@PostMapping("/intakes")
	@Operation(summary = "Record a first meeting in the guidance café, with or without referral to the FVU test")
	ResponseEntity<YouthJson.Created> meet(@Valid @RequestBody Meet request) {
		var id = cafe.meet(new CitizenId(Objects.requireNonNull(request.citizen())),
				Objects.requireNonNull(request.metOn()), Boolean.TRUE.equals(request.referToFvu()), request.note());
		return ResponseEntity.created(URI.create("/api/v1/youth/intakes")).body(new YouthJson.Created(id));
	}

	@PostMapping("/intakes/{id}/fvu-test")
	@Operation(summary = "Record the FVU test's day and result")
	ResponseEntity<Void> fvu(@PathVariable UUID id, @Valid @RequestBody FvuTest request) {
		cafe.tested(id, Objects.requireNonNull(request.testedOn()), Objects.requireNonNull(request.result()));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/clubs")
	@Operation(summary = "The clubs with members, meetings and the latest meeting")
	List<Clubs.ClubSummary> clubList() {
		return clubs.clubs();
	}

	@PostMapping("/clubs")
	@Operation(summary = "Start a club")
	ResponseEntity<YouthJson.Created> createClub(@Valid @RequestBody CreateClub request) {
		var id = clubs.create(Objects.requireNonNull(request.name()), Objects.requireNonNull(request.kind()));
		return ResponseEntity.created(URI.create("/api/v1/youth/clubs/" + id)).body(new YouthJson.Created(id));
	}

	@GetMapping("/clubs/{id}")
	@Operation(summary = "A club with its members' attendance and its meetings")
	YouthJson.Club club(@PathVariable UUID id) {
		return YouthJson.Club.of(clubs.club(id));
	}

	@PostMapping("/clubs/{id}/members")
	@Operation(summary = "A young person joins the club")
	ResponseEntity<Void> join(@PathVariable UUID id, @Valid @RequestBody JoinClub request) {
		clubs.join(id, new CitizenId(Objects.requireNonNull(request.citizen())));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/clubs/{id}/sessions")
	@Operation(summary = "A meeting of the club with the members present")
	ResponseEntity<YouthJson.Created> session(@PathVariable UUID id, @Valid @RequestBody ClubSession request) {
		var session = clubs.meet(id, Objects.requireNonNull(request.heldOn()),
				request.present() == null ? List.of() : request.present().stream().map(CitizenId::new).toList());
		return ResponseEntity.created(URI.create("/api/v1/youth/clubs/" + id)).body(new YouthJson.Created(session));
	}

	@GetMapping("/young-people")
	@Operation(summary = "The young people of the caller's unit in the leisure-job effort")
	List<LeisureJobs.YoungPerson> youngPeople() {
		return leisure.youngPeople();
	}

	@PostMapping("/young-people")
	@Operation(summary = "Register a young person aged 13–17 for the leisure-job effort")
	ResponseEntity<YouthJson.Created> registerYoungPerson(@Valid @RequestBody RegisterYoungPerson request) {
		var id = leisure.registerYoungPerson(Objects.requireNonNull(request.givenName()),
				Objects.requireNonNull(request.familyName()), Objects.requireNonNull(request.birthDate()));
		return ResponseEntity.created(URI.create("/api/v1/youth/young-people")).body(new YouthJson.Created(id));
	}

	@GetMapping("/leisure-jobs")
	@Operation(summary = "Leisure jobs with their placements")
	List<LeisureJobs.Job> jobs() {
		return leisure.jobs();
	}

	@PostMapping("/leisure-jobs")
	@Operation(summary = "Register a leisure job at a company (CVR number and name)")
	ResponseEntity<YouthJson.Created> createJob(@Valid @RequestBody CreateJob request) {
		var id = leisure.createJob(Objects.requireNonNull(request.cvr()), Objects.requireNonNull(request.companyName()),
				Objects.requireNonNull(request.title()), Objects.requireNonNull(request.hoursPerWeek()));
		return ResponseEntity.created(URI.create("/api/v1/youth/leisure-jobs")).body(new YouthJson.Created(id));
	}

	@PostMapping("/leisure-jobs/{id}/placements")
	@Operation(summary = "Place a young person in the job with a mentor or youth guide")
	ResponseEntity<YouthJson.Created> place(@PathVariable UUID id, @Valid @RequestBody Place request) {
		var placement = leisure.place(id, Objects.requireNonNull(request.youngPerson()),
				Objects.requireNonNull(request.supporterKind()),
				request.supporter() == null ? null : new StaffId(request.supporter()),
				Objects.requireNonNull(request.startedOn()), request.endedOn());
		return ResponseEntity.created(URI.create("/api/v1/youth/leisure-jobs")).body(new YouthJson.Created(placement));
	}

	@GetMapping("/leisure-jobs/share")
	@Operation(summary = "The share of 13–17-year-olds with a leisure job in a year (needs imported population figures)")
	YouthJson.Share share(@RequestParam(required = false) Integer year) {
		var years = leisure.years();
		var chosen = year != null ? year : years.isEmpty() ? LocalDate.now(clock).getYear() : years.getFirst();
		return YouthJson.Share.of(leisure.share(chosen));
	}

	@PostMapping("/population-figures")
	@Operation(summary = "Import population figures: 13–17-year-olds and those with a leisure job, for the municipality and the whole country (0)")
	ResponseEntity<Void> importFigures(@Valid @RequestBody ImportFigures request) {
		leisure.importFigures(Objects.requireNonNull(request.figures())
			.stream()
			.map(line -> new LeisureJobs.FigureLine(Objects.requireNonNull(line.municipalityCode()),
					Objects.requireNonNull(line.year()), Objects.requireNonNull(line.population()),
					line.withLeisureJob()))
			.toList());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/rules")
	@Operation(summary = "Every rule row with its period, transition, certainty (V/S/U/L) and source")
	List<YouthRuleAdministration.Listed> ruleList() {
		return rules.rows();
	}

	@PutMapping("/rules/{code}")
	@Operation(summary = "Change an unverified (U) or secondary (S) rule (administrators)")
	ResponseEntity<Void> changeRule(@PathVariable String code, @Valid @RequestBody ChangeRule request) {
		rules.change(code, request.validFrom(), request.value(), Objects.requireNonNull(request.note()));
		return ResponseEntity.noContent().build();
	}

}
