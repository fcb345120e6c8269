package dk.jobvej.youth.internal;

import java.time.LocalDate;
import java.util.List;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.youth.EducationOrderId;
import dk.jobvej.youth.OrderEndReason;
import dk.jobvej.youth.OrderStep;

import org.jspecify.annotations.Nullable;

/**
 * An education order as a member of staff sees it on a day: the young person, the steps with
 * their deadlines, whether the current step is overdue, and whether the order is still in force
 * by today's rules.
 *
 * @param seniorityWeeks whole weeks of the present spell on the benefit
 */
public record OrderView(EducationOrderId id, CitizenId citizen, String citizenName, String maskedCpr, int age,
		@Nullable VisitationCategory category, String unitName, String caseworkerName, LocalDate issuedOn,
		OrderStep currentStep, LocalDate deadline, boolean overdue, boolean inForce, List<OrderStepRecord> steps,
		@Nullable LocalDate endedOn, @Nullable OrderEndReason endReason, long seniorityWeeks, int version) {

	public boolean ended() {
		return endedOn != null;
	}

}
