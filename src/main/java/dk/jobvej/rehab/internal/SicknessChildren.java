package dk.jobvej.rehab.internal;

import java.time.LocalDate;

import dk.jobvej.rehab.ConversationKind;
import dk.jobvej.rehab.ExtensionGround;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** The parts of a {@link SicknessCase}: conversations, partial return, step-up plan and extensions. */
public final class SicknessChildren {

	private SicknessChildren() {
	}

	/** A conversation held: a follow-up (opfølgningssamtale) or a round table with the employer (rundbordssamtale). */
	@Table(schema = "rehab", name = "sickness_conversation")
	public record Conversation(ConversationKind kind, LocalDate heldOn, @Nullable String note, int municipalityCode) {
	}

	/** Partial return to work (delvis raskmelding) from a day, hours a week. */
	@Table(schema = "rehab", name = "sickness_partial_return")
	public record PartialReturn(LocalDate fromDate, int hoursPerWeek, int municipalityCode) {
	}

	/** A step of the step-up plan (optrapningsplan): from a day, hours a week. */
	@Table(schema = "rehab", name = "sickness_step_up")
	public record StepUp(LocalDate fromDate, int hoursPerWeek, int municipalityCode) {
	}

	/** An extension beyond the reassessment point on a ground of SDL § 27, until a day. */
	@Table(schema = "rehab", name = "sickness_extension")
	public record Extension(ExtensionGround ground, LocalDate decidedOn, LocalDate until, @Nullable String note,
			int municipalityCode) {
	}

}
