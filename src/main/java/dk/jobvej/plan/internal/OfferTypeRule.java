package dk.jobvej.plan.internal;

import java.time.LocalDate;
import java.util.Locale;

import dk.jobvej.plan.OfferType;

import org.jspecify.annotations.Nullable;

/** A row of {@code plan.offer_type_rule}: whether the type is a decision, counts for the target, and its legal basis. */
public record OfferTypeRule(OfferType type, boolean decisionRequired, boolean countsForTarget,
		@Nullable String legalBasisDa, @Nullable String legalBasisEn, String source, Certainty certainty,
		LocalDate validFrom, @Nullable LocalDate validTo) {

	boolean inForce(LocalDate day) {
		return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
	}

	public @Nullable String legalBasis(Locale locale) {
		return "en".equals(locale.getLanguage()) ? legalBasisEn : legalBasisDa;
	}

}
