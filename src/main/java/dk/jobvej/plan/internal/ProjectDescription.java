package dk.jobvej.plan.internal;

import dk.jobvej.plan.OfferType;
import dk.jobvej.plan.ProviderKind;

import org.jspecify.annotations.Nullable;

/** The description of a catalogue project, as an administrator enters it (Danish text from the source). */
public record ProjectDescription(String name, String heading, ProviderKind providerKind, String providerName,
		OfferType offerType, @Nullable String targetGroup, @Nullable String content, @Nullable String prerequisites,
		@Nullable String intake, @Nullable String duration, @Nullable String meetingHours, @Nullable Integer places,
		String source, boolean active) {
}
