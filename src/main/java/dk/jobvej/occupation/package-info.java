/**
 * The occupation taxonomy (stillingsbetegnelser): the DISCO-08 / ISCO-08 structure of major,
 * sub-major, minor and unit groups with Danish titles and synonyms, related occupations (partial
 * matches), the EU's ESCO occupations and skills imported and mapped through their ISCO-08 codes,
 * and Danish full-text search with misspellings. Job goals, vacancies and matching all name
 * occupations by their four-digit unit group ({@link OccupationCode}).
 */
@ApplicationModule(displayName = "Occupation")
@NullMarked
package dk.jobvej.occupation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
