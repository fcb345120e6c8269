package dk.jobvej.cv;

import java.util.List;
import java.util.Optional;

/** The occupations job goals and experience are tied to: the unit groups of the occupation module's taxonomy. */
public interface Occupations {

	/** Every occupation, by Danish title. */
	List<Occupation> all();

	Optional<Occupation> byCode(String code);

}
