/** The small-jobs bureau's implementation: intake, referrals, employments, hours, invoices and settlement. */
@NullMarked
package dk.jobvej.smalljobs.internal;

import org.jspecify.annotations.NullMarked;
