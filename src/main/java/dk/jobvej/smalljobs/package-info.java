/**
 * The small-jobs bureau (småjob med mening, seed 000): companies report small tasks of at least five
 * hours a week on a public form, the jobcenter refers activity-ready citizens, the bureau (an external
 * partner, FOKUS Folkeoplysning in Aalborg) prepares them for up to four weeks (modning), employs them
 * on the tasks, registers the hours weekly, invoices the companies (OIOUBL to public employers) and is
 * paid by the municipality partly by results. A direct hire by the company is an exit to job.
 */
@ApplicationModule(displayName = "Small jobs")
@NullMarked
package dk.jobvej.smalljobs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
