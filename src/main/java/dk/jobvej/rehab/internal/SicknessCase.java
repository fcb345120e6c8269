package dk.jobvej.rehab.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.rehab.Company;
import dk.jobvej.rehab.ConversationKind;
import dk.jobvej.rehab.ExtensionGround;
import dk.jobvej.rehab.SicknessCaseClosed;
import dk.jobvej.rehab.SicknessCaseId;
import dk.jobvej.rehab.SicknessCloseReason;
import dk.jobvej.rehab.internal.SicknessChildren.Conversation;
import dk.jobvej.rehab.internal.SicknessChildren.Extension;
import dk.jobvej.rehab.internal.SicknessChildren.PartialReturn;
import dk.jobvej.rehab.internal.SicknessChildren.StepUp;

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
 * A sick-listed citizen's follow-up case in Sygedagpengehuset: the employer (when employed), the
 * first day of absence (which anchors the rules), the expected absence, conversations and round
 * tables, partial return to work, the step-up plan and extensions. A closed case changes no more.
 */
@Table(schema = "rehab", name = "sickness_case")
class SicknessCase extends AbstractAggregateRoot<SicknessCase> implements Persistable<UUID> {

	/** A full-time week; partial return is less, a step-up plan may end at it. */
	static final int FULL_TIME_HOURS = 37;

	@Id
	private final UUID id;

	private final UUID citizen;

	private final int municipalityCode;

	private UUID unit;

	private @Nullable UUID caseworker;

	private @Nullable VisitationCategory category;

	private final LocalDate firstAbsenceDay;

	private final boolean employed;

	private final @Nullable String companyCvr;

	private final @Nullable String companyName;

	private @Nullable Integer expectedWeeks;

	private @Nullable LocalDate earlyRequestOn;

	private @Nullable LocalDate closedOn;

	private @Nullable SicknessCloseReason closeReason;

	private final Instant createdAt;

	@MappedCollection(idColumn = "sickness_case", keyColumn = "position")
	private final List<Conversation> conversations;

	@MappedCollection(idColumn = "sickness_case", keyColumn = "position")
	private final List<PartialReturn> partialReturns;

	@MappedCollection(idColumn = "sickness_case", keyColumn = "position")
	private final List<StepUp> stepUps;

	@MappedCollection(idColumn = "sickness_case", keyColumn = "position")
	private final List<Extension> extensions;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	SicknessCase(UUID id, UUID citizen, int municipalityCode, UUID unit, @Nullable UUID caseworker,
			@Nullable VisitationCategory category, LocalDate firstAbsenceDay, boolean employed, @Nullable String companyCvr, @Nullable String companyName,
			@Nullable Integer expectedWeeks, @Nullable LocalDate earlyRequestOn, @Nullable LocalDate closedOn,
			@Nullable SicknessCloseReason closeReason, Instant createdAt, List<Conversation> conversations,
			List<PartialReturn> partialReturns, List<StepUp> stepUps, List<Extension> extensions,
			@Nullable Integer version) {
		this.id = id;
		this.citizen = citizen;
		this.municipalityCode = municipalityCode;
		this.unit = unit;
		this.caseworker = caseworker;
		this.category = category;
		this.firstAbsenceDay = firstAbsenceDay;
		this.employed = employed;
		this.companyCvr = companyCvr;
		this.companyName = companyName;
		this.expectedWeeks = expectedWeeks;
		this.earlyRequestOn = earlyRequestOn;
		this.closedOn = closedOn;
		this.closeReason = closeReason;
		this.createdAt = createdAt;
		this.conversations = new ArrayList<>(conversations);
		this.partialReturns = new ArrayList<>(partialReturns);
		this.stepUps = new ArrayList<>(stepUps);
		this.extensions = new ArrayList<>(extensions);
		this.version = version;
	}

