package dk.jobvej.survey;

import java.time.LocalDate;
import java.util.Optional;

import dk.jobvej.identity.UnitId;

/**
 * Hands out one-time answer codes to other modules. The contact course calls
 * {@link #afterConversation} after every planned conversation; the employer module may call
 * {@link #afterCompanyContact} after a company visit. Neither call names a citizen or a company,
 * and the code must be given to the person, never stored with them.
 */
public interface SurveyCodes {

	/**
	 * A code for the citizens' questionnaire when a round runs for the unit in the week of the
	 * conversation; empty when no round does (most weeks).
	 */
	Optional<IssuedCode> afterConversation(UnitId unit, LocalDate conversationDate);

	/** A code for the companies' questionnaire when a company round runs for the unit that week. */
	Optional<IssuedCode> afterCompanyContact(UnitId unit, LocalDate contactDate);

}
