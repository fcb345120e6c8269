package dk.jobvej.programme;

import java.util.function.Consumer;

/**
 * Where the grant ledger and the status report read placements from. The programme module reads
 * the plan module's offers; a module with placements of its own (the employer module) adds a bean
 * of this type, and every source is read.
 */
public interface PlacementSource {

	void forEachPlacement(int municipalityCode, Consumer<Placement> each);

}
