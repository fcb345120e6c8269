package dk.jobvej.plan;

import java.util.List;

/**
 * Bulk import of plans and offers through PostgreSQL COPY (demo data, migration). A batch is all
 * or nothing; a batch id imported before is skipped. Imports publish no events: they bring in
 * history, not news. Imported offers are not checked against the duration rules.
 */
public interface PlanImport {

	/** @return the plans plus offers imported, 0 when the batch was imported before */
	int importBatch(String batchId, List<ImportedPlan> plans, List<ImportedOffer> offers);

}
