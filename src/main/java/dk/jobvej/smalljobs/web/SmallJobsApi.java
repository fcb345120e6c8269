package dk.jobvej.smalljobs.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.identity.UnitId;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.smalljobs.internal.Bureau;
import dk.jobvej.smalljobs.internal.Bureaus;
import dk.jobvej.smalljobs.internal.Employment;
import dk.jobvej.smalljobs.internal.GoalBoard;
import dk.jobvej.smalljobs.internal.Invoicing;
import dk.jobvej.smalljobs.internal.NewBureau;
import dk.jobvej.smalljobs.internal.Referral;
import dk.jobvej.smalljobs.internal.Referrals;
import dk.jobvej.smalljobs.internal.ResultRule;
import dk.jobvej.smalljobs.internal.Settlement;
import dk.jobvej.smalljobs.internal.Settlements;
import dk.jobvej.smalljobs.internal.Task;
import dk.jobvej.smalljobs.internal.Tasks;
import dk.jobvej.smalljobs.web.SmallJobsRequests.Decide;
import dk.jobvej.smalljobs.web.SmallJobsRequests.Employ;
import dk.jobvej.smalljobs.web.SmallJobsRequests.End;
import dk.jobvej.smalljobs.web.SmallJobsRequests.Hours;
import dk.jobvej.smalljobs.web.SmallJobsRequests.Issue;
import dk.jobvej.smalljobs.web.SmallJobsRequests.Refer;
import dk.jobvej.smalljobs.web.SmallJobsRequests.RegisterBureau;
import dk.jobvej.smalljobs.web.SmallJobsRequests.Return;
import dk.jobvej.smalljobs.web.SmallJobsRequests.SetRule;
import dk.jobvej.smalljobs.web.SmallJobsRequests.StartMaturing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The small-jobs bureau's API: bureaus and their result rules (administrator), referrals (jobcenter), the
 * bureau's work (partner: tasks, preparation, small jobs, weekly hours, direct hire, invoices), the monthly
 * settlement (partner and leader) and the goal.
 */
@RestController
@Tag(name = "Small jobs", description = "The small-jobs bureau (småjob med mening)")
class SmallJobsApi {

	private final Bureaus bureaus;

	private final Tasks tasks;

	private final Referrals referrals;

	private final Invoicing invoicing;

	private final Settlements settlements;

	private final GoalBoard goals;

	private final MessageSource messages;

	private final Clock clock;

	SmallJobsApi(Bureaus bureaus, Tasks tasks, Referrals referrals, Invoicing invoicing, Settlements settlements,
			GoalBoard goals, MessageSource messages, Clock clock) {
		this.bureaus = bureaus;
		this.tasks = tasks;
		this.referrals = referrals;
		this.invoicing = invoicing;
		this.settlements = settlements;
		this.goals = goals;
		this.messages = messages;
		this.clock = clock;
	}

	@PostMapping("/api/v1/small-jobs/bureaus")
	@Operation(summary = "Register a small-jobs bureau (its staff: the role PARTNER in its unit)")
	ResponseEntity<Created> register(@Valid @RequestBody RegisterBureau request) {
		var id = bureaus.register(new NewBureau(Objects.requireNonNull(request.name()),
				Objects.requireNonNull(request.slug()), Objects.requireNonNull(request.cvr()),
				new UnitId(Objects.requireNonNull(request.unit())), Objects.requireNonNull(request.street()),
				Objects.requireNonNull(request.postcode()), Objects.requireNonNull(request.city()),
				Objects.requireNonNull(request.bankAccount()), Objects.requireNonNull(request.hourlyRate())));
		return ResponseEntity.created(URI.create("/api/v1/small-jobs/bureaus/" + id)).body(new Created(id));
	}

	@GetMapping("/api/v1/small-jobs/bureaus")
	@Operation(summary = "The bureaus of the caller's municipality")
	List<BureauView> bureaus() {
		return bureaus.ofMunicipality().stream().map(BureauView::of).toList();
	}

