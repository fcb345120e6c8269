/** The matching pages (staff, employer portal, Min side) and API. */
@NullMarked
package dk.jobvej.matching.web;

import org.jspecify.annotations.NullMarked;
