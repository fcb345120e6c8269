package dk.jobvej.cv;

import java.util.List;

/**
 * Bulk import of CVs through PostgreSQL COPY (demo data, migration from another system). A batch
 * is all or nothing; a batch id imported before is skipped. Imports publish no events and replace
 * no CV: a citizen who already has one is refused with the whole batch.
 */
public interface CvImport {

	/** @return the CVs imported, 0 when the batch was imported before */
	int importBatch(String batchId, List<ImportedCv> cvs);

}