	@PostMapping("/api/v1/small-jobs/bureaus/{id}/result-rules")
	@Operation(summary = "Set a rule of payment by results from a day")
	ResponseEntity<Void> rule(@PathVariable UUID id, @Valid @RequestBody SetRule request) {
		bureaus.setRule(id, new ResultRule(Objects.requireNonNull(request.kind()),
				Objects.requireNonNull(request.validFrom()), Objects.requireNonNull(request.amount()),
				request.afterWeeks(), request.resultsBased()));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/small-jobs/bureaus/{id}/settlements/{month}")
	@Operation(summary = "The month's settlement of payment by results (partner: own bureau; leader)")
	SettlementView settlement(@PathVariable UUID id, @PathVariable String month) {
		return SettlementView.of(settlements.month(id, month(month)));
	}

	@GetMapping("/api/v1/small-jobs/bureaus/{id}/settlements/{month}/export")
	@Operation(summary = "The month's settlement as CSV (semicolon-separated, for the finance system)")
	ResponseEntity<byte[]> export(@PathVariable UUID id, @PathVariable String month, Locale locale) {
		var settlement = settlements.month(id, month(month));
		var csv = new StringBuilder(messages.getMessage("smalljobs.settlement.csvHeader", null, locale)).append("\r\n");
		for (var line : settlement.lines()) {
			csv.append(line.kind()).append(';').append(line.on()).append(';').append(line.reference()).append(';')
				.append(line.amount().toPlainString()).append(';').append(line.resultsBased() ? 1 : 0).append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"afregning-" + settlement.month() + ".csv\"")
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/api/v1/small-jobs/referrals")
	@Operation(summary = "Refer a visited activity-ready citizen to a bureau (need-to-know, audited)")
	ResponseEntity<Created> refer(@Valid @RequestBody Refer request) {
		var id = referrals.refer(new CitizenId(Objects.requireNonNull(request.citizen())),
				Objects.requireNonNull(request.bureau()), request.note() == null ? "" : request.note());
		return ResponseEntity.created(URI.create("/api/v1/small-jobs/referrals/" + id)).body(new Created(id));
	}

	@GetMapping("/api/v1/small-jobs/referrals")
	@Operation(summary = "The bureau's referred citizens (partner; each audited)")
	List<Referral> referrals() {
		return referrals.list();
	}

	@GetMapping("/api/v1/small-jobs/referrals/{id}")
	@Operation(summary = "A referred citizen with the small jobs and hours (partner; audited)")
	ReferralView referral(@PathVariable UUID id) {
		var referral = referrals.view(id);
		return new ReferralView(referral, referrals.employments(id).stream()
			.map(employment -> new EmploymentView(employment, referrals.hours(employment.id())))
			.toList());
	}

	@PostMapping("/api/v1/small-jobs/referrals/{id}/maturing")
	@Operation(summary = "Start the preparation (modning), at most four weeks")
	ResponseEntity<Void> mature(@PathVariable UUID id, @Valid @RequestBody StartMaturing request) {
		referrals.startMaturing(id, Objects.requireNonNull(request.from()));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/small-jobs/referrals/{id}/employments")
	@Operation(summary = "Employ the citizen on a confirmed task: a small job starts")
	ResponseEntity<Created> employ(@PathVariable UUID id, @Valid @RequestBody Employ request) {
		var employment = referrals.employ(id, Objects.requireNonNull(request.task()),
				Objects.requireNonNull(request.from()), Objects.requireNonNull(request.hoursPerWeek()));
		return ResponseEntity.created(URI.create("/api/v1/small-jobs/employments/" + employment))
			.body(new Created(employment));
	}

	@PostMapping("/api/v1/small-jobs/referrals/{id}/return")
	@Operation(summary = "Send the citizen back to the jobcenter without a small job")
	ResponseEntity<Void> giveBack(@PathVariable UUID id, @Valid @RequestBody Return request) {
		referrals.returnToJobcenter(id, Objects.requireNonNull(request.on()));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/small-jobs/employments/{id}/hours")
	@Operation(summary = "Register the hours of an ISO week")
	ResponseEntity<Void> hours(@PathVariable UUID id, @Valid @RequestBody Hours request) {
		referrals.registerHours(id, Objects.requireNonNull(request.week()), Objects.requireNonNull(request.hours()));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/small-jobs/employments/{id}/end")
	@Operation(summary = "End a small job; DIRECT_HIRE is an exit to job (publishes CitizenHiredDirectly)")
	ResponseEntity<Void> end(@PathVariable UUID id, @Valid @RequestBody End request) {
		referrals.end(id, Objects.requireNonNull(request.on()), Objects.requireNonNull(request.reason()));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/small-jobs/tasks")
	@Operation(summary = "The tasks companies reported to the bureau (partner)")
	List<Task> tasks() {
		return tasks.list(bureaus.signedInBureau());
	}

	@PostMapping("/api/v1/small-jobs/tasks/{id}/decision")
	@Operation(summary = "Confirm or reject a reported task (partner)")
	ResponseEntity<Void> decide(@PathVariable UUID id, @Valid @RequestBody Decide request) {
		tasks.decide(id, Objects.requireNonNull(request.confirm()));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/small-jobs/invoices")
	@Operation(summary = "Issue the month's invoices (OIOUBL to an EAN/GLN number, otherwise PDF)")
	List<Invoicing.InvoiceSummary> issue(@Valid @RequestBody Issue request) {
		return invoicing.issue(month(Objects.requireNonNull(request.month())));
	}

	@GetMapping("/api/v1/small-jobs/invoices")
	@Operation(summary = "The bureau's invoices, newest first")
	List<Invoicing.InvoiceSummary> invoices() {
		return invoicing.list();
	}

	@GetMapping("/api/v1/small-jobs/invoices/{id}/document")
	@Operation(summary = "The invoice's document: OIOUBL XML or PDF")
	ResponseEntity<byte[]> document(@PathVariable UUID id) {
		return InvoiceDocuments.response(invoicing.document(id));
	}

	@GetMapping("/api/v1/small-jobs/goal")
	@Operation(summary = "Small jobs this year (or the given year) against the goal")
	GoalBoard.Progress goal(@RequestParam(required = false) @Nullable Integer year) {
		return goals.year(year == null || year < 2000 || year > 2100 ? LocalDate.now(clock).getYear() : year);
	}

	static YearMonth month(String text) {
		try {
			return YearMonth.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolation("month", "smalljobs.validation.month");
		}
	}

	record Created(UUID id) {
	}

	record BureauView(UUID id, String name, String slug, String cvr) {

		static BureauView of(Bureau bureau) {
			return new BureauView(bureau.id(), bureau.name(), bureau.slug(), bureau.cvr());
		}

	}

	record ReferralView(Referral referral, List<EmploymentView> employments) {
	}

	record EmploymentView(Employment employment, List<Referrals.WeekHours> hours) {
	}

	record SettlementView(String month, java.math.BigDecimal total, java.math.BigDecimal fixed,
			java.math.BigDecimal resultsBased, List<Settlement.Line> lines, Map<String, Long> counts) {

		static SettlementView of(Settlement settlement) {
			var counts = new java.util.TreeMap<String, Long>();
			settlement.lines().forEach(line -> counts.merge(line.kind().name(), 1L, Long::sum));
			return new SettlementView(settlement.month().toString(), settlement.total(), settlement.fixed(),
					settlement.resultsBased(), settlement.lines(), counts);
		}

	}

}
