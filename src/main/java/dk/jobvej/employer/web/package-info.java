/** The employer pages (Danish URLs), the employer portal's pages and the employer API under /api/v1. */
@NullMarked
package dk.jobvej.employer.web;

import org.jspecify.annotations.NullMarked;
