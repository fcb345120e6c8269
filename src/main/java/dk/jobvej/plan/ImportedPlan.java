package dk.jobvej.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.jobvej.citizen.CitizenId;

import org.jspecify.annotations.Nullable;

/** A plan to import: its goals and agreements. */
public record ImportedPlan(CitizenId citizen, int municipalityCode, Instant createdAt, String createdBy,
		List<Goal> goals, List<Agreement> agreements) {

	public ImportedPlan {
		goals = List.copyOf(goals);
		agreements = List.copyOf(agreements);
	}

	/** A goal: {@code endGoal} for the slutmål, otherwise a delmål; {@code reached} closes it as reached. */
	public record Goal(boolean endGoal, String text, @Nullable String occupationCode, @Nullable LocalDate due,
			boolean reached) {
	}

	public record Agreement(LocalDate conversationDate, String text) {
	}

}
