package dk.jobvej.citizen.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.citizen.Address;
import dk.jobvej.citizen.BenefitPeriodEnded;
import dk.jobvej.citizen.BenefitPeriodId;
import dk.jobvej.citizen.BenefitPeriodStarted;
import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenMovedToUnit;
import dk.jobvej.citizen.CitizenRegistered;
import dk.jobvej.citizen.Cpr;
import dk.jobvej.citizen.PrimaryContactChanged;
import dk.jobvej.citizen.TargetGroup;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.citizen.VisitationChanged;
import dk.jobvej.identity.OrganisationalUnit;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.StaffMember;
import dk.jobvej.identity.UnitId;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The citizen (borger) and their case: who they are, where they belong (municipality, unit,
 * primary contact), their benefit periods (ydelsesforløb) and the history of their visitation
 * category. Changes go through the methods below, which check the rules and record events.
 */
@Table(schema = "citizen", name = "citizen")
class Citizen extends AbstractAggregateRoot<Citizen> implements Persistable<UUID> {

	@Id
	private final UUID id;

	private final String cpr;

	private final String givenName;

	private final String familyName;

	private final @Nullable String street;

	private final @Nullable String postcode;

	private final @Nullable String city;

	private final int municipalityCode;

	private UUID unit;

	private @Nullable UUID primaryContact;

	private final Instant registeredAt;

	@MappedCollection(idColumn = "citizen")
	private final Set<BenefitPeriod> benefitPeriods;

	@MappedCollection(idColumn = "citizen", keyColumn = "position")
	private final List<VisitationDecision> visitations;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	Citizen(UUID id, String cpr, String givenName, String familyName, @Nullable String street,
			@Nullable String postcode, @Nullable String city, int municipalityCode, UUID unit,
			@Nullable UUID primaryContact, Instant registeredAt, Set<BenefitPeriod> benefitPeriods,
			List<VisitationDecision> visitations, @Nullable Integer version) {
		this.id = id;
		this.cpr = cpr;
		this.givenName = givenName;
		this.familyName = familyName;
		this.street = street;
		this.postcode = postcode;
		this.city = city;
		this.municipalityCode = municipalityCode;
		this.unit = unit;
		this.primaryContact = primaryContact;
		this.registeredAt = registeredAt;
		this.benefitPeriods = new HashSet<>(benefitPeriods);
		this.visitations = new ArrayList<>(visitations);
		this.version = version;
	}

	/** Registers a citizen in a unit of a municipality, with their primary contact person. */
	static Citizen register(CitizenId id, Cpr cpr, String givenName, String familyName, Address address,
			int municipalityCode, UnitId unit, StaffId primaryContact, Instant now) {
		var citizen = new Citizen(id.value(), cpr.value(), Texts.required("givenName", givenName, Texts.NAME),
				Texts.required("familyName", familyName, Texts.NAME),
				Texts.optional("street", address.street(), Texts.STREET),
				Texts.optional("postcode", address.postcode(), Texts.POSTCODE),
				Texts.optional("city", address.city(), Texts.CITY), municipalityCode, unit.value(),
				primaryContact.value(), now, Set.of(), List.of(), null);
		citizen.registerEvent(new CitizenRegistered(id, unit, primaryContact, municipalityCode, now));
		return citizen;
	}

	/**
	 * Adds a benefit period. It may not end before it starts, and it may not overlap a period of
	 * a benefit that excludes it; the refusal names the period it clashes with.
	 */
	BenefitPeriodId startBenefit(BenefitType type, LocalDate from, @Nullable LocalDate to, RuleBook rules) {
		if (to != null && to.isBefore(from)) {
			throw new RuleViolation("to", "citizen.benefit.endsBeforeStart");
		}
		benefitPeriods.stream()
			.filter(period -> period.overlaps(from, to) && !rules.mayOverlap(period.type(), type))
			.min(Comparator.comparing(BenefitPeriod::from))
			.ifPresent(clash -> {
				throw new RuleViolation("from", "citizen.benefit.overlap",
						new DefaultMessageSourceResolvable("citizen.benefitType." + clash.type().name()), clash.from(),
						clash.to() == null ? new DefaultMessageSourceResolvable("citizen.benefit.running") : clash.to());
			});
		var period = new BenefitPeriod(UUID.randomUUID(), type, from, to, municipalityCode);
		benefitPeriods.add(period);
		registerEvent(new BenefitPeriodStarted(id(), period.id(), type, from, to, municipalityCode));
		return period.id();
	}

	/** Gives a running benefit period its last day. */
	void endBenefit(BenefitPeriodId periodId, LocalDate lastDay) {
		var period = benefitPeriods.stream()
			.filter(candidate -> candidate.id().equals(periodId))
			.findFirst()
			.orElseThrow(() -> new NotFound("citizen.benefit.notFound"));
		if (!period.running()) {
			throw new RuleViolation("to", "citizen.benefit.alreadyEnded");
		}
		if (lastDay.isBefore(period.from())) {
			throw new RuleViolation("to", "citizen.benefit.endsBeforeStart");
		}
		period.end(lastDay);
		registerEvent(new BenefitPeriodEnded(id(), periodId, period.type(), period.from(), lastDay, municipalityCode));
	}

