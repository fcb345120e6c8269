package dk.jobvej.rehab.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.rehab.DocumentKind;
import dk.jobvej.rehab.DocumentStatus;
import dk.jobvej.rehab.ExemptionReason;
import dk.jobvej.rehab.RehabCaseDecided;
import dk.jobvej.rehab.RehabCaseId;
import dk.jobvej.rehab.RehabCaseType;
import dk.jobvej.rehab.RehabOutcome;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A case for the rehabilitation team: a citizen, a type (flexjob, resource course, disability
 * pension, first job-clarification course, ...), the day it arose (which anchors its rules), its
 * documents, and as far as it has come: on a meeting's agenda, exempted from the meeting
 * (free-municipality variant), recommended by the team (indstilling), decided (afgørelse). A
 * decided case changes no more.
 */
@Table(schema = "rehab", name = "rehab_case")
class RehabCase extends AbstractAggregateRoot<RehabCase> implements Persistable<UUID> {

	@Id
	private final UUID id;

	private final UUID citizen;

	private final int municipalityCode;

	private UUID unit;

	private @Nullable UUID caseworker;

	private final RehabCaseType type;

	private final LocalDate arisenOn;

	private @Nullable UUID meeting;

	private @Nullable Integer agendaPosition;

	private @Nullable ExemptionReason exemption;

	private @Nullable String exemptionNote;

	private @Nullable LocalDate exemptedOn;

	private @Nullable UUID exemptedBy;

	private @Nullable RehabOutcome recommendation;

	private @Nullable String recommendationText;

	private @Nullable LocalDate recommendedOn;

	private @Nullable RehabOutcome decision;

	private @Nullable String decisionText;

	private @Nullable LocalDate decidedOn;

	private @Nullable UUID decidedBy;

	private final Instant createdAt;

	@MappedCollection(idColumn = "rehab_case", keyColumn = "position")
	private final List<CaseDocument> documents;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	RehabCase(UUID id, UUID citizen, int municipalityCode, UUID unit, @Nullable UUID caseworker, RehabCaseType type,
			LocalDate arisenOn, @Nullable UUID meeting, @Nullable Integer agendaPosition,
			@Nullable ExemptionReason exemption, @Nullable String exemptionNote, @Nullable LocalDate exemptedOn,
			@Nullable UUID exemptedBy, @Nullable RehabOutcome recommendation, @Nullable String recommendationText,
			@Nullable LocalDate recommendedOn, @Nullable RehabOutcome decision, @Nullable String decisionText,
			@Nullable LocalDate decidedOn, @Nullable UUID decidedBy, Instant createdAt, List<CaseDocument> documents,
			@Nullable Integer version) {
		this.id = id;
		this.citizen = citizen;
		this.municipalityCode = municipalityCode;
		this.unit = unit;
		this.caseworker = caseworker;
		this.type = type;
		this.arisenOn = arisenOn;
		this.meeting = meeting;
		this.agendaPosition = agendaPosition;
		this.exemption = exemption;
		this.exemptionNote = exemptionNote;
		this.exemptedOn = exemptedOn;
		this.exemptedBy = exemptedBy;
		this.recommendation = recommendation;
		this.recommendationText = recommendationText;
		this.recommendedOn = recommendedOn;
		this.decision = decision;
		this.decisionText = decisionText;
		this.decidedOn = decidedOn;
		this.decidedBy = decidedBy;
		this.createdAt = createdAt;
		this.documents = new ArrayList<>(documents);
		this.version = version;
	}

	/** A new case of the citizen, arisen on the day. */
	static RehabCase open(RehabCaseId id, CitizenId citizen, int municipalityCode, UnitId unit,
			@Nullable StaffId caseworker, RehabCaseType type, LocalDate arisenOn, Instant now) {
		return new RehabCase(id.value(), citizen.value(), municipalityCode, unit.value(),
				caseworker == null ? null : caseworker.value(), type, arisenOn, null, null, null, null, null, null, null,
				null, null, null, null, null, null, now, List.of(), null);
	}

	/**
	 * Records where a document is. A document the case needs, or one it has a status for, may be
	 * recorded; "not relevant" is the free-municipality variant's choice and needs it and a note.
	 */
	void recordDocument(DocumentKind kind, DocumentStatus status, @Nullable LocalDate on, @Nullable String note,
			List<DocumentKind> required, boolean freeMunicipality) {
		requireOpen("status");
		if (!required.contains(kind) && document(kind).isEmpty()) {
			throw new RuleViolation("kind", "rehab.document.notRequired");
		}
		if (status == DocumentStatus.IKKE_RELEVANT && !freeMunicipality) {
			throw new RuleViolation("status", "rehab.document.notRelevantOnlyFree");
		}
		var text = Texts.optional("note", note, Texts.NOTE);
		if (status == DocumentStatus.IKKE_RELEVANT && text == null) {
			throw new RuleViolation("note", "rehab.document.noteRequired");
		}
		if (status != DocumentStatus.MANGLER && on == null) {
			throw new RuleViolation("on", "rehab.validation.required");
		}
		documents.removeIf(document -> document.kind() == kind);
		documents.add(new CaseDocument(kind, status, status == DocumentStatus.MANGLER ? null : on, text,
				municipalityCode));
		documents.sort(java.util.Comparator.comparing(CaseDocument::kind));
	}

