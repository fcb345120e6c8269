/**
 * Results (resultater): the KPIs of the employment plan (Beskæftigelsesplan) measured from the
 * other modules' events and data, full-time persons (fuldtidspersoner) per benefit and month,
 * benchmarks, the share of the labour force on public support, the leaders' dashboard and the
 * committee report (status til Beskæftigelsesudvalget) as PDF and XLSX.
 */
@ApplicationModule(displayName = "Results")
@NullMarked
package dk.jobvej.results;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
