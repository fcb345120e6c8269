package dk.jobvej.rehab.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.rehab.DocumentKind;
import dk.jobvej.rehab.DocumentStatus;
import dk.jobvej.rehab.ExemptionReason;
import dk.jobvej.rehab.RehabCaseId;
import dk.jobvej.rehab.RehabCaseType;
import dk.jobvej.rehab.RehabOutcome;

import org.jspecify.annotations.Nullable;

/**
 * A rehabilitation case as a member of staff sees it on a day: the citizen, what the rules say
 * (team or not, deadline, documents) and how far the case has come.
 */
public record CaseView(RehabCaseId id, CitizenId citizen, String citizenName, String maskedCpr, RehabCaseType type,
		LocalDate arisenOn, String unitName, String caseworkerName, CaseStatus status, boolean teamRequired,
		@Nullable LocalDate deadline, boolean overdue, List<Checklist> checklist, boolean freeMunicipality,
		@Nullable MeetingSlot meeting, @Nullable ExemptionReason exemption, @Nullable String exemptionNote,
		@Nullable LocalDate exemptedOn, @Nullable RehabOutcome recommendation, @Nullable String recommendationText,
		@Nullable LocalDate recommendedOn, @Nullable RehabOutcome decision, @Nullable String decisionText,
		@Nullable LocalDate decidedOn, String decidedByName, int version) {

	/** The documents still missing: needed, and neither received nor judged not relevant. */
	public List<DocumentKind> missing() {
		return checklist.stream().filter(Checklist::missing).map(Checklist::kind).toList();
	}

	public boolean decided() {
		return status == CaseStatus.AFGJORT;
	}

	/** One line of the document checklist. */
	public record Checklist(DocumentKind kind, boolean required, DocumentStatus status, @Nullable LocalDate statusOn,
			@Nullable String note) {

		public boolean missing() {
			return required && (status == DocumentStatus.MANGLER || status == DocumentStatus.REKVIRERET);
		}

	}

	/** The meeting the case is on, and when its slot starts. */
	public record MeetingSlot(UUID meeting, LocalDate heldOn, LocalTime startsAt, int position) {
	}

}
