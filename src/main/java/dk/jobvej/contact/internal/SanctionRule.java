package dk.jobvej.contact.internal;

import java.time.LocalDate;

import dk.jobvej.citizen.BenefitType;

import org.jspecify.annotations.Nullable;

/**
 * What a sanction for a no-show rests on for a benefit ({@code contact.sanction_rule}): the legal
 * basis, and where and within how many weeks the citizen may appeal. Not verified against the law
 * (certainty U): data a municipality must review, not code.
 */
public record SanctionRule(String code, @Nullable BenefitType benefit, String legalBasis, String appealBody, int appealWeeks,
		LocalDate validFrom, @Nullable LocalDate validTo, String source, char certainty) {

	/** The message key of the rule's certainty (V, S or U). */
	public String certaintyKey() {
		return "contact.certainty." + certainty;
	}

	boolean appliesTo(@Nullable BenefitType type, LocalDate day) {
		return (benefit == null || benefit == type) && !day.isBefore(validFrom)
				&& (validTo == null || !day.isAfter(validTo));
	}

}
