/**
 * The citizen's CV: education, work experience, skills, languages, driving licence, wishes
 * (hours, commuting distance, branches) and job goals (jobmål) tied to occupations. Every
 * unemployed citizen must have one, however far from the labour market (seed 004): it is the
 * centre of every conversation. Other modules read CVs through {@link dk.jobvej.cv.CvSearch} and
 * hear about changes through {@link dk.jobvej.cv.CvChanged} and {@link dk.jobvej.cv.JobGoalsChanged}.
 */
@ApplicationModule(displayName = "CV")
@NullMarked
package dk.jobvej.cv;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
