package dk.jobvej.results.internal;

import java.util.Set;

import dk.jobvej.results.Measure;

/**
 * A listener that records the facts of some measures from another module's events. A measure is
 * live when a bean of this type names it; otherwise the dashboard says it waits for its module.
 * Adding a measure's source is one class: an {@code @ApplicationModuleListener} for the module's
 * event that calls {@link Facts#record(Fact)}, implementing this interface (see
 * {@link CitizenSource} and docs/modules/results.md).
 */
public interface FactSource {

	Set<Measure> measures();

}
