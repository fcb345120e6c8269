/** The survey module's implementation: rounds, codes, answers and results. */
@NullMarked
package dk.jobvej.survey.internal;

import org.jspecify.annotations.NullMarked;
