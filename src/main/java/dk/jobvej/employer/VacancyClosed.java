package dk.jobvej.employer;

/** A vacancy was filled or closed: no more candidates for it. */
public record VacancyClosed(VacancyId vacancy, VacancyStatus status, int municipalityCode) {
}
