package dk.jobvej.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking the audit chain.
 *
 * @param intact every entry's hash matches its content and the previous entry's hash
 * @param entriesChecked how many entries were checked
 * @param firstBrokenSequence the sequence number of the first entry that does not match, if any
 */
public record ChainVerification(boolean intact, long entriesChecked, @Nullable Long firstBrokenSequence) {
}
