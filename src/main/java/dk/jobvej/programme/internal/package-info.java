/** The programme module's implementation: rules, selection, randomisation, grants, reports, evaluation. */
@NullMarked
package dk.jobvej.programme.internal;

import org.jspecify.annotations.NullMarked;
