package dk.jobvej.occupation;

/**
 * A skill of ESCO (the EU's classification of skills), as imported.
 *
 * @param uri ESCO's identifier
 * @param label the preferred label in the imported language
 * @param essential whether ESCO marks it essential (rather than optional) for the occupation asked about
 */
public record Skill(String uri, String label, boolean essential) {
}
