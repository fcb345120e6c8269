package dk.jobvej.plan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The parts of a {@link Plan}: goals, agreements and pointers to the self-help library. */
final class PlanEntries {

	private PlanEntries() {
	}

	enum GoalKind {

		/** Slutmål: where the course is heading, e.g. a job as butiksassistent. */
		END_GOAL,

		/** Delmål: a step on the way. */
		SUB_GOAL

	}

	enum GoalStatus {

		ACTIVE, REACHED, DROPPED, REPLACED

	}

	/** A goal of the plan; closed goals stay, with who closed them and when. */
	@Table(schema = "plan", name = "goal")
	record Goal(@Id UUID id, GoalKind kind, String text, @Nullable String occupationCode, @Nullable LocalDate due,
			GoalStatus status, Instant createdAt, String createdBy, @Nullable Instant closedAt,
			@Nullable String closedBy, int municipalityCode) {

		Goal close(GoalStatus to, String by, Instant at) {
			return new Goal(id, kind, text, occupationCode, due, to, createdAt, createdBy, at, by, municipalityCode);
		}

	}

	/** What was agreed at a conversation (the contact-course module's conversation id, when known). */
	@Table(schema = "plan", name = "agreement")
	record Agreement(@Id UUID id, LocalDate conversationDate, @Nullable UUID conversation, String text, String madeBy,
			Instant madeAt, int municipalityCode) {
	}

	/** The caseworker points the citizen to an item of Digital Jobhjælp. */
	@Table(schema = "plan", name = "help_pointer")
	record HelpPointer(@Id UUID id, String item, @Nullable String note, String pointedBy, Instant pointedAt,
			int municipalityCode) {
	}

}
