/** The programme pages (/programmer) and API (/api/v1/programmes). */
@NullMarked
package dk.jobvej.programme.web;

import org.jspecify.annotations.NullMarked;
