/**
 * Matching: the candidate bank (kandidatbank), ranked candidates for a vacancy or task and ranked
 * vacancies for a citizen, each suggestion with its explanation, the match pipeline (proposed →
 * presented → interview → hired or rejected with a reason) with its outcomes kept, and the
 * citizen's consent to show their name to employers. Matching keeps its own index of candidates
 * (what it needs from CVs: {@link CandidateProfile}) and of open vacancies.
 */
@ApplicationModule(displayName = "Matching")
@NullMarked
package dk.jobvej.matching;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
