package dk.jobvej.cv;

import java.util.List;
import java.util.Optional;

/** The occupation list Jobvej ships (see {@code cv/occupations.csv} for its source). */
public interface Occupations {

	/** Every occupation, by Danish title. */
	List<Occupation> all();

	Optional<Occupation> byCode(String code);

}
