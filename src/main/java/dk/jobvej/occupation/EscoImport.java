package dk.jobvej.occupation;

import java.io.Reader;

/**
 * Imports the EU's ESCO classification (the open CSV download, e.g. {@code occupations_da.csv},
 * {@code skills_da.csv}, {@code occupationSkillRelations_da.csv}) into the taxonomy: each ESCO
 * occupation joins the ISCO-08 unit group it names (its labels become titles the search finds),
 * skills and the occupation–skill relations are kept. Idempotent: a re-import updates by ESCO URI.
 * Columns are read by their header names, so extra columns and their order do not matter.
 */
public interface EscoImport {

	/**
	 * @param occupations the occupations file (conceptUri, iscoGroup, preferredLabel, altLabels, description)
	 * @param skills the skills file (conceptUri, skillType, preferredLabel, altLabels)
	 * @param relations the occupation–skill relations (occupationUri, relationType, skillUri)
	 */
	Result importEsco(Reader occupations, Reader skills, Reader relations);

	/** What an import did; occupations naming an ISCO-08 group the taxonomy lacks are skipped and counted. */
	record Result(int occupations, int skills, int relations, int skippedOccupations) {
	}

}
