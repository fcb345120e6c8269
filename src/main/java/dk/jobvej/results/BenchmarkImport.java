package dk.jobvej.results;

import java.util.UUID;

/** Loads the benchmark set that ships with Jobvej: seed 000's table of full-time persons, June 2018. */
public interface BenchmarkImport {

	/** Imports seed 000's table once; answers the set's id (the same on later calls). */
	UUID importSeed000();

}
