package dk.jobvej.plan.internal;

import java.time.ZonedDateTime;
import java.util.UUID;

import dk.jobvej.plan.DecisionKind;

import org.jspecify.annotations.Nullable;

/** A decision in a list: what, when, by whom, and the letter's file name (without the letter). */
public record DecisionSummary(UUID id, DecisionKind kind, @Nullable UUID offer, ZonedDateTime decidedAt, String decidedByName,
		String letterName) {
}
