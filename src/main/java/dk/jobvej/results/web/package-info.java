/** The results module's pages (/resultater) and API (/api/v1/results). */
@NullMarked
package dk.jobvej.results.web;

import org.jspecify.annotations.NullMarked;
