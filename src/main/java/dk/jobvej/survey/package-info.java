/**
 * User surveys (brugermålinger): questionnaires for citizens after a planned conversation and for
 * companies, survey rounds in chosen ISO weeks, one-time anonymous codes, answers online or on
 * paper, and the results per unit with small groups suppressed. Answers can never be traced back
 * to a citizen: a code is never stored with a citizen, and an answer carries only its round, unit
 * and ISO week.
 */
@ApplicationModule(displayName = "Survey")
@NullMarked
package dk.jobvej.survey;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
