package dk.jobvej.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.citizen.CitizenFacts;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.cv.CvSearch;
import dk.jobvej.cv.CvSnapshot;
import dk.jobvej.cv.Occupations;
import dk.jobvej.identity.Organisation;
import dk.jobvej.plan.DecisionKind;
import dk.jobvej.plan.internal.PlanEntries.GoalKind;
import dk.jobvej.plan.internal.PlanEntries.GoalStatus;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.portal.CitizenPortal;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Min Plan: reads it (staff audited, the citizen their own) and changes its goals, agreements
 * and self-help pointers as a member of staff. A new end goal for a citizen in a target group
 * whose plan is a decision ({@code plan.plan_decision_rule}) produces a decision letter.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class Planning {

	private final Plans plans;

	private final CitizenRegister citizens;

	private final CitizenPortal portal;

	private final CvSearch cvs;

	private final Occupations occupations;

	private final HelpLibrary library;

	private final PlanRules rules;

	private final DecisionLetters letters;

	private final Organisation organisation;

	private final AuditLog audit;

	private final PlanProperties properties;

	private final Clock clock;

	Planning(Plans plans, CitizenRegister citizens, CitizenPortal portal, CvSearch cvs, Occupations occupations,
			HelpLibrary library, PlanRules rules, DecisionLetters letters, Organisation organisation, AuditLog audit,
			PlanProperties properties, Clock clock) {
		this.plans = plans;
		this.citizens = citizens;
		this.portal = portal;
		this.cvs = cvs;
		this.occupations = occupations;
		this.library = library;
		this.rules = rules;
		this.letters = letters;
		this.organisation = organisation;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** The citizen's plan for a member of staff; audited as a read of {@code what}. */
	public PlanView forStaff(CitizenId citizen, String what) {
		return view(citizens.open(citizen, what));
	}

	/** The plan of the citizen signed in to Min side. */
	@Transactional(readOnly = true)
	public PlanView own() {
		return view(citizens.ownFacts(portal.signedIn()));
	}

	/**
	 * Sets the end goal (slutmål), optionally tied to an occupation. When the plan is a decision for
	 * the citizen's target group, the reason is required and a decision letter is written.
	 */
	public UUID setEndGoal(CitizenId citizen, @Nullable String text, @Nullable String occupation,
			@Nullable String reason, @Nullable Integer version) {
		var facts = citizens.open(citizen, "plan-change");
		var code = occupation == null || occupation.isBlank() ? null : occupation;
		if (code != null && occupations.byCode(code).isEmpty()) {
			throw new RuleViolation("occupation", "plan.goal.unknownOccupation");
		}
		var today = LocalDate.now(clock);
		var decision = rules.planDecision(facts.history().targetGroup(), today);
		var why = decision.isPresent() ? PlanText.required("reason", reason, 1000)
				: PlanText.optional("reason", reason, 1000);
		var id = change(facts, version, "end-goal",
				plan -> plan.setEndGoal(text == null ? "" : text, code, actor(), clock.instant()));
		decision.ifPresent(rule -> letters.decide(facts, organisation.signedIn(),
				new DecisionLetters.Content(DecisionKind.PLAN, null, letters.text("plan.letter.subject.plan"),
						List.of(letters.text("plan.letter.plan", text == null ? "" : text.strip())), why == null ? "" : why,
						rule.legalBasisDa(), List.of())));
		return id;
	}

	public UUID addSubGoal(CitizenId citizen, @Nullable String text, @Nullable LocalDate due, @Nullable Integer version) {
		var facts = citizens.open(citizen, "plan-change");
		return change(facts, version, "sub-goal",
				plan -> plan.addSubGoal(text == null ? "" : text, due, LocalDate.now(clock), actor(), clock.instant()));
	}

	/** Closes an active goal: reached (nået), or dropped (opgivet) when {@code reached} is false. */
	public void closeGoal(CitizenId citizen, UUID goal, @Nullable Boolean reached, @Nullable Integer version) {
		var facts = citizens.open(citizen, "plan-change");
		if (reached == null) {
			throw new RuleViolation("reached", "plan.text.required");
		}
		change(facts, version, "goal", plan -> {
			plan.closeGoal(goal, reached ? GoalStatus.REACHED : GoalStatus.DROPPED, actor(), clock.instant());
			return goal;
		});
	}

	/** Records what was agreed at a conversation (on or before today, at most a year back). */
	public UUID agree(CitizenId citizen, @Nullable LocalDate conversationDate, @Nullable UUID conversation,
			@Nullable String text, @Nullable Integer version) {
		var facts = citizens.open(citizen, "plan-change");
		if (conversationDate == null) {
			throw new RuleViolation("conversationDate", "plan.text.required");
		}
		var today = LocalDate.now(clock);
		return change(facts, version, "agreement", plan -> plan.agree(conversationDate, conversation,
				text == null ? "" : text, today.minus(properties.agreementsBack()), today, actor(), clock.instant()));
	}

	/** Points the citizen to an item of Digital Jobhjælp; it shows on their plan. */
	public UUID pointTo(CitizenId citizen, @Nullable String item, @Nullable String note, @Nullable Integer version) {
		var facts = citizens.open(citizen, "plan-change");
		if (item == null || library.item(item, Locale.forLanguageTag("da")).isEmpty()) {
			throw new RuleViolation("item", "plan.help.unknown");
		}
		return change(facts, version, "help-pointer", plan -> plan.pointTo(item, note, actor(), clock.instant()));
	}

	private UUID change(CitizenFacts facts, @Nullable Integer version, String what, Function<Plan, UUID> change) {
		var plan = plans.findById(facts.id().value())
			.orElseGet(() -> Plan.start(facts.id(), facts.history().municipalityCode(), actor(), clock.instant()));
		plan.expectVersion(version);
		var id = change.apply(plan);
		plans.save(plan);
		audit.record(new AuditRecord(actor(), AuditAction.CHANGE, "citizen/" + facts.id(), "plan:" + what, null,
				facts.history().municipalityCode()));
		return id;
	}

	private String actor() {
		return organisation.signedIn().username();
	}

	PlanView view(CitizenFacts facts) {
		var locale = LocaleContextHolder.getLocale();
		var jobGoals = cvs.snapshot(facts.id()).map(CvSnapshot::jobGoals).orElse(List.of());
		var decision = rules.planDecision(facts.history().targetGroup(), LocalDate.now(clock))
			.map(rule -> "en".equals(locale.getLanguage()) ? rule.legalBasisEn() : rule.legalBasisDa())
			.orElse(null);
		var plan = plans.findById(facts.id().value());
		if (plan.isEmpty()) {
			return new PlanView(facts.id().value(), facts.name(), null, facts.history().targetGroup(), null, List.of(),
					List.of(), List.of(), List.of(), jobGoals, decision);
		}
		var goals = plan.get().goals().stream().map(this::goal).toList();
		return new PlanView(facts.id().value(), facts.name(), plan.get().version(), facts.history().targetGroup(),
				goals.stream().filter(g -> g.kind().equals(GoalKind.END_GOAL.name()) && g.status().equals("ACTIVE"))
					.findFirst().orElse(null),
				goals.stream().filter(g -> g.kind().equals(GoalKind.SUB_GOAL.name()) && g.status().equals("ACTIVE")).toList(),
				goals.stream().filter(g -> !g.status().equals("ACTIVE")).toList(),
				plan.get().agreements().stream().map(a -> new PlanView.Agreement(a.id(), a.conversationDate(),
						a.conversation(), a.text(), a.madeBy(), a.madeAt().atZone(clock.getZone()))).toList(),
				plan.get().pointers().stream().map(p -> new PlanView.Pointer(p.id(), p.item(),
						library.item(p.item(), locale).map(HelpLibrary.Item::title).orElse(p.item()), p.note(),
						p.pointedAt().atZone(clock.getZone()))).toList(),
				jobGoals, decision);
	}

	private PlanView.Goal goal(PlanEntries.Goal g) {
		return new PlanView.Goal(g.id(), g.kind().name(), g.text(), g.occupationCode(), g.due(), g.status().name(),
				g.createdAt().atZone(clock.getZone()), g.createdBy(),
				g.closedAt() == null ? null : g.closedAt().atZone(clock.getZone()));
	}

}
