/** The match network's implementation: networks, partners, candidates, openings, the relay and the dashboard. */
@NullMarked
package dk.jobvej.network.internal;

import org.jspecify.annotations.NullMarked;
