package dk.jobvej.occupation;

/**
 * An occupation found by a search.
 *
 * @param code the unit group
 * @param title its Danish title
 * @param matched the title or synonym that matched the search text
 * @param score how well, 0–1 (full-text rank or trigram similarity, whichever is higher)
 */
public record OccupationHit(OccupationCode code, String title, String matched, double score) {
}
