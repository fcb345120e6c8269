package dk.jobvej.plan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.TargetGroup;
import dk.jobvej.identity.UnitId;
import dk.jobvej.plan.OfferEnded;
import dk.jobvej.plan.OfferExtended;
import dk.jobvej.plan.OfferId;
import dk.jobvej.plan.OfferResult;
import dk.jobvej.plan.OfferStarted;
import dk.jobvej.plan.OfferStatus;
import dk.jobvej.plan.OfferType;
import dk.jobvej.plan.ProviderKind;
import dk.jobvej.plan.internal.OfferEvent.Kind;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An offer (indsats): its type, provider, period, status and result, and everything that
 * happened to it. It changes only through the methods below, which check the state it is in and
 * the dates, append to its history and record the events other modules hear. The duration rules
 * are checked by {@link Offering} before it calls these methods.
 */
@Table(schema = "plan", name = "offer")
class Offer extends AbstractAggregateRoot<Offer> implements Persistable<UUID> {

	@Id
	private final UUID id;

	private final UUID citizen;

	private final int municipalityCode;

	private final UUID unit;

	private final OfferType type;

	private OfferStatus status;

	private final ProviderKind providerKind;

	private final String providerName;

	private final @Nullable String providerCvr;

	private final @Nullable UUID project;

	private LocalDate startDate;

	private @Nullable LocalDate plannedEnd;

	private @Nullable LocalDate endedOn;

	private @Nullable OfferResult result;

	private final @Nullable Integer hoursPerWeek;

	private final @Nullable TargetGroup targetGroup;

	private final @Nullable String purpose;

	private boolean specialNeed;

	private final Instant createdAt;

	private final String createdBy;

	private boolean startPublished;

	@MappedCollection(idColumn = "offer", keyColumn = "position")
	private final List<OfferEvent> events;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	Offer(UUID id, UUID citizen, int municipalityCode, UUID unit, OfferType type, OfferStatus status,
			ProviderKind providerKind, String providerName, @Nullable String providerCvr, @Nullable UUID project,
			LocalDate startDate, @Nullable LocalDate plannedEnd, @Nullable LocalDate endedOn,
			@Nullable OfferResult result, @Nullable Integer hoursPerWeek, @Nullable TargetGroup targetGroup,
			@Nullable String purpose, boolean specialNeed, Instant createdAt, String createdBy, boolean startPublished,
			List<OfferEvent> events, @Nullable Integer version) {
		this.id = id;
		this.citizen = citizen;
		this.municipalityCode = municipalityCode;
		this.unit = unit;
		this.type = type;
		this.status = status;
		this.providerKind = providerKind;
		this.providerName = providerName;
		this.providerCvr = providerCvr;
		this.project = project;
		this.startDate = startDate;
		this.plannedEnd = plannedEnd;
		this.endedOn = endedOn;
		this.result = result;
		this.hoursPerWeek = hoursPerWeek;
		this.targetGroup = targetGroup;
		this.purpose = purpose;
		this.specialNeed = specialNeed;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.startPublished = startPublished;
		this.events = new ArrayList<>(events);
		this.version = version;
	}

	/** What an offer is about: type, provider, period and purpose, as the caseworker gave it. */
	record Terms(OfferType type, ProviderKind providerKind, String providerName, @Nullable String providerCvr,
			@Nullable UUID project, LocalDate start, @Nullable LocalDate plannedEnd, @Nullable Integer hoursPerWeek,
			@Nullable String purpose) {
	}

	/** A new offer, granted at once or put on the project's waiting list. */
	static Offer open(CitizenId citizen, int municipalityCode, UnitId unit, @Nullable TargetGroup targetGroup,
			Terms terms, boolean waiting, String actor, Instant at) {
		checkPeriod(terms.start(), terms.plannedEnd());
		var offer = new Offer(UUID.randomUUID(), citizen.value(), municipalityCode, unit.value(), terms.type(),
				waiting ? OfferStatus.WAITING : OfferStatus.GRANTED, terms.providerKind(), terms.providerName(),
				terms.providerCvr(), terms.project(), terms.start(), terms.plannedEnd(), null, null,
				terms.hoursPerWeek(), targetGroup, terms.purpose(), false, at, actor, false, List.of(), null);
		offer.append(waiting ? Kind.WAITING : Kind.GRANTED, actor, at, terms.start(), terms.plannedEnd(), terms.purpose());
		return offer;
	}

	/** A refused request for an offer (afslag): recorded with the reason, never granted. */
	static Offer refused(CitizenId citizen, int municipalityCode, UnitId unit, @Nullable TargetGroup targetGroup,
			OfferType type, ProviderKind providerKind, String providerName, LocalDate decidedOn, String reason,
			String actor, Instant at) {
		var offer = new Offer(UUID.randomUUID(), citizen.value(), municipalityCode, unit.value(), type,
				OfferStatus.REFUSED, providerKind, providerName, null, null, decidedOn, null, null, null, null,
				targetGroup, null, false, at, actor, false, List.of(), null);
		offer.append(Kind.REFUSED, actor, at, decidedOn, null, reason);
		return offer;
	}

