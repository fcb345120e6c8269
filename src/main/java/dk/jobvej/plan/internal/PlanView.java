package dk.jobvej.plan.internal;

import java.time.ZonedDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.jobvej.citizen.TargetGroup;
import dk.jobvej.cv.Occupation;

import org.jspecify.annotations.Nullable;

/**
 * Min Plan as the pages and the API show it.
 *
 * @param version null while no plan has been started
 * @param jobGoals the citizen's job goals from the CV, which the end goal usually names
 * @param decisionRule the legal basis when the plan itself is a decision for the citizen's target group
 */
public record PlanView(UUID citizen, String name, @Nullable Integer version, @Nullable TargetGroup targetGroup,
		@Nullable Goal endGoal, List<Goal> subGoals, List<Goal> closedGoals, List<Agreement> agreements,
		List<Pointer> pointers, List<Occupation> jobGoals, @Nullable String decisionRule) {

	/** How many goals were reached. */
	public long reachedCount() {
		return closedGoals.stream().filter(goal -> goal.status().equals("REACHED")).count();
	}

	public record Goal(UUID id, String kind, String text, @Nullable String occupationCode, @Nullable LocalDate due,
			String status, ZonedDateTime createdAt, String createdBy, @Nullable ZonedDateTime closedAt) {

		/** The message keys of the goal's kind and status. */
		public String kindKey() {
			return "plan.goalKind." + kind;
		}

		public String statusKey() {
			return "plan.goalStatus." + status;
		}

	}

	public record Agreement(UUID id, LocalDate conversationDate, @Nullable UUID conversation, String text,
			String madeBy, ZonedDateTime madeAt) {
	}

	public record Pointer(UUID id, String item, String title, @Nullable String note, ZonedDateTime pointedAt) {
	}

}
