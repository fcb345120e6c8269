package dk.jobvej.youth.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.citizen.CitizenFacts;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.identity.StaffId;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.youth.EducationOrderId;
import dk.jobvej.youth.OrderEndReason;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caseworker's work on education orders: issue one to a young person in the target group,
 * move it a step on with the next deadline, revise a deadline, end it. Every call opens the
 * citizen through the citizen module (need-to-know checked, audited); changes are audited too.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class OrderWork {

	private final EducationOrders orders;

	private final YouthRules rules;

	private final YouthAccess access;

	private final Clock clock;

	OrderWork(EducationOrders orders, YouthRules rules, YouthAccess access, Clock clock) {
		this.orders = orders;
		this.rules = rules;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Issues an order. The rules must allow new orders on the day, the citizen must be in the target
	 * group then, the caseworker confirms that the citizen has no vocational qualification (Jobvej
	 * does not record qualifications), and a citizen has one running order at a time.
	 */
	public EducationOrderId issue(CitizenId citizen, LocalDate issuedOn, LocalDate deadline,
			boolean noQualificationConfirmed, @Nullable StaffId caseworker) {
		var staff = access.caller();
		var facts = access.open(citizen, "youth-order");
		var today = LocalDate.now(clock);
		if (issuedOn.isAfter(today)) {
			throw new RuleViolation("issuedOn", "youth.validation.future");
		}
		if (!rules.newOrdersAllowed(issuedOn)) {
			throw new RuleViolation("issuedOn", "youth.order.notAllowed", issuedOn);
		}
		if (!rules.eligible(facts.history(), issuedOn)) {
			throw new RuleViolation("citizen", "youth.order.notEligible");
		}
		if (!noQualificationConfirmed) {
			throw new RuleViolation("noQualification", "youth.order.confirmQualification");
		}
		var responsible = caseworker == null ? staff.id()
				: access.colleague(caseworker, staff.municipalityCode(), "caseworker").id();
		var id = new EducationOrderId(UUID.randomUUID());
		try {
			orders.save(EducationOrder.issue(id, citizen, staff.municipalityCode(), facts.history().unit(), responsible,
					issuedOn, deadline, clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation("citizen", "youth.order.alreadyActive");
		}
		access.changed(staff, AuditAction.CREATE, citizen, staff.municipalityCode(), "youth-order");
		return id;
	}

	public OrderView view(EducationOrderId id, String what) {
		var order = find(id);
		var facts = access.open(order.citizen(), what);
		return view(order, facts, LocalDate.now(clock));
	}

	public void advance(EducationOrderId id, LocalDate completedOn, LocalDate deadline, String education,
			@Nullable Integer version) {
		change(id, version, "youth-order-step", (order, today) -> order.advance(completedOn, deadline, education, today));
	}

	public void revise(EducationOrderId id, LocalDate deadline, @Nullable Integer version) {
		change(id, version, "youth-order-deadline", (order, today) -> order.revise(deadline, today));
	}

	public void end(EducationOrderId id, LocalDate on, OrderEndReason reason, @Nullable Integer version) {
		change(id, version, "youth-order-end", (order, today) -> order.end(on, reason, today));
	}

	/** A young person the caller may issue an order to: from their caseload (each read audited). */
	public record CitizenChoice(CitizenId id, String name, String maskedCpr) {
	}

	/** The caller's caseload, or one given citizen opened on their own. */
	public List<CitizenChoice> choices(@Nullable CitizenId given) {
		access.caller();
		if (given != null) {
			var facts = access.open(given, "youth-new-order");
			return List.of(new CitizenChoice(facts.id(), facts.name(), facts.maskedCpr()));
		}
		return access.register()
			.caseload("youth-new-order")
			.stream()
			.map(facts -> new CitizenChoice(facts.id(), facts.name(), facts.maskedCpr()))
			.toList();
	}

	private void change(EducationOrderId id, @Nullable Integer version, String what, Change change) {
		var staff = access.caller();
		var order = find(id);
		access.open(order.citizen(), "youth-order");
		order.checkVersion(version);
		change.apply(order, LocalDate.now(clock));
		orders.save(order);
		access.changed(staff, AuditAction.CHANGE, order.citizen(), order.municipalityCode(), what);
	}

	EducationOrder find(EducationOrderId id) {
		var staff = access.caller();
		return orders.findById(id.value())
			.filter(order -> order.municipalityCode() == staff.municipalityCode())
			.orElseThrow(() -> new NotFound("youth.order.notFound"));
	}

	OrderView view(EducationOrder order, CitizenFacts facts, LocalDate today) {
		var current = order.current();
		var inForce = rules.inForce(order.issuedOn(), today);
		var active = order.endedOn() == null;
		return new OrderView(order.id(), order.citizen(), facts.name(), facts.maskedCpr(),
				facts.history().ageOn(today), facts.history().categoryOn(today).orElse(null),
				access.unitName(order.unit()), access.staffName(order.caseworker()), order.issuedOn(),
				order.currentStep(), current.deadline(), active && inForce && current.deadline().isBefore(today),
				inForce, order.steps(), order.endedOn(), order.endReason(), Seniority.weeks(facts.history(), today),
				order.version() == null ? 0 : order.version());
	}

	@FunctionalInterface
	private interface Change {

		void apply(EducationOrder order, LocalDate today);

	}

}
