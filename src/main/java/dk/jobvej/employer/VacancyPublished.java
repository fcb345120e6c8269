package dk.jobvej.employer;

/** A vacancy (job, task or small task) was opened for candidates. */
public record VacancyPublished(VacancyFacts vacancy) {
}
