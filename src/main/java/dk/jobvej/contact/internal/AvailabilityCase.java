package dk.jobvej.contact.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.contact.AvailabilityCaseId;
import dk.jobvej.contact.ConsultationSent;
import dk.jobvej.contact.ConversationId;
import dk.jobvej.contact.SanctionDecided;
import dk.jobvej.identity.StaffId;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The availability track (rådighedssag) after a no-show without a valid reason. It opens with a
 * consultation (partshøring): the citizen is told what the jobcenter means to decide and may answer
 * until the deadline. Then the caseworker decides whether to sanction, on the legal basis the
 * sanction rules give for the citizen's benefit, and the decision goes to the benefit office as
 * {@link SanctionDecided}. A decision is final here; an appeal goes to the appeal body.
 */
@Table(schema = "contact", name = "availability_case")
class AvailabilityCase extends AbstractAggregateRoot<AvailabilityCase> implements Persistable<UUID> {

	@Id
	private final UUID id;

	private final UUID conversation;

	private final UUID citizen;

	private final int municipalityCode;

	private final UUID unit;

	private final UUID caseworker;

	private final @Nullable BenefitType benefit;

	private final Instant openedAt;

	private final LocalDate consultationDeadline;

	private @Nullable String citizenResponse;

	private String status;

	private @Nullable Instant decidedAt;

	private @Nullable String decidedBy;

	private @Nullable Boolean sanction;

	private @Nullable String ruleCode;

	private @Nullable String legalBasis;

	private @Nullable String reasoning;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	AvailabilityCase(UUID id, UUID conversation, UUID citizen, int municipalityCode, UUID unit, UUID caseworker,
			@Nullable BenefitType benefit, Instant openedAt, LocalDate consultationDeadline,
			@Nullable String citizenResponse, String status, @Nullable Instant decidedAt, @Nullable String decidedBy,
			@Nullable Boolean sanction, @Nullable String ruleCode, @Nullable String legalBasis,
			@Nullable String reasoning, @Nullable Integer version) {
		this.id = id;
		this.conversation = conversation;
		this.citizen = citizen;
		this.municipalityCode = municipalityCode;
		this.unit = unit;
		this.caseworker = caseworker;
		this.benefit = benefit;
		this.openedAt = openedAt;
		this.consultationDeadline = consultationDeadline;
		this.citizenResponse = citizenResponse;
		this.status = status;
		this.decidedAt = decidedAt;
		this.decidedBy = decidedBy;
		this.sanction = sanction;
		this.ruleCode = ruleCode;
		this.legalBasis = legalBasis;
		this.reasoning = reasoning;
		this.version = version;
	}

	/** Opens the track for a missed conversation: the consultation letter goes out with its deadline. */
	static AvailabilityCase open(Conversation missed, @Nullable BenefitType benefit, Instant now, LocalDate deadline) {
		var opened = new AvailabilityCase(UUID.randomUUID(), missed.id().value(), missed.citizen().value(),
				missed.municipalityCode(), missed.unit().value(), missed.caseworker().value(), benefit, now, deadline,
				null, "CONSULTATION", null, null, null, null, null, null, null);
		opened.registerEvent(new ConsultationSent(opened.id(), missed.id(), missed.citizen(), deadline,
				missed.municipalityCode()));
		return opened;
	}

	/** Records what the citizen answered to the consultation. */
	void response(String text) {
		expectOpen();
		citizenResponse = Texts.required("response", text, Texts.SUMMARY);
	}

	/**
	 * Decides, after the deadline or once the citizen has answered: a sanction on the rule's legal
	 * basis, or none. The reasoning is required either way.
	 */
	void decide(boolean sanctioned, SanctionRule rule, String why, StaffId by, String actor, Instant now,
			LocalDate today, LocalDate absenceDay) {
		expectOpen();
		if (citizenResponse == null && !today.isAfter(consultationDeadline)) {
			throw new RuleViolation("sanction", "contact.availability.consultationOpen", consultationDeadline);
		}
		reasoning = Texts.required("reasoning", why, Texts.SUMMARY);
		sanction = sanctioned;
		ruleCode = rule.code();
		legalBasis = rule.legalBasis();
		status = "DECIDED";
		decidedAt = now;
		decidedBy = actor;
		registerEvent(new SanctionDecided(id(), new ConversationId(conversation), new CitizenId(citizen), benefit,
				absenceDay, sanctioned, rule.code(), rule.legalBasis(), by, now, municipalityCode));
	}

	void expectVersion(@Nullable Integer seen) {
		if (seen != null && !seen.equals(version)) {
			throw new OptimisticLockingFailureException("Availability case " + id + " was changed by someone else");
		}
	}

	private void expectOpen() {
		if (!"CONSULTATION".equals(status)) {
			throw new RuleViolation("status", "contact.availability.decided");
		}
	}

	AvailabilityCaseId id() {
		return new AvailabilityCaseId(id);
	}

	ConversationId conversation() {
		return new ConversationId(conversation);
	}

	CitizenId citizen() {
		return new CitizenId(citizen);
	}

	int municipalityCode() {
		return municipalityCode;
	}

	StaffId caseworker() {
		return new StaffId(caseworker);
	}

	@Nullable BenefitType benefit() {
		return benefit;
	}

	Instant openedAt() {
		return openedAt;
	}

	LocalDate consultationDeadline() {
		return consultationDeadline;
	}

	@Nullable String citizenResponse() {
		return citizenResponse;
	}

	boolean decided() {
		return "DECIDED".equals(status);
	}

	@Nullable Instant decidedAt() {
		return decidedAt;
	}

	@Nullable String decidedBy() {
		return decidedBy;
	}

	@Nullable Boolean sanction() {
		return sanction;
	}

	@Nullable String ruleCode() {
		return ruleCode;
	}

	@Nullable String legalBasis() {
		return legalBasis;
	}

	@Nullable String reasoning() {
		return reasoning;
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
