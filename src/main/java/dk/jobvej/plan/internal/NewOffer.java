package dk.jobvej.plan.internal;

import java.time.LocalDate;
import java.util.UUID;

import dk.jobvej.plan.OfferType;
import dk.jobvej.plan.ProviderKind;

import org.jspecify.annotations.Nullable;

/**
 * An offer the caseworker grants or refers to a catalogue project: the type and provider (or the
 * project, which gives both), the period, hours for ordinary hours, and the reason (formål og
 * begrundelse), which the decision letter repeats.
 */
public record NewOffer(@Nullable OfferType type, @Nullable UUID project, @Nullable ProviderKind providerKind,
		@Nullable String providerName, @Nullable String providerCvr, @Nullable LocalDate startDate,
		@Nullable LocalDate plannedEnd, @Nullable Integer hoursPerWeek, @Nullable String reason) {
}
