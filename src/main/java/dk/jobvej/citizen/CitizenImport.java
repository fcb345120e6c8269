package dk.jobvej.citizen;

import java.util.List;

/**
 * Bulk import of citizens through PostgreSQL COPY. A batch is all or nothing, and a batch id
 * that was already imported is skipped, so an interrupted import can simply be run again.
 */
public interface CitizenImport {

	/**
	 * Imports one batch in one transaction.
	 * @return the number of citizens imported, 0 if the batch was imported before
	 */
	int importBatch(String batchId, List<ImportedCitizen> citizens);

	/** Whether any citizen of the municipality exists. */
	boolean hasCitizens(int municipalityCode);

}
