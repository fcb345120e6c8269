package dk.jobvej.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.jobvej.citizen.CitizenId;

import org.jspecify.annotations.Nullable;

/**
 * A plan to import: its goals and agreements, the self-help items the caseworker points to (codes of
 * Digital Jobhjælp) and progression measurements.
 */
public record ImportedPlan(CitizenId citizen, int municipalityCode, Instant createdAt, String createdBy,
		List<Goal> goals, List<Agreement> agreements, List<String> helpItems, List<Measurement> measurements) {

	public ImportedPlan {
		goals = List.copyOf(goals);
		agreements = List.copyOf(agreements);
		helpItems = List.copyOf(helpItems);
		measurements = List.copyOf(measurements);
	}

	/** A plan with goals and agreements only. */
	public ImportedPlan(CitizenId citizen, int municipalityCode, Instant createdAt, String createdBy, List<Goal> goals,
			List<Agreement> agreements) {
		this(citizen, municipalityCode, createdAt, createdBy, goals, agreements, List.of(), List.of());
	}

	/** A goal: {@code endGoal} for the slutmål, otherwise a delmål; {@code reached} closes it as reached. */
	public record Goal(boolean endGoal, String text, @Nullable String occupationCode, @Nullable LocalDate due,
			boolean reached) {
	}

	public record Agreement(LocalDate conversationDate, String text) {
	}

	/** A progression measurement: the day, whether the citizen made it, and indicator code → score 1–5. */
	public record Measurement(LocalDate measuredOn, boolean byCitizen, java.util.Map<String, Integer> scores) {

		public Measurement {
			scores = java.util.Map.copyOf(scores);
		}

	}

}
