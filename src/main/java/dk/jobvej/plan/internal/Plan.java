package dk.jobvej.plan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.plan.internal.PlanEntries.Agreement;
import dk.jobvej.plan.internal.PlanEntries.Goal;
import dk.jobvej.plan.internal.PlanEntries.GoalKind;
import dk.jobvej.plan.internal.PlanEntries.GoalStatus;
import dk.jobvej.plan.internal.PlanEntries.HelpPointer;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Min Plan: one per citizen, with the end goal (slutmål) and the sub-goals (delmål) on the way,
 * what was agreed at each conversation, and the self-help items the caseworker points to. Nothing
 * is removed: a new end goal replaces the old one, which stays as replaced; a sub-goal is closed
 * as reached or dropped.
 */
@Table(schema = "plan", name = "plan")
class Plan implements Persistable<UUID> {

	static final int MAX_ACTIVE_SUB_GOALS = 10;

	@Id
	private final UUID citizen;

	private final int municipalityCode;

	private final Instant createdAt;

	private final String createdBy;

	@MappedCollection(idColumn = "plan")
	private final Set<Goal> goals;

	@MappedCollection(idColumn = "plan")
	private final Set<Agreement> agreements;

	@MappedCollection(idColumn = "plan")
	private final Set<HelpPointer> pointers;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	Plan(UUID citizen, int municipalityCode, Instant createdAt, String createdBy, Set<Goal> goals,
			Set<Agreement> agreements, Set<HelpPointer> pointers, @Nullable Integer version) {
		this.citizen = citizen;
		this.municipalityCode = municipalityCode;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.goals = new HashSet<>(goals);
		this.agreements = new HashSet<>(agreements);
		this.pointers = new HashSet<>(pointers);
		this.version = version;
	}

	static Plan start(CitizenId citizen, int municipalityCode, String by, Instant at) {
		return new Plan(citizen.value(), municipalityCode, at, by, Set.of(), Set.of(), Set.of(), null);
	}

	/** Sets the end goal; the one in force before is kept as replaced. */
	UUID setEndGoal(String text, @Nullable String occupationCode, String by, Instant at) {
		var goal = PlanText.required("text", text, 500);
		endGoal().ifPresent(current -> replace(current, current.close(GoalStatus.REPLACED, by, at)));
		var entry = new Goal(UUID.randomUUID(), GoalKind.END_GOAL, goal, occupationCode, null, GoalStatus.ACTIVE, at, by,
				null, null, municipalityCode);
		goals.add(entry);
		return entry.id();
	}

	UUID addSubGoal(String text, @Nullable LocalDate due, LocalDate today, String by, Instant at) {
		var goal = PlanText.required("text", text, 500);
		if (due != null && due.isBefore(today)) {
			throw new RuleViolation("due", "plan.goal.dueInPast");
		}
		if (due != null && due.isAfter(today.plusYears(5))) {
			throw new RuleViolation("due", "plan.goal.dueTooLate");
		}
		if (goals.stream().filter(g -> g.kind() == GoalKind.SUB_GOAL && g.status() == GoalStatus.ACTIVE).count()
				>= MAX_ACTIVE_SUB_GOALS) {
			throw new RuleViolation("text", "plan.goal.tooMany", MAX_ACTIVE_SUB_GOALS);
		}
		var entry = new Goal(UUID.randomUUID(), GoalKind.SUB_GOAL, goal, null, due, GoalStatus.ACTIVE, at, by, null,
				null, municipalityCode);
		goals.add(entry);
		return entry.id();
	}

	/** Closes an active goal as reached or dropped. */
	void closeGoal(UUID id, GoalStatus to, String by, Instant at) {
		if (to != GoalStatus.REACHED && to != GoalStatus.DROPPED) {
			throw new RuleViolation("status", "plan.goal.closeAs");
		}
		var goal = goals.stream()
			.filter(g -> g.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new RuleViolation("goal", "plan.goal.unknown"));
		if (goal.status() != GoalStatus.ACTIVE) {
			throw new RuleViolation("status", "plan.goal.closed");
		}
		replace(goal, goal.close(to, by, at));
	}

	UUID agree(LocalDate conversationDate, @Nullable UUID conversation, String text, LocalDate earliest,
			LocalDate today, String by, Instant at) {
		if (conversationDate.isAfter(today)) {
			throw new RuleViolation("conversationDate", "plan.agreement.future");
		}
		if (conversationDate.isBefore(earliest)) {
			throw new RuleViolation("conversationDate", "plan.agreement.tooOld", earliest);
		}
		var entry = new Agreement(UUID.randomUUID(), conversationDate, conversation,
				PlanText.required("text", text, 2000), by, at, municipalityCode);
		agreements.add(entry);
		return entry.id();
	}

	UUID pointTo(String item, @Nullable String note, String by, Instant at) {
		var entry = new HelpPointer(UUID.randomUUID(), item, PlanText.optional("note", note, 500), by, at,
				municipalityCode);
		pointers.add(entry);
		return entry.id();
	}

	Optional<Goal> endGoal() {
		return goals.stream().filter(g -> g.kind() == GoalKind.END_GOAL && g.status() == GoalStatus.ACTIVE).findFirst();
	}

	/** Every goal, the active ones first, then the newest. */
	List<Goal> goals() {
		return goals.stream()
			.sorted(Comparator.comparing((Goal g) -> g.status() != GoalStatus.ACTIVE)
				.thenComparing(Goal::kind)
				.thenComparing(Goal::createdAt, Comparator.reverseOrder()))
			.toList();
	}

	/** The agreements, the newest conversation first. */
	List<Agreement> agreements() {
		return agreements.stream()
			.sorted(Comparator.comparing(Agreement::conversationDate).thenComparing(Agreement::madeAt).reversed())
			.toList();
	}

	List<HelpPointer> pointers() {
		return pointers.stream().sorted(Comparator.comparing(HelpPointer::pointedAt).reversed()).toList();
	}

	void expectVersion(@Nullable Integer seen) {
		if (seen != null && version != null && !seen.equals(version)) {
			throw new OptimisticLockingFailureException("Plan " + citizen + " was changed by someone else");
		}
	}

	private void replace(Goal old, Goal changed) {
		goals.remove(old);
		goals.add(changed);
	}

	CitizenId citizen() {
		return new CitizenId(citizen);
	}

	int municipalityCode() {
		return municipalityCode;
	}

	@Nullable Integer version() {
		return version;
	}

	@Override
	public UUID getId() {
		return citizen;
	}

	@Override
	public boolean isNew() {
		return version == null;
	}

}
