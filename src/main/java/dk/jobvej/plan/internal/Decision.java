package dk.jobvej.plan.internal;

import java.time.Instant;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.plan.DecisionKind;
import dk.jobvej.plan.DecisionMade;
import dk.jobvej.plan.OfferId;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A decision (afgørelse) on the case: what was decided, by whom, on which legal basis and why,
 * with the letter the citizen got, as PDF. Written once; the table refuses changes.
 */
@Table(schema = "plan", name = "decision")
class Decision extends AbstractAggregateRoot<Decision> implements Persistable<UUID> {

	@Id
	private final UUID id;

	private final UUID citizen;

	private final int municipalityCode;

	private final @Nullable UUID offer;

	private final DecisionKind kind;

	private final Instant decidedAt;

	private final String decidedBy;

	private final String decidedByName;

	private final @Nullable String legalBasis;

	private final String reasoning;

	private final byte[] letter;

	private final String letterName;

	@Transient
	private final boolean isNew;

	@PersistenceCreator
	Decision(UUID id, UUID citizen, int municipalityCode, @Nullable UUID offer, DecisionKind kind, Instant decidedAt,
			String decidedBy, String decidedByName, @Nullable String legalBasis, String reasoning, byte[] letter,
			String letterName) {
		this(id, citizen, municipalityCode, offer, kind, decidedAt, decidedBy, decidedByName, legalBasis, reasoning,
				letter, letterName, false);
	}

	private Decision(UUID id, UUID citizen, int municipalityCode, @Nullable UUID offer, DecisionKind kind,
			Instant decidedAt, String decidedBy, String decidedByName, @Nullable String legalBasis, String reasoning,
			byte[] letter, String letterName, boolean isNew) {
		this.id = id;
		this.citizen = citizen;
		this.municipalityCode = municipalityCode;
		this.offer = offer;
		this.kind = kind;
		this.decidedAt = decidedAt;
		this.decidedBy = decidedBy;
		this.decidedByName = decidedByName;
		this.legalBasis = legalBasis;
		this.reasoning = reasoning;
		this.letter = letter;
		this.letterName = letterName;
		this.isNew = isNew;
	}

	static Decision make(UUID id, CitizenId citizen, int municipalityCode, @Nullable OfferId offer, DecisionKind kind,
			Instant at, String by, String byName, @Nullable String legalBasis, String reasoning, byte[] letter,
			String letterName) {
		var decision = new Decision(id, citizen.value(), municipalityCode, offer == null ? null : offer.value(), kind,
				at, by, byName, legalBasis, reasoning, letter, letterName, true);
		decision.registerEvent(new DecisionMade(id, citizen, municipalityCode, kind, offer, at));
		return decision;
	}

	UUID id() {
		return id;
	}

	CitizenId citizen() {
		return new CitizenId(citizen);
	}

	int municipalityCode() {
		return municipalityCode;
	}

	@Nullable UUID offer() {
		return offer;
	}

	DecisionKind kind() {
		return kind;
	}

	Instant decidedAt() {
		return decidedAt;
	}

	String decidedByName() {
		return decidedByName;
	}

	@Nullable String legalBasis() {
		return legalBasis;
	}

	String reasoning() {
		return reasoning;
	}

	byte[] letter() {
		return letter.clone();
	}

	String letterName() {
		return letterName;
	}

	@Override
	public UUID getId() {
		return id;
	}

	@Override
	public boolean isNew() {
		return isNew;
	}

}
