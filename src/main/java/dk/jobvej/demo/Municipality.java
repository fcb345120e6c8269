package dk.jobvej.demo;

/**
 * A Danish municipality (kommune) as the demo data needs it.
 *
 * @param code the kommunekode, e.g. 851 for Aalborg
 * @param name its name
 * @param population approximate population, used only to weight the national demo data
 * @param postcode the main postcode, for addresses outside Aalborg
 * @param town the town of that postcode
 */
record Municipality(int code, String name, int population, String postcode, String town) {
}
