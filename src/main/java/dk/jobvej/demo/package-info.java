/**
 * Demo data for Jobcenter Aalborg, active only in the {@code demo} profile: the organisation
 * of the seeds, one demo user per role, and generated citizens calibrated to the seeds.
 */
@ApplicationModule(displayName = "Demo data")
@NullMarked
package dk.jobvej.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
