/** The results module's implementation: facts and measures, KPIs, full-time persons, benchmarks, reports. */
@NullMarked
package dk.jobvej.results.internal;

import org.jspecify.annotations.NullMarked;
