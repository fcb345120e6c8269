/** The employer module's implementation: aggregates, repositories, services and the portal's security. */
@NullMarked
package dk.jobvej.employer.internal;

import org.jspecify.annotations.NullMarked;
