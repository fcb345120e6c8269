/** The small-jobs pages (the public task form, the bureau's pages, the goal) and the API. */
@NullMarked
package dk.jobvej.smalljobs.web;

import org.jspecify.annotations.NullMarked;
