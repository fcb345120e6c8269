/** The matching module's implementation: the indexes, the ranking, the match pipeline and consent. */
@NullMarked
package dk.jobvej.matching.internal;

import org.jspecify.annotations.NullMarked;
