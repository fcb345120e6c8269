package dk.jobvej.rehab.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.rehab.ConversationKind;
import dk.jobvej.rehab.ExtensionGround;
import dk.jobvej.rehab.SicknessCloseReason;
import dk.jobvej.rehab.internal.FollowUpPlan;
import dk.jobvej.rehab.internal.RehabWorklists;
import dk.jobvej.rehab.internal.SicknessView;
import dk.jobvej.rehab.internal.Urgency;

import org.jspecify.annotations.Nullable;

/** The JSON of the sickness-benefit follow-up API. */
final class SicknessJson {

	private SicknessJson() {
	}

	record Plan(boolean exempt, @Nullable LocalDate nextDue, int required, int heldInHalfYear, LocalDate halfYearEnd) {

		static Plan of(FollowUpPlan plan) {
			return new Plan(plan.exempt(), plan.nextDue(), plan.required(), plan.heldInHalfYear(), plan.halfYearEnd());
		}

	}

	record Company(String cvr, String name) {
	}

	record Conversation(ConversationKind kind, LocalDate heldOn, @Nullable String note) {
	}

	record Hours(LocalDate from, int hoursPerWeek) {
	}

	record Extension(ExtensionGround ground, LocalDate decidedOn, LocalDate until, @Nullable String note) {
	}

	record Case(UUID id, UUID citizen, String citizenName, String maskedCpr, String unit, String caseworker,
			@Nullable VisitationCategory category, LocalDate firstAbsenceDay, boolean employed, @Nullable Company company,
			@Nullable Integer expectedWeeks, @Nullable LocalDate earlyRequestOn, Plan plan,
			@Nullable LocalDate reassessment, boolean reassessmentDue, @Nullable LocalDate extendedUntil,
			List<Conversation> conversations, List<Hours> partialReturns, List<Hours> stepUpPlan,
			List<Extension> extensions, int hoursNow, @Nullable LocalDate closedOn,
			@Nullable SicknessCloseReason closeReason, int version) {

		static Case of(SicknessView view) {
			return new Case(view.id().value(), view.citizen().value(), view.citizenName(), view.maskedCpr(),
					view.unitName(), view.caseworkerName(), view.category(), view.firstAbsenceDay(), view.employed(),
					view.company() == null ? null : new Company(view.company().cvr(), view.company().name()),
					view.expectedWeeks(), view.earlyRequestOn(), Plan.of(view.plan()), view.reassessment(),
					view.reassessmentDue(), view.extendedUntil(),
					view.conversations().stream().map(c -> new Conversation(c.kind(), c.heldOn(), c.note())).toList(),
					view.partialReturns().stream().map(p -> new Hours(p.fromDate(), p.hoursPerWeek())).toList(),
					view.stepUps().stream().map(s -> new Hours(s.fromDate(), s.hoursPerWeek())).toList(),
					view.extensions()
						.stream()
						.map(e -> new Extension(e.ground(), e.decidedOn(), e.until(), e.note()))
						.toList(),
					view.hoursNow(), view.closedOn(), view.closeReason(), view.version());
		}

	}

	record Row(UUID id, RehabJson.Person citizen, @Nullable VisitationCategory category, LocalDate firstAbsenceDay,
			@Nullable Company company, Plan plan, Urgency urgency) {

		static Row of(RehabWorklists.SicknessRow row) {
			return new Row(row.id().value(), RehabJson.Person.of(row.citizen()), row.category(), row.firstAbsenceDay(),
					row.company() == null ? null : new Company(row.company().cvr(), row.company().name()),
					Plan.of(row.plan()), row.urgency());
		}

	}

}
