package dk.jobvej.employer.internal;

import java.util.List;

import dk.jobvej.employer.VacancyFacts;

import org.springframework.stereotype.Component;

/** The vacancy lists of the pages and API. */
@Component
public class VacancyQueries {

	private final EmployerQueries queries;

	VacancyQueries(EmployerQueries queries) {
		this.queries = queries;
	}

	/** The open vacancies of the municipality, newest first. */
	public List<VacancyFacts> open(int municipalityCode, int limit) {
		return queries.open(municipalityCode, limit);
	}

}