	/**
	 * A new case. An employed citizen has an employer (a company); the first day of absence is not
	 * in the future; an early follow-up request is not before the first day.
	 */
	static SicknessCase open(SicknessCaseId id, CitizenId citizen, int municipalityCode, UnitId unit,
			@Nullable StaffId caseworker, @Nullable VisitationCategory category, LocalDate firstAbsenceDay, boolean employed, @Nullable Company company,
			@Nullable Integer expectedWeeks, @Nullable LocalDate earlyRequestOn, LocalDate today, Instant now) {
		if (firstAbsenceDay.isAfter(today)) {
			throw new RuleViolation("firstAbsenceDay", "rehab.validation.future");
		}
		if (employed && company == null) {
			throw new RuleViolation("cvr", "rehab.sickness.employerRequired");
		}
		if (expectedWeeks != null && (expectedWeeks < 1 || expectedWeeks > 520)) {
			throw new RuleViolation("expectedWeeks", "rehab.sickness.expectedWeeks");
		}
		if (earlyRequestOn != null && earlyRequestOn.isBefore(firstAbsenceDay)) {
			throw new RuleViolation("earlyRequestOn", "rehab.sickness.beforeFirstDay");
		}
		return new SicknessCase(id.value(), citizen.value(), municipalityCode, unit.value(),
				caseworker == null ? null : caseworker.value(), category, firstAbsenceDay, employed,
				company == null ? null : company.cvr(), company == null ? null : company.name(), expectedWeeks,
				earlyRequestOn, null, null, now, List.of(), List.of(), List.of(), List.of(), null);
	}

	/** A conversation was held on the day (not before the first day of absence, not in the future). */
	void holdConversation(ConversationKind kind, LocalDate heldOn, @Nullable String note, LocalDate today) {
		requireOpen("heldOn");
		if (heldOn.isBefore(firstAbsenceDay)) {
			throw new RuleViolation("heldOn", "rehab.sickness.beforeFirstDay");
		}
		if (heldOn.isAfter(today)) {
			throw new RuleViolation("heldOn", "rehab.validation.future");
		}
		if (kind == ConversationKind.RUNDBORD && !employed) {
			throw new RuleViolation("kind", "rehab.sickness.roundTableNeedsEmployer");
		}
		conversations.add(new Conversation(kind, heldOn, Texts.optional("note", note, Texts.TEXT), municipalityCode));
		conversations.sort(Comparator.comparing(Conversation::heldOn));
	}

	/** Partial return to work from the day, fewer hours than full time. */
	void returnPartly(LocalDate from, int hoursPerWeek) {
		requireOpen("from");
		if (!employed) {
			throw new RuleViolation("from", "rehab.sickness.partialNeedsEmployer");
		}
		if (from.isBefore(firstAbsenceDay)) {
			throw new RuleViolation("from", "rehab.sickness.beforeFirstDay");
		}
		if (hoursPerWeek < 1 || hoursPerWeek >= FULL_TIME_HOURS) {
			throw new RuleViolation("hoursPerWeek", "rehab.sickness.partialHours", FULL_TIME_HOURS);
		}
		partialReturns.removeIf(earlier -> earlier.fromDate().equals(from));
		partialReturns.add(new PartialReturn(from, hoursPerWeek, municipalityCode));
		partialReturns.sort(Comparator.comparing(PartialReturn::fromDate));
	}

	/** The step-up plan, replacing any earlier plan: days in order, hours rising, at most full time. */
	void planStepUp(List<StepUp> steps) {
		requireOpen("steps");
		if (steps.isEmpty()) {
			throw new RuleViolation("steps", "rehab.validation.required");
		}
		if (!employed) {
			throw new RuleViolation("steps", "rehab.sickness.partialNeedsEmployer");
		}
		for (var i = 0; i < steps.size(); i++) {
			var step = steps.get(i);
			if (step.hoursPerWeek() < 1 || step.hoursPerWeek() > FULL_TIME_HOURS) {
				throw new RuleViolation("steps[" + i + "].hoursPerWeek", "rehab.sickness.stepHours", FULL_TIME_HOURS);
			}
			if (step.fromDate().isBefore(firstAbsenceDay)) {
				throw new RuleViolation("steps[" + i + "].from", "rehab.sickness.beforeFirstDay");
			}
			if (i > 0 && !step.fromDate().isAfter(steps.get(i - 1).fromDate())) {
				throw new RuleViolation("steps[" + i + "].from", "rehab.sickness.stepsInOrder");
			}
			if (i > 0 && step.hoursPerWeek() < steps.get(i - 1).hoursPerWeek()) {
				throw new RuleViolation("steps[" + i + "].hoursPerWeek", "rehab.sickness.stepsRise");
			}
		}
		stepUps.clear();
		steps.forEach(step -> stepUps.add(new StepUp(step.fromDate(), step.hoursPerWeek(), municipalityCode)));
	}

