/** Pages (Danish paths) and the API under /api/v1 of the rehabilitation module. */
@NullMarked
package dk.jobvej.rehab.web;

import org.jspecify.annotations.NullMarked;