	/**
	 * Decides the visitation category. The reason is required, and the category must be one the
	 * rules allow for the current benefit on the day; the decision is appended to the history.
	 */
	void changeVisitation(VisitationCategory category, String reason, StaffId decidedBy, Instant at, LocalDate today,
			RuleBook rules) {
		var why = Texts.required("reason", reason, Texts.REASON);
		if (!allowedCategories(today, rules).contains(category)) {
			throw new RuleViolation("category", "citizen.visitation.notAllowed",
					new DefaultMessageSourceResolvable("citizen.category." + category.name()));
		}
		var previous = category().orElse(null);
		visitations.add(new VisitationDecision(category, at, decidedBy.value(), why, municipalityCode));
		registerEvent(new VisitationChanged(id(), previous, category, decidedBy, at, municipalityCode));
	}

	/**
	 * Moves the citizen to another unit (enhed) of their municipality. A unit of another
	 * municipality does not exist for the citizen; staying in the same unit changes nothing.
	 */
	void moveToUnit(OrganisationalUnit to, StaffId movedBy, Instant at) {
		if (to.municipalityCode() != municipalityCode) {
			throw new RuleViolation("unit", "citizen.unit.unknown");
		}
		if (to.id().value().equals(unit)) {
			return;
		}
		var previous = unit();
		unit = to.id().value();
		registerEvent(new CitizenMovedToUnit(id(), previous, to.id(), movedBy, at, municipalityCode));
	}

	/**
	 * Makes a member of staff the citizen's primary contact person (kontaktperson). The caller
	 * passes the member as the organisation knows them now, so only an active one; they must
	 * belong to the citizen's municipality and work with citizens. The same person again changes
	 * nothing.
	 */
	void assignPrimaryContact(StaffMember contact, StaffId assignedBy, Instant at) {
		if (contact.municipalityCode() != municipalityCode || !contact.worksWithCitizens()) {
			throw new RuleViolation("primaryContact", "citizen.primaryContact.unknown");
		}
		if (contact.id().value().equals(primaryContact)) {
			return;
		}
		var previous = primaryContact().orElse(null);
		primaryContact = contact.id().value();
		registerEvent(new PrimaryContactChanged(id(), previous, contact.id(), assignedBy, at, municipalityCode));
	}

	/** The categories that may be chosen on the day, following from the current benefit. */
	Set<VisitationCategory> allowedCategories(LocalDate day, RuleBook rules) {
		return currentBenefit(day).map(period -> rules.allowedCategories(period.type(), cpr().ageOn(day), day))
			.orElse(Set.of());
	}

	/** The target group on the day, derived from the current benefit, category and age. */
	Optional<TargetGroup> targetGroup(LocalDate day, RuleBook rules) {
		return currentBenefit(day)
			.flatMap(period -> rules.targetGroup(period.type(), category().orElse(null), cpr().ageOn(day), day));
	}

	/** The benefit period running on the day; of overlapping periods, the one that started last. */
	Optional<BenefitPeriod> currentBenefit(LocalDate day) {
		return benefitPeriods.stream()
			.filter(period -> period.covers(day))
			.max(Comparator.comparing(BenefitPeriod::from).thenComparing(BenefitPeriod::type));
	}

	/** The events recorded since the citizen was loaded; published when it is saved. */
	List<Object> events() {
		return List.copyOf(domainEvents());
	}

	/** Fails when the caller saw another version than the one stored (someone changed it since). */
	void expectVersion(@Nullable Integer seen) {
		if (seen != null && !seen.equals(version)) {
			throw new OptimisticLockingFailureException("Citizen " + id + " was changed by someone else");
		}
	}

	Optional<VisitationCategory> category() {
		return visitations.isEmpty() ? Optional.empty() : Optional.of(visitations.getLast().category());
	}

	/** The visitation history, oldest first. */
	List<VisitationDecision> visitationHistory() {
		return List.copyOf(visitations);
	}

	/** The benefit periods, newest first. */
	List<BenefitPeriod> benefitPeriods() {
		return benefitPeriods.stream().sorted(Comparator.comparing(BenefitPeriod::from).reversed()).toList();
	}

	CitizenId id() {
		return new CitizenId(id);
	}

	Cpr cpr() {
		return Cpr.parse(cpr);
	}

	String givenName() {
		return givenName;
	}

	String familyName() {
		return familyName;
	}

	String name() {
		return givenName + " " + familyName;
	}

	Address address() {
		return new Address(street == null ? "" : street, postcode == null ? "" : postcode, city == null ? "" : city);
	}

	int municipalityCode() {
		return municipalityCode;
	}

	UnitId unit() {
		return new UnitId(unit);
	}

	Optional<StaffId> primaryContact() {
		return Optional.ofNullable(primaryContact).map(StaffId::new);
	}

	Instant registeredAt() {
		return registeredAt;
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
