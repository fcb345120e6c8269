package dk.jobvej.youth.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.youth.EducationOrderEnded;
import dk.jobvej.youth.EducationOrderId;
import dk.jobvej.youth.EducationOrderStepChanged;
import dk.jobvej.youth.OrderEndReason;
import dk.jobvej.youth.OrderStep;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An education order (uddannelsespålæg, LAB § 30): issued to a young person on a day, it moves
 * through steps 1–4, each with a deadline the caseworker sets and may revise; drawing it up and
 * revising it are procedural guarantees, so every step is kept. An ended order changes no more.
 */
@Table(schema = "youth", name = "education_order")
class EducationOrder extends AbstractAggregateRoot<EducationOrder> implements Persistable<UUID> {

	@Id
	private final UUID id;

	private final UUID citizen;

	private final int municipalityCode;

	private UUID unit;

	private UUID caseworker;

	private final LocalDate issuedOn;

	private OrderStep currentStep;

	private @Nullable LocalDate endedOn;

	private @Nullable OrderEndReason endReason;

	private final Instant createdAt;

	@MappedCollection(idColumn = "education_order", keyColumn = "position")
	private final List<OrderStepRecord> steps;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	EducationOrder(UUID id, UUID citizen, int municipalityCode, UUID unit, UUID caseworker, LocalDate issuedOn,
			OrderStep currentStep, @Nullable LocalDate endedOn, @Nullable OrderEndReason endReason, Instant createdAt,
			List<OrderStepRecord> steps, @Nullable Integer version) {
		this.id = id;
		this.citizen = citizen;
		this.municipalityCode = municipalityCode;
		this.unit = unit;
		this.caseworker = caseworker;
		this.issuedOn = issuedOn;
		this.currentStep = currentStep;
		this.endedOn = endedOn;
		this.endReason = endReason;
		this.createdAt = createdAt;
		this.steps = new ArrayList<>(steps);
		this.version = version;
	}

	/** Issues an order at step 1 with its deadline, after the issue day. */
	static EducationOrder issue(EducationOrderId id, CitizenId citizen, int municipalityCode, UnitId unit,
			StaffId caseworker, LocalDate issuedOn, LocalDate deadline, Instant now) {
		if (!deadline.isAfter(issuedOn)) {
			throw new RuleViolation("deadline", "youth.order.deadlineAfterStart");
		}
		var order = new EducationOrder(id.value(), citizen.value(), municipalityCode, unit.value(), caseworker.value(),
				issuedOn, OrderStep.TRIN_1, null, null, now, List.of(), null);
		order.steps.add(new OrderStepRecord(OrderStep.TRIN_1, issuedOn, deadline, null, null, municipalityCode));
		order.registerEvent(new EducationOrderStepChanged(id, citizen, null, OrderStep.TRIN_1, issuedOn, deadline,
				municipalityCode));
		return order;
	}

	/**
	 * The current step is done on the day; the next starts with its deadline and names the
	 * education (step 2), the places applied to (step 3) or the education started (step 4).
	 */
	void advance(LocalDate completedOn, LocalDate deadline, String education, LocalDate today) {
		requireActive("deadline");
		if (currentStep.last()) {
			throw new RuleViolation("step", "youth.order.lastStep");
		}
		var current = current();
		if (completedOn.isBefore(current.startedOn())) {
			throw new RuleViolation("completedOn", "youth.order.beforeStepStart", current.startedOn());
		}
		if (completedOn.isAfter(today)) {
			throw new RuleViolation("completedOn", "youth.validation.future");
		}
		if (!deadline.isAfter(completedOn)) {
			throw new RuleViolation("deadline", "youth.order.deadlineAfterStart");
		}
		var named = Texts.required("education", education, Texts.NAME);
		var previous = currentStep;
		steps.set(steps.size() - 1, new OrderStepRecord(current.step(), current.startedOn(), current.deadline(),
				completedOn, current.education(), municipalityCode));
		currentStep = currentStep.next();
		steps.add(new OrderStepRecord(currentStep, completedOn, deadline, null, named, municipalityCode));
		registerEvent(new EducationOrderStepChanged(id(), citizen(), previous, currentStep, completedOn, deadline,
				municipalityCode));
	}

	/** A revised deadline for the current step (the order is revised; the history keeps the step). */
	void revise(LocalDate deadline, LocalDate today) {
		requireActive("deadline");
		var current = current();
		if (!deadline.isAfter(current.startedOn())) {
			throw new RuleViolation("deadline", "youth.order.deadlineAfterStart");
		}
		if (deadline.isBefore(today)) {
			throw new RuleViolation("deadline", "youth.order.deadlinePassed");
		}
		steps.set(steps.size() - 1, new OrderStepRecord(current.step(), current.startedOn(), deadline, null,
				current.education(), municipalityCode));
	}

	void end(LocalDate on, OrderEndReason reason, LocalDate today) {
		requireActive("on");
		if (on.isBefore(issuedOn)) {
			throw new RuleViolation("on", "youth.order.beforeIssue", issuedOn);
		}
		if (on.isAfter(today)) {
			throw new RuleViolation("on", "youth.validation.future");
		}
		endedOn = on;
		endReason = reason;
		registerEvent(new EducationOrderEnded(id(), citizen(), currentStep, reason, on, municipalityCode));
	}

	void checkVersion(@Nullable Integer seen) {
		if (seen != null && !seen.equals(version)) {
			throw new OptimisticLockingFailureException("Education order changed");
		}
	}

	private void requireActive(String field) {
		if (endedOn != null) {
			throw new RuleViolation(field, "youth.order.alreadyEnded");
		}
	}

	OrderStepRecord current() {
		return steps.getLast();
	}

	@Override
	public UUID getId() {
		return id;
	}

	@Override
	@Transient
	public boolean isNew() {
		return version == null;
	}

	EducationOrderId id() {
		return new EducationOrderId(id);
	}

	CitizenId citizen() {
		return new CitizenId(citizen);
	}

	int municipalityCode() {
		return municipalityCode;
	}

	UnitId unit() {
		return new UnitId(unit);
	}

	StaffId caseworker() {
		return new StaffId(caseworker);
	}

	LocalDate issuedOn() {
		return issuedOn;
	}

	OrderStep currentStep() {
		return currentStep;
	}

	@Nullable LocalDate endedOn() {
		return endedOn;
	}

	@Nullable OrderEndReason endReason() {
		return endReason;
	}

	List<OrderStepRecord> steps() {
		return List.copyOf(steps);
	}

	@Nullable Integer version() {
		return version;
	}

}
