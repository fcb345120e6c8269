package dk.jobvej.contact;

import org.jspecify.annotations.Nullable;

/**
 * A concrete job for a conversation (seed 003: concrete jobs are part of every conversation):
 * typed in by the caseworker, or suggested by another module (the matching module will), with a
 * reference into that module (a vacancy id) if there is one.
 *
 * @param title the job title, at most 200 characters
 * @param employer the employer, at most 200 characters
 * @param source who suggested it, e.g. {@code MANUAL} or {@code MATCHING}
 * @param reference the suggesting module's own id of the vacancy
 */
public record SuggestedJob(String title, @Nullable String employer, String source, @Nullable String reference) {
}