	/** An extension on a ground, to a day within the ground's maximum (weeks after the decision), if it has one. */
	void extend(ExtensionGround ground, LocalDate decidedOn, LocalDate until, @Nullable String note,
			OptionalInt maxWeeks) {
		requireOpen("ground");
		if (until.isBefore(decidedOn)) {
			throw new RuleViolation("until", "rehab.sickness.untilBeforeDecision");
		}
		if (maxWeeks.isPresent() && until.isAfter(decidedOn.plusWeeks(maxWeeks.getAsInt()))) {
			throw new RuleViolation("until", "rehab.sickness.extensionTooLong", maxWeeks.getAsInt());
		}
		extensions.add(new Extension(ground, decidedOn, until, Texts.optional("note", note, Texts.NOTE),
				municipalityCode));
		extensions.sort(Comparator.comparing(Extension::decidedOn));
	}

	void requestEarlyFollowUp(LocalDate on) {
		requireOpen("earlyRequestOn");
		if (on.isBefore(firstAbsenceDay)) {
			throw new RuleViolation("earlyRequestOn", "rehab.sickness.beforeFirstDay");
		}
		earlyRequestOn = on;
	}

	void close(LocalDate on, SicknessCloseReason reason) {
		requireOpen("on");
		if (on.isBefore(firstAbsenceDay)) {
			throw new RuleViolation("on", "rehab.sickness.beforeFirstDay");
		}
		closedOn = on;
		closeReason = reason;
		registerEvent(new SicknessCaseClosed(id(), citizen(), reason, on, municipalityCode));
	}

	void checkVersion(@Nullable Integer seen) {
		if (seen != null && !seen.equals(version)) {
			throw new OptimisticLockingFailureException("Sickness case changed");
		}
	}

	private void requireOpen(String field) {
		if (closedOn != null) {
			throw new RuleViolation(field, "rehab.sickness.closed");
		}
	}

	/** Hours a week at work on the day, from the partial return; 0 before any. */
	int hoursOn(LocalDate day) {
		return partialReturns.stream()
			.filter(partial -> !partial.fromDate().isAfter(day))
			.reduce((earlier, later) -> later)
			.map(PartialReturn::hoursPerWeek)
			.orElse(0);
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

	SicknessCaseId id() {
		return new SicknessCaseId(id);
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

	@Nullable StaffId caseworker() {
		return caseworker == null ? null : new StaffId(caseworker);
	}

	LocalDate firstAbsenceDay() {
		return firstAbsenceDay;
	}

	@Nullable VisitationCategory category() {
		return category;
	}

	boolean employed() {
		return employed;
	}

	@Nullable Company company() {
		return companyCvr == null || companyName == null ? null : new Company(companyCvr, companyName);
	}

	@Nullable Integer expectedWeeks() {
		return expectedWeeks;
	}

	@Nullable LocalDate earlyRequestOn() {
		return earlyRequestOn;
	}

	@Nullable LocalDate closedOn() {
		return closedOn;
	}

	@Nullable SicknessCloseReason closeReason() {
		return closeReason;
	}

	List<Conversation> conversations() {
		return List.copyOf(conversations);
	}

	List<PartialReturn> partialReturns() {
		return List.copyOf(partialReturns);
	}

	List<StepUp> stepUps() {
		return List.copyOf(stepUps);
	}

	List<Extension> extensions() {
		return List.copyOf(extensions);
	}

	@Nullable Integer version() {
		return version;
	}

}
