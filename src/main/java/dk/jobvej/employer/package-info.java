/**
 * Companies and the recruitment unit's work with them: companies by CVR number with their
 * production units (P-numbers), contact people and consultant; company visits
 * (virksomhedsbesøg); vacancies, job carving into tasks and small tasks; placements of citizens
 * (virksomhedspraktik, løntilskud, ordinære timer, voksenlærling, fleksjob, ordinært job) with
 * follow-up after hiring (efterværn); the leaders' targets; and the employer portal, the
 * companies' own door.
 */
@ApplicationModule(displayName = "Employer")
@NullMarked
package dk.jobvej.employer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
