package dk.jobvej.matching;

import java.util.List;

import dk.jobvej.citizen.CitizenId;

/**
 * Concrete jobs for a citizen, ranked, for the conversations of the contact course ("konkrete job
 * i samtalen", seed 003). The citizen is opened through need-to-know and the read is audited.
 */
public interface JobSuggestions {

	List<Suggestion> vacanciesFor(CitizenId citizen, int limit);

}