	/** A place has come free: the waiting offer is granted, possibly with new dates. */
	void grantFromWaitingList(LocalDate start, @Nullable LocalDate end, String actor, Instant at) {
		if (status != OfferStatus.WAITING) {
			throw new RuleViolation("status", "plan.offer.notWaiting");
		}
		checkPeriod(start, end);
		startDate = start;
		plannedEnd = end;
		status = OfferStatus.GRANTED;
		append(Kind.GRANTED, actor, at, start, end, null);
	}

	/** Moves the planned end later; the duration rules were checked by the caller. */
	void extend(LocalDate newEnd, boolean specialNeedStated, String reason, String actor, Instant at) {
		if (status != OfferStatus.GRANTED) {
			throw new RuleViolation("plannedEnd", "plan.offer.notRunning");
		}
		if (plannedEnd == null) {
			throw new RuleViolation("plannedEnd", "plan.offer.noPlannedEnd");
		}
		if (!newEnd.isAfter(plannedEnd)) {
			throw new RuleViolation("plannedEnd", "plan.offer.extensionNotLater", plannedEnd);
		}
		var previous = plannedEnd;
		plannedEnd = newEnd;
		specialNeed = specialNeed || specialNeedStated;
		append(Kind.EXTENDED, actor, at, previous, newEnd, reason);
		registerEvent(new OfferExtended(id(), citizen(), municipalityCode, type, previous, newEnd));
	}

	/** Gives the offer its last day and its result. */
	void end(LocalDate lastDay, OfferResult outcome, String reason, String actor, Instant at) {
		if (status != OfferStatus.GRANTED) {
			throw new RuleViolation("lastDay", "plan.offer.notRunning");
		}
		if (lastDay.isBefore(startDate)) {
			throw new RuleViolation("lastDay", "plan.offer.endBeforeStart", startDate);
		}
		if (plannedEnd != null && lastDay.isAfter(plannedEnd)) {
			throw new RuleViolation("lastDay", "plan.offer.endAfterPlanned", plannedEnd);
		}
		if (!startPublished) {
			markStarted();
		}
		endedOn = lastDay;
		result = outcome;
		status = OfferStatus.ENDED;
		append(Kind.ENDED, actor, at, null, lastDay, reason);
		registerEvent(new OfferEnded(id(), citizen(), municipalityCode, unit(), type, startDate, lastDay,
				YearMonth.from(lastDay), outcome));
	}

	/** Takes a waiting offer off the waiting list. */
	void cancel(String reason, String actor, Instant at) {
		if (status != OfferStatus.WAITING) {
			throw new RuleViolation("status", "plan.offer.notWaiting");
		}
		status = OfferStatus.CANCELLED;
		append(Kind.CANCELLED, actor, at, null, null, reason);
	}

	/** Publishes that the offer has started; done once, on or after the start day. */
	void markStarted() {
		if (startPublished || (status != OfferStatus.GRANTED && status != OfferStatus.ENDED)) {
			return;
		}
		startPublished = true;
		registerEvent(new OfferStarted(id(), citizen(), municipalityCode, unit(), type, providerKind, startDate,
				YearMonth.from(startDate), hoursPerWeek));
	}

	boolean startDue(LocalDate today) {
		return status == OfferStatus.GRANTED && !startPublished && !startDate.isAfter(today);
	}

	private static void checkPeriod(LocalDate start, @Nullable LocalDate end) {
		if (end != null && end.isBefore(start)) {
			throw new RuleViolation("plannedEnd", "plan.offer.endBeforeStart", start);
		}
	}

	private void append(Kind kind, String actor, Instant at, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable String reason) {
		events.add(new OfferEvent(kind, at, actor, from, to, reason, municipalityCode));
	}

	/** Fails when the caller saw another version than the one stored. */
	void expectVersion(@Nullable Integer seen) {
		if (seen != null && !seen.equals(version)) {
			throw new OptimisticLockingFailureException("Offer " + id + " was changed by someone else");
		}
	}

	OfferId id() {
		return new OfferId(id);
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

	OfferType type() {
		return type;
	}

	OfferStatus status() {
		return status;
	}

	ProviderKind providerKind() {
		return providerKind;
	}

	String providerName() {
		return providerName;
	}

	@Nullable String providerCvr() {
		return providerCvr;
	}

	@Nullable UUID project() {
		return project;
	}

	LocalDate startDate() {
		return startDate;
	}

	@Nullable LocalDate plannedEnd() {
		return plannedEnd;
	}

	@Nullable LocalDate endedOn() {
		return endedOn;
	}

	@Nullable OfferResult result() {
		return result;
	}

	@Nullable Integer hoursPerWeek() {
		return hoursPerWeek;
	}

	@Nullable TargetGroup targetGroup() {
		return targetGroup;
	}

	@Nullable String purpose() {
		return purpose;
	}

	boolean specialNeed() {
		return specialNeed;
	}

	Instant createdAt() {
		return createdAt;
	}

	List<OfferEvent> history() {
		return List.copyOf(events);
	}

	@Nullable Integer version() {
		return version;
	}

	@Override
	public UUID getId() {
		return id;
	}

	@Override
	public boolean isNew() {
		return version == null;
	}

}
