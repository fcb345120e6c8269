package dk.jobvej.employer.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.employer.Cvr;
import dk.jobvej.employer.FollowUpOutcome;
import dk.jobvej.employer.PlacementEnded;
import dk.jobvej.employer.PlacementEnded.EndReason;
import dk.jobvej.employer.PlacementId;
import dk.jobvej.employer.PlacementStarted;
import dk.jobvej.employer.PlacementType;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A citizen placed at a company (virksomhedspraktik, løntilskud, ordinære timer, voksenlærling,
 * fleksjob or an ordinary job), from a day, possibly to a planned day, and when it ended and why.
 * A placement in employment is followed up after hiring (efterværn): follow-up tasks at the agreed
 * points in time, each with its outcome.
 */
@Table(schema = "employer", name = "placement")
class Placement extends AbstractAggregateRoot<Placement> {

	@Id
	private final UUID id;

	private final UUID citizen;

	private final UUID company;

	private final String cvr;

	private final @Nullable UUID vacancy;

	private final String type;

	private final LocalDate fromDate;

	private final @Nullable LocalDate plannedTo;

	private @Nullable LocalDate endedOn;

	private @Nullable String endReason;

	private final int hoursPerWeek;

	private final String createdBy;

	private final int municipalityCode;

	@MappedCollection(idColumn = "placement", keyColumn = "position")
	private final List<FollowUp> followUps;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	Placement(UUID id, UUID citizen, UUID company, String cvr, @Nullable UUID vacancy, String type, LocalDate fromDate,
			@Nullable LocalDate plannedTo, @Nullable LocalDate endedOn, @Nullable String endReason, int hoursPerWeek,
			String createdBy, int municipalityCode, List<FollowUp> followUps, @Nullable Integer version) {
		this.id = id;
		this.citizen = citizen;
		this.company = company;
		this.cvr = cvr;
		this.vacancy = vacancy;
		this.type = type;
		this.fromDate = fromDate;
		this.plannedTo = plannedTo;
		this.endedOn = endedOn;
		this.endReason = endReason;
		this.hoursPerWeek = hoursPerWeek;
		this.createdBy = createdBy;
		this.municipalityCode = municipalityCode;
		this.followUps = new ArrayList<>(followUps);
		this.version = version;
	}

	/** Starts a placement; it publishes {@link PlacementStarted} when stored. */
	static Placement start(CitizenId citizen, UUID company, Cvr cvr, @Nullable UUID vacancy, PlacementType type,
			LocalDate from, @Nullable LocalDate plannedTo, int hoursPerWeek, String createdBy, int municipalityCode) {
		if (plannedTo != null && plannedTo.isBefore(from)) {
			throw new RuleViolation("plannedTo", "employer.placement.endsBeforeStart");
		}
		if (hoursPerWeek < 1 || hoursPerWeek > 48) {
			throw new RuleViolation("hoursPerWeek", "employer.vacancy.hours");
		}
		var placement = new Placement(UUID.randomUUID(), citizen.value(), company, cvr.value(), vacancy, type.name(),
				from, plannedTo, null, null, hoursPerWeek, createdBy, municipalityCode, List.of(), null);
		placement.registerEvent(new PlacementStarted(new PlacementId(placement.id), citizen, cvr, type, from,
				plannedTo, hoursPerWeek, municipalityCode));
		return placement;
	}

	/** Ends the placement on its last day; publishes {@link PlacementEnded}. */
	void end(LocalDate lastDay, EndReason reason) {
		if (endedOn != null) {
			throw new RuleViolation("to", "employer.placement.alreadyEnded");
		}
		if (lastDay.isBefore(fromDate)) {
			throw new RuleViolation("to", "employer.placement.endsBeforeStart");
		}
		endedOn = lastDay;
		endReason = reason.name();
		registerEvent(new PlacementEnded(new PlacementId(id), new CitizenId(citizen), new Cvr(cvr), type(), fromDate,
				lastDay, reason, municipalityCode));
	}

	/**
	 * Agrees the follow-up after hiring (efterværn): a task after each number of weeks from the
	 * start, in ascending order. Only a placement in employment is followed up, and only once.
	 */
	void agreeFollowUp(List<Integer> weeksAfterStart) {
		if (!type().employment()) {
			throw new RuleViolation("weeks", "employer.followUp.onlyEmployment");
		}
		if (!followUps.isEmpty()) {
			throw new RuleViolation("weeks", "employer.followUp.alreadyAgreed");
		}
		if (weeksAfterStart.isEmpty() || weeksAfterStart.stream().anyMatch(weeks -> weeks < 1 || weeks > 104)) {
			throw new RuleViolation("weeks", "employer.followUp.weeks");
		}
		weeksAfterStart.stream()
			.distinct()
			.sorted()
			.forEach(weeks -> followUps.add(new FollowUp(fromDate.plusWeeks(weeks), null, null, null)));
	}

	/** Records the outcome of the follow-up task at the position (0 = the first). */
	void recordFollowUp(int position, FollowUpOutcome outcome, String note, LocalDate today) {
		if (position < 0 || position >= followUps.size()) {
			throw new RuleViolation("position", "employer.followUp.unknown");
		}
		var task = followUps.get(position);
		if (task.doneOn() != null) {
			throw new RuleViolation("outcome", "employer.followUp.alreadyDone");
		}
		followUps.set(position, new FollowUp(task.dueOn(), today, outcome.name(), Texts.optional("note", note, 2000)));
	}

	UUID id() {
		return id;
	}

	CitizenId citizen() {
		return new CitizenId(citizen);
	}

	UUID company() {
		return company;
	}

	PlacementType type() {
		return PlacementType.valueOf(type);
	}

	LocalDate from() {
		return fromDate;
	}

	@Nullable LocalDate plannedTo() {
		return plannedTo;
	}

	@Nullable LocalDate endedOn() {
		return endedOn;
	}

	@Nullable String endReason() {
		return endReason;
	}

	int hoursPerWeek() {
		return hoursPerWeek;
	}

	int municipalityCode() {
		return municipalityCode;
	}

	List<FollowUp> followUps() {
		return List.copyOf(followUps);
	}

	@Nullable Integer version() {
		return version;
	}

	/** A follow-up task after hiring: due on a day, done on a day with an outcome and a note. */
	@Table(schema = "employer", name = "follow_up")
	record FollowUp(LocalDate dueOn, @Nullable LocalDate doneOn, @Nullable String outcome, @Nullable String note) {
	}

}
