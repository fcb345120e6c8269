package dk.jobvej.contact.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.jobvej.citizen.CitizenFacts;

import org.jspecify.annotations.Nullable;

/**
 * A citizen's contact course as the caseworker sees it: when the next conversation is due and why,
 * the conversations, the absences and exemptions, and the programmes the rules know of.
 */
public record CourseView(CitizenFacts citizen, DueStatus due, List<ConversationLine> conversations,
		List<AbsenceLine> absences, List<ContactFacts.Membership> programmes, @Nullable String email) {

	/** An absence or exemption period. */
	public record AbsenceLine(UUID id, String type, @Nullable Integer dfdgCode, LocalDate from, @Nullable LocalDate to,
			@Nullable String note) {

		/** The message key of the type (the types are data, each with a label in the bundle). */
		public String typeKey() {
			return "contact.absenceType." + type;
		}

	}

}
