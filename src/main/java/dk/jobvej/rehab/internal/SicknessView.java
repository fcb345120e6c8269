package dk.jobvej.rehab.internal;

import java.time.LocalDate;
import java.util.List;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.rehab.Company;
import dk.jobvej.rehab.SicknessCaseId;
import dk.jobvej.rehab.SicknessCloseReason;
import dk.jobvej.rehab.internal.SicknessChildren.Conversation;
import dk.jobvej.rehab.internal.SicknessChildren.Extension;
import dk.jobvej.rehab.internal.SicknessChildren.PartialReturn;
import dk.jobvej.rehab.internal.SicknessChildren.StepUp;

import org.jspecify.annotations.Nullable;

/**
 * A sickness-benefit case as a member of staff sees it on a day: the citizen, employer, category,
 * the follow-up plan by today's rules for the case, the reassessment point and how it was met
 * (an extension, or a job-clarification course when there is none), and the return to work.
 *
 * @param reassessment the reassessment point (SDL § 24) as the benefit periods give it, foreseen for a running one
 * @param extendedUntil the last day of the latest extension, if any
 */
public record SicknessView(SicknessCaseId id, CitizenId citizen, String citizenName, String maskedCpr,
		String unitName, String caseworkerName, @Nullable VisitationCategory category, LocalDate firstAbsenceDay,
		boolean employed, @Nullable Company company, @Nullable Integer expectedWeeks,
		@Nullable LocalDate earlyRequestOn, FollowUpPlan plan, @Nullable LocalDate reassessment,
		@Nullable LocalDate extendedUntil, List<Conversation> conversations, List<PartialReturn> partialReturns,
		List<StepUp> stepUps, List<Extension> extensions, int hoursNow, @Nullable LocalDate closedOn,
		@Nullable SicknessCloseReason closeReason, int version, LocalDate today) {

	public boolean closed() {
		return closedOn != null;
	}

	/** The reassessment point has come (or comes within 4 weeks) and no extension covers the time after it. */
	public boolean reassessmentDue() {
		return !closed() && reassessment != null && !today.plusWeeks(4).isBefore(reassessment)
				&& (extendedUntil == null || extendedUntil.isBefore(today));
	}

}
