/** The citizen module's implementation: aggregates, repositories, rules and services. */
@NullMarked
package dk.jobvej.citizen.internal;

import org.jspecify.annotations.NullMarked;
