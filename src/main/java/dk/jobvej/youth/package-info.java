/**
 * Young people (Uddannelseshuset): education orders (uddannelsespålæg, steps 1–4) with the
 * caseworker's deadlines, the leaders' distribution over steps and the count with 52 weeks of
 * seniority; the guidance café's intake with referral to the FVU test; clubs with attendance; and
 * leisure jobs (fritidsjob) for 13–17-year-olds with the share of the age group when population
 * figures are imported. The education order is expected to be abolished on 1 January 2027, so its
 * rules are effective-dated rows like every other.
 */
@ApplicationModule(displayName = "Young people")
@NullMarked
package dk.jobvej.youth;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
