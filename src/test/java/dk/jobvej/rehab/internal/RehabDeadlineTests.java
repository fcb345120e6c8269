package dk.jobvej.rehab.internal;

import java.time.LocalDate;
import java.util.List;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenHistory.Benefit;
import dk.jobvej.rehab.CourseType;
import dk.jobvej.rehab.DocumentKind;
import dk.jobvej.rehab.RehabCaseType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dk.jobvej.rehab.DocumentKind.FORBEREDENDE_DEL;
import static dk.jobvej.rehab.DocumentKind.HELBREDSOPLYSNINGER;
import static dk.jobvej.rehab.DocumentKind.LAEGEATTEST_LAE265;
import static dk.jobvej.rehab.DocumentKind.SAMLET_BESKRIVELSE;
import static dk.jobvej.rehab.DocumentKind.SUNDHEDSKOORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadlines of the rehabilitation module with dates worked out by hand, from the rules the
 * migration ships. A case keeps the rules of the day it arose unless a later rule switches running
 * cases; the 2026 reform (1 Jul 2026, U) switches them.
 */
class RehabDeadlineTests {

	private final RehabRules rules = MigrationRules.rules();

	@ParameterizedTest(name = "{0} arisen {1}, asked {2}: deadline {3}")
	@CsvSource({
			// first job-clarification course: 4 weeks after the transition (S), gone with the team in 2026
			"JOBAFKLARING_FOERSTE, 2024-03-04, 2024-03-10, 2024-04-01",
			"JOBAFKLARING_FOERSTE, 2024-03-04, 2024-05-01, 2024-04-01",
			"JOBAFKLARING_FOERSTE, 2026-06-15, 2026-06-20, 2026-07-13",
			"JOBAFKLARING_FOERSTE, 2026-06-15, 2026-06-30, 2026-07-13",
			"JOBAFKLARING_FOERSTE, 2026-06-15, 2026-07-01, ",
			"JOBAFKLARING_FOERSTE, 2026-07-01, 2026-07-02, ",
			"JOBAFKLARING_FOERSTE, 2014-06-30, 2014-07-15, ",
			"JOBAFKLARING_FOERSTE, 2014-07-01, 2014-07-01, 2014-07-29",
			// category 3: 4 weeks after the visitation; cases visited in 2024 keep it into 2025
			"SYGEDAGPENGE_KATEGORI_3, 2024-12-20, 2025-01-10, 2025-01-17",
			"SYGEDAGPENGE_KATEGORI_3, 2024-12-20, 2026-06-30, 2025-01-17",
			"SYGEDAGPENGE_KATEGORI_3, 2024-12-20, 2026-07-01, ",
			"SYGEDAGPENGE_KATEGORI_3, 2025-02-03, 2025-02-03, ",
			// no deadline in the law for the others
			"FLEKSJOB, 2025-05-01, 2025-05-02, ",
			"RESSOURCEFORLOEB_GENFORELAEGGELSE, 2024-05-01, 2024-05-02, " })
	void theTeamsDeadline(RehabCaseType type, LocalDate arisen, LocalDate asked, LocalDate expected) {
		assertThat(rules.deadline(type, arisen, asked).orElse(null)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} arisen {1}, asked {2}: team {3}")
	@CsvSource({ "FLEKSJOB, 2026-05-01, 2026-06-30, true", "FLEKSJOB, 2026-05-01, 2026-07-01, false",
			"FLEKSJOB, 2026-11-22, 2026-11-22, false", "FOERTIDSPENSION, 2019-03-01, 2019-04-01, true",
			"SYGEDAGPENGE_KATEGORI_3, 2024-11-01, 2025-06-01, true",
			"SYGEDAGPENGE_KATEGORI_3, 2025-01-02, 2025-01-02, false",
			"SYGEDAGPENGE_KATEGORI_3, 2024-11-01, 2026-07-01, false",
			"RESSOURCEFORLOEB_GENFORELAEGGELSE, 2021-12-31, 2022-03-01, false",
			"RESSOURCEFORLOEB_GENFORELAEGGELSE, 2022-07-10, 2022-08-01, true",
			"JOBAFKLARING_FORLAENGELSE, 2026-06-30, 2026-06-30, true" })
	void whetherTheCaseGoesToTheTeam(RehabCaseType type, LocalDate arisen, LocalDate asked, boolean expected) {
		assertThat(rules.teamRequired(type, arisen, asked)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} on {1}: new cases {2}")
	@CsvSource({ "RESSOURCEFORLOEB, 2026-06-30, true", "RESSOURCEFORLOEB, 2026-07-01, false",
			"SYGEDAGPENGE_KATEGORI_3, 2024-12-31, true", "SYGEDAGPENGE_KATEGORI_3, 2025-01-01, false",
			"FLEKSJOB, 2026-11-22, true", "JOBAFKLARING_FOERSTE, 2026-11-22, false",
			"RESSOURCEFORLOEB_GENFORELAEGGELSE, 2026-11-22, true" })
	void whichNewCasesMayArise(RehabCaseType type, LocalDate day, boolean expected) {
		assertThat(rules.newCasesAllowed(type, day)).isEqualTo(expected);
	}

	@org.junit.jupiter.api.Test
	void aFlexjobCaseNeedsTheRehabilitationPlanBeforeTheReformAndTheHealthAdviceAfter() {
		var arisen = LocalDate.of(2026, 5, 1);

		assertThat(rules.requiredDocuments(RehabCaseType.FLEKSJOB, arisen, LocalDate.of(2026, 6, 1)))
			.containsExactly(FORBEREDENDE_DEL, HELBREDSOPLYSNINGER, LAEGEATTEST_LAE265);
		assertThat(rules.requiredDocuments(RehabCaseType.FLEKSJOB, arisen, LocalDate.of(2026, 7, 1)))
			.containsExactly(SAMLET_BESKRIVELSE, SUNDHEDSKOORDINATOR);
		assertThat(rules.requiredDocuments(RehabCaseType.RESSOURCEFORLOEB, arisen, LocalDate.of(2026, 8, 1)))
			.as("a resource course begun before the reform is completed on its rules")
			.containsExactly(FORBEREDENDE_DEL, HELBREDSOPLYSNINGER, LAEGEATTEST_LAE265);
		assertThat(rules.requiredDocuments(RehabCaseType.JOBAFKLARING_FOERSTE, LocalDate.of(2025, 3, 3),
				LocalDate.of(2025, 3, 4)))
			.as("the GP certificate is for flexjob, resource course and disability pension only")
			.doesNotContain(DocumentKind.LAEGEATTEST_LAE265);
	}

	@ParameterizedTest(name = "{0} from {1}: longest grant to {2}, shortest to {3}")
	@CsvSource({ "JAF, 2025-03-10, 2027-03-09, ", "JAF, 2024-02-29, 2026-02-28, ", "RF, 2024-02-29, 2029-02-28, 2025-02-28",
			"RF, 2023-01-31, 2028-01-30, 2024-01-30" })
	void courseGrants(CourseType type, LocalDate start, LocalDate latest, LocalDate earliest) {
		var today = LocalDate.of(2026, 11, 22);
		assertThat(rules.latestGrant(type, start, today).orElse(null)).isEqualTo(latest);
		assertThat(rules.earliestGrant(type, start, today).orElse(null)).isEqualTo(earliest);
	}

	@ParameterizedTest(name = "resource course from {0}, asked {1}: back after no effort on {2}")
	@CsvSource({ "2022-01-10, 2022-03-01, 2022-07-10", "2025-08-31, 2026-11-22, 2026-02-28",
			"2021-12-01, 2022-08-01, ", "2026-06-30, 2026-11-22, 2026-12-30" })
	void aResourceCourseWithNoEffortGoesBackAfterSixMonths(LocalDate start, LocalDate asked, LocalDate expected) {
		assertThat(rules.noEffortReview(CourseType.RF, start, asked).orElse(null)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "sickness benefit paid {0}: reassessment at {1}")
	@CsvSource(delimiter = '|', value = { "2026-01-05..         | 2026-06-30",
			"2025-10-20..2025-12-31, 2026-02-01.. | 2026-04-30",
			"2025-01-01..2025-04-30, 2025-11-01.. | 2026-04-30", "2026-03-02..2026-06-01 | " })
	void theReassessmentPointFallsAtAMonthEnd(String paid, LocalDate expected) {
		assertThat(ReassessmentPoint.of(periods(paid), 22, 9, LocalDate.of(2028, 1, 1)).orElse(null))
			.isEqualTo(expected);
	}

	static List<Benefit> periods(String text) {
		return java.util.Arrays.stream(text.split(","))
			.map(String::strip)
			.map(part -> part.split("\\.\\."))
			.map(days -> new Benefit(BenefitType.SYGEDAGPENGE, LocalDate.parse(days[0]),
					days.length < 2 || days[1].isBlank() ? null : LocalDate.parse(days[1])))
			.toList();
	}

}
