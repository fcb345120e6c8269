package dk.jobvej.rehab.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenFacts;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.identity.StaffId;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.rehab.Company;
import dk.jobvej.rehab.ConversationKind;
import dk.jobvej.rehab.ExtensionGround;
import dk.jobvej.rehab.SicknessCaseId;
import dk.jobvej.rehab.SicknessCloseReason;
import dk.jobvej.rehab.internal.SicknessChildren.Conversation;
import dk.jobvej.rehab.internal.SicknessChildren.Extension;
import dk.jobvej.rehab.internal.SicknessChildren.StepUp;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sickness-benefit follow-up of Sygedagpengehuset: register a sick-listed citizen with their
 * employer, hold conversations and round tables, record partial return to work and the step-up
 * plan, extend beyond the reassessment point on a ground of SDL § 27, and close the case. Every
 * call opens the citizen through the citizen module (checked and audited).
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class SicknessWork {

	private final SicknessCases cases;

	private final RehabRules rules;

	private final RehabAccess access;

	private final Clock clock;

	SicknessWork(SicknessCases cases, RehabRules rules, RehabAccess access, Clock clock) {
		this.cases = cases;
		this.rules = rules;
		this.access = access;
		this.clock = clock;
	}

	/** What registering a sick-listed citizen needs; company fields only when employed. */
	public record NewSicknessCase(CitizenId citizen, LocalDate firstAbsenceDay, boolean employed, @Nullable String cvr,
			@Nullable String companyName, @Nullable Integer expectedWeeks, @Nullable LocalDate earlyRequestOn,
			@Nullable StaffId caseworker) {
	}

	public SicknessCaseId register(NewSicknessCase request) {
		var staff = access.caller();
		var facts = access.open(request.citizen(), "sickness-case");
		var company = request.employed() ? company(request.cvr(), request.companyName()) : null;
		var today = LocalDate.now(clock);
		var category = facts.history()
			.categoryOn(today)
			.filter(c -> c.name().startsWith("SYGEDAGPENGE_KATEGORI_"))
			.orElse(null);
		var caseworker = request.caseworker() == null ? staff.id()
				: access.colleague(request.caseworker(), staff.municipalityCode(), "caseworker").id();
		var id = new SicknessCaseId(UUID.randomUUID());
		cases.save(SicknessCase.open(id, request.citizen(), staff.municipalityCode(), facts.history().unit(),
				caseworker, category, request.firstAbsenceDay(), request.employed(), company, request.expectedWeeks(),
				request.earlyRequestOn(), today, clock.instant()));
		access.changed(staff, AuditAction.CREATE, request.citizen(), staff.municipalityCode(), "sickness-case");
		return id;
	}

	public SicknessView view(SicknessCaseId id, String what) {
		var sickness = find(id);
		var facts = access.open(sickness.citizen(), what);
		return view(sickness, facts, LocalDate.now(clock));
	}

	public void holdConversation(SicknessCaseId id, ConversationKind kind, LocalDate heldOn, @Nullable String note,
			@Nullable Integer version) {
		change(id, version, "sickness-conversation",
				(sickness, today) -> sickness.holdConversation(kind, heldOn, note, today));
	}

	public void returnPartly(SicknessCaseId id, LocalDate from, int hoursPerWeek, @Nullable Integer version) {
		change(id, version, "sickness-partial-return", (sickness, today) -> sickness.returnPartly(from, hoursPerWeek));
	}

	/** One step of a step-up plan as it is asked for. */
	public record Step(LocalDate from, int hoursPerWeek) {
	}

	public void planStepUp(SicknessCaseId id, List<Step> steps, @Nullable Integer version) {
		change(id, version, "sickness-step-up", (sickness, today) -> sickness.planStepUp(
				steps.stream().map(step -> new StepUp(step.from(), step.hoursPerWeek(), sickness.municipalityCode())).toList()));
	}

	public void extend(SicknessCaseId id, ExtensionGround ground, LocalDate until, @Nullable String note,
			@Nullable Integer version) {
		change(id, version, "sickness-extension", (sickness, today) -> sickness.extend(ground, today, until, note,
				rules.extensionMaxWeeks(ground, sickness.firstAbsenceDay(), today)));
	}

	public void requestEarlyFollowUp(SicknessCaseId id, LocalDate on, @Nullable Integer version) {
		change(id, version, "sickness-early-request", (sickness, today) -> {
			if (on.isAfter(today)) {
				throw new RuleViolation("earlyRequestOn", "rehab.validation.future");
			}
			sickness.requestEarlyFollowUp(on);
		});
	}

	public void close(SicknessCaseId id, LocalDate on, SicknessCloseReason reason, @Nullable Integer version) {
		change(id, version, "sickness-close", (sickness, today) -> {
			if (on.isAfter(today)) {
				throw new RuleViolation("on", "rehab.validation.future");
			}
			sickness.close(on, reason);
		});
	}

	private void change(SicknessCaseId id, @Nullable Integer version, String what, Change change) {
		var staff = access.caller();
		var sickness = find(id);
		access.open(sickness.citizen(), "sickness-case");
		sickness.checkVersion(version);
		change.apply(sickness, LocalDate.now(clock));
		cases.save(sickness);
		access.changed(staff, AuditAction.CHANGE, sickness.citizen(), sickness.municipalityCode(), what);
	}

	SicknessCase find(SicknessCaseId id) {
		var staff = access.caller();
		return cases.findById(id.value())
			.filter(sickness -> sickness.municipalityCode() == staff.municipalityCode())
			.orElseThrow(() -> new NotFound("rehab.sickness.notFound"));
	}

	SicknessView view(SicknessCase sickness, CitizenFacts facts, LocalDate today) {
		var history = facts.history();
		var category = history.categoryOn(today)
			.filter(c -> c.name().startsWith("SYGEDAGPENGE_KATEGORI_"))
			.orElse(sickness.category());
		var plan = plan(sickness, category, today);
		var first = sickness.firstAbsenceDay();
		var periods = history.benefits()
			.stream()
			.filter(benefit -> benefit.type() == BenefitType.SYGEDAGPENGE)
			.filter(benefit -> benefit.to() == null || !benefit.to().isBefore(first.minusMonths(9)))
			.toList();
		var weeks = rules.sicknessNumber(RuleKind.SDP_REASSESSMENT_WEEKS, first, today);
		var window = rules.sickness(RuleKind.SDP_REASSESSMENT_WINDOW, first, today);
		var reassessment = weeks.isPresent() && window.isPresent()
				? ReassessmentPoint.of(periods, weeks.getAsInt(), window.get().getMonths(), today.plusYears(2))
					.orElse(null)
				: null;
		var extendedUntil = sickness.extensions()
			.stream()
			.map(Extension::until)
			.max(LocalDate::compareTo)
			.orElse(null);
		return new SicknessView(sickness.id(), sickness.citizen(), facts.name(), facts.maskedCpr(),
				access.unitName(sickness.unit()), access.staffName(sickness.caseworker()), category, first,
				sickness.employed(), sickness.company(), sickness.expectedWeeks(), sickness.earlyRequestOn(), plan,
				reassessment, extendedUntil, sickness.conversations(), sickness.partialReturns(), sickness.stepUps(),
				sickness.extensions(), sickness.hoursOn(today), sickness.closedOn(), sickness.closeReason(),
				sickness.version() == null ? 0 : sickness.version(), today);
	}

	FollowUpPlan plan(SicknessCase sickness, @Nullable VisitationCategory category, LocalDate today) {
		return FollowUpPlan.of(rules, sickness.firstAbsenceDay(), category, sickness.employed(),
				sickness.expectedWeeks(), sickness.earlyRequestOn(),
				sickness.conversations().stream().map(Conversation::heldOn).toList(), sickness.closedOn(), today);
	}

	private static Company company(@Nullable String cvr, @Nullable String name) {
		var number = cvr == null ? "" : cvr.replace(" ", "");
		if (number.isEmpty()) {
			throw new RuleViolation("cvr", "rehab.sickness.employerRequired");
		}
		if (!Company.valid(number)) {
			throw new RuleViolation("cvr", "rehab.cvr.invalid");
		}
		var companyName = Texts.required("companyName", name, Texts.NAME);
		return new Company(number, companyName);
	}

	@FunctionalInterface
	private interface Change {

		void apply(SicknessCase sickness, LocalDate today);

	}

}
