package dk.jobvej.plan.internal;

import java.util.UUID;

import dk.jobvej.plan.OfferType;
import dk.jobvej.plan.ProviderKind;

import org.jspecify.annotations.Nullable;

/**
 * A catalogue project as pages and the API show it, with its own duration rule in force today
 * (weeks; null when the project has none) and how many are waiting.
 */
public record ProjectView(UUID id, String name, String heading, ProviderKind providerKind, String providerName,
		OfferType offerType, @Nullable String targetGroup, @Nullable String content, @Nullable String prerequisites,
		@Nullable String intake, @Nullable String duration, @Nullable String meetingHours, @Nullable Integer places,
		String source, boolean active, @Nullable Integer baseWeeks, @Nullable Integer extensionWeeks,
		@Nullable Integer maxWeeks, int waiting, @Nullable Integer version) {
}
