/** Pages (Danish paths) and the API under /api/v1 of the youth module. */
@NullMarked
package dk.jobvej.youth.web;

import org.jspecify.annotations.NullMarked;