	/** Free-municipality variant: the case does not go to the meeting, for a stated reason. */
	void exempt(ExemptionReason reason, @Nullable String note, LocalDate on, StaffId by, boolean freeMunicipality) {
		requireOpen("reason");
		if (!freeMunicipality) {
			throw new RuleViolation("reason", "rehab.exemption.onlyFree");
		}
		if (exemption != null) {
			throw new RuleViolation("reason", "rehab.exemption.already");
		}
		if (recommendation != null) {
			throw new RuleViolation("reason", "rehab.exemption.recommended");
		}
		exemption = reason;
		exemptionNote = Texts.optional("note", note, Texts.NOTE);
		exemptedOn = on;
		exemptedBy = by.value();
		meeting = null;
		agendaPosition = null;
	}

	/** Puts the case on the meeting's agenda at the position. */
	void putOnAgenda(UUID meetingId, int position) {
		requireOpen("case");
		if (exemption != null) {
			throw new RuleViolation("case", "rehab.agenda.exempted");
		}
		if (recommendation != null) {
			throw new RuleViolation("case", "rehab.agenda.recommended");
		}
		meeting = meetingId;
		agendaPosition = position;
	}

	void takeOffAgenda() {
		requireOpen("case");
		if (recommendation != null) {
			throw new RuleViolation("case", "rehab.agenda.recommended");
		}
		meeting = null;
		agendaPosition = null;
	}

	/** The team's recommendation, given at the meeting the case is on (held on or before the day). */
	void recommend(RehabOutcome outcome, @Nullable String text, LocalDate on, @Nullable LocalDate meetingHeldOn) {
		requireOpen("outcome");
		if (meeting == null || meetingHeldOn == null) {
			throw new RuleViolation("outcome", "rehab.recommendation.notOnAgenda");
		}
		if (meetingHeldOn.isAfter(on)) {
			throw new RuleViolation("outcome", "rehab.recommendation.meetingNotHeld", meetingHeldOn);
		}
		recommendation = outcome;
		recommendationText = Texts.optional("text", text, Texts.TEXT);
		recommendedOn = meetingHeldOn;
	}

	/**
	 * The caseworker's decision. Where the rules send the case to the team and it was not
	 * exempted, the team's recommendation comes first.
	 */
	void decide(RehabOutcome outcome, String text, LocalDate on, StaffId by, boolean teamRequired) {
		requireOpen("outcome");
		if (teamRequired && exemption == null && recommendation == null) {
			throw new RuleViolation("outcome", "rehab.decision.needsRecommendation");
		}
		if (on.isBefore(arisenOn)) {
			throw new RuleViolation("decidedOn", "rehab.decision.beforeCase", arisenOn);
		}
		decision = outcome;
		decisionText = Texts.required("text", text, Texts.TEXT);
		decidedOn = on;
		decidedBy = by.value();
		registerEvent(new RehabCaseDecided(id(), citizen(), type, outcome, on, municipalityCode));
	}

	void checkVersion(@Nullable Integer seen) {
		if (seen != null && !seen.equals(version)) {
			throw new org.springframework.dao.OptimisticLockingFailureException("Rehabilitation case changed");
		}
	}

	private void requireOpen(String field) {
		if (decidedOn != null) {
			throw new RuleViolation(field, "rehab.case.alreadyDecided");
		}
	}

	Optional<CaseDocument> document(DocumentKind kind) {
		return documents.stream().filter(document -> document.kind() == kind).findFirst();
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

	RehabCaseId id() {
		return new RehabCaseId(id);
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

	RehabCaseType type() {
		return type;
	}

	LocalDate arisenOn() {
		return arisenOn;
	}

	@Nullable UUID meeting() {
		return meeting;
	}

	@Nullable Integer agendaPosition() {
		return agendaPosition;
	}

	@Nullable ExemptionReason exemption() {
		return exemption;
	}

	@Nullable String exemptionNote() {
		return exemptionNote;
	}

	@Nullable LocalDate exemptedOn() {
		return exemptedOn;
	}

	@Nullable RehabOutcome recommendation() {
		return recommendation;
	}

	@Nullable String recommendationText() {
		return recommendationText;
	}

	@Nullable LocalDate recommendedOn() {
		return recommendedOn;
	}

	@Nullable RehabOutcome decision() {
		return decision;
	}

	@Nullable String decisionText() {
		return decisionText;
	}

	@Nullable LocalDate decidedOn() {
		return decidedOn;
	}

	@Nullable StaffId decidedBy() {
		return decidedBy == null ? null : new StaffId(decidedBy);
	}

	List<CaseDocument> documents() {
		return List.copyOf(documents);
	}

	@Nullable Integer version() {
		return version;
	}

}
