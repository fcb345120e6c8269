package dk.jobvej.cv;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.testing.Fresh;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The candidate bank the employer and matching modules will search: CVs by occupation (job goal
 * or experience), skill, education, driving licence, hours and commuting distance, in one
 * municipality; and the bulk import that fills it, which skips a batch imported before.
 */
@JobvejIntegrationTest
class CvSearchTests {

	@Autowired
	CvImport imports;

	@Autowired
	CvSearch search;

	private int municipality;

	private CitizenId warehouse;

	private CitizenId nurse;

	private CitizenId partial;

	@BeforeEach
	void threeCvsInAMunicipalityOfTheirOwn() {
		municipality = Fresh.municipality();
		warehouse = new CitizenId(UUID.randomUUID());
		nurse = new CitizenId(UUID.randomUUID());
		partial = new CitizenId(UUID.randomUUID());
		var count = imports.importBatch(Fresh.name("cv-test-"), List.of(
				cv(warehouse, List.of("9333"), List.of(new ImportedCv.Experience("8344", "Truckfører", "Berendsen",
						YearMonth.of(2018, 1), YearMonth.of(2022, 6))), EducationLevel.KURSUS, Set.of(DrivingLicence.B,
								DrivingLicence.C), 37, 40, List.of("Truckkørsel", "Lagerstyring")),
				cv(nurse, List.of("2221"), List.of(), EducationLevel.MELLEMLANG_VIDEREGAAENDE, Set.of(), 30, 15,
						List.of("Omsorg")),
				new ImportedCv(partial, municipality, null, List.of(), List.of(), List.of("Truckkørsel"), List.of(), false,
						Set.of(), null, null, List.of(), List.of(new ImportedCv.JobGoal("9333", null)), Instant.now())));
		assertThat(count).isEqualTo(3);
	}

	@Test
	void searchesByOccupationAsJobGoalOrExperience() {
		assertThat(ids(new CvCriteria(municipality, Set.of("9333"), Set.of(), null, null, null, null, false, 10)))
			.containsExactlyInAnyOrder(warehouse, partial);
		assertThat(ids(new CvCriteria(municipality, Set.of("8344"), Set.of(), null, null, null, null, false, 10)))
			.containsExactly(warehouse);
		assertThat(ids(new CvCriteria(municipality, Set.of("9333"), Set.of(), null, null, null, null, true, 10)))
			.as("usable only").containsExactly(warehouse);
	}

	@Test
	void searchesBySkillEducationLicenceHoursAndDistance() {
		assertThat(ids(new CvCriteria(municipality, Set.of(), Set.of("truckkørsel"), null, null, null, null, false, 10)))
			.containsExactlyInAnyOrder(warehouse, partial);
		assertThat(ids(new CvCriteria(municipality, Set.of(), Set.of(), EducationLevel.ERHVERVSUDDANNELSE, null, null,
				null, false, 10))).containsExactly(nurse);
		assertThat(ids(new CvCriteria(municipality, Set.of(), Set.of(), null, DrivingLicence.C, null, null, false, 10)))
			.containsExactly(warehouse);
		assertThat(ids(new CvCriteria(municipality, Set.of(), Set.of(), null, null, 32, 20, false, 10)))
			.containsExactly(warehouse);
		assertThat(ids(CvCriteria.in(municipality, 2))).hasSize(2);
		assertThat(ids(CvCriteria.in(Fresh.municipality(), 10))).isEmpty();
	}

	@Test
	void aSnapshotCarriesWhatMatchingNeedsAndNoName() {
		var snapshot = search.snapshot(warehouse).orElseThrow();

		assertThat(snapshot.jobGoals()).extracting(Occupation::danish).containsExactly("Lagerarbejder");
		assertThat(snapshot.experiences().getFirst().months(YearMonth.of(2026, 1))).isEqualTo(54);
		assertThat(snapshot.usable()).isTrue();
		assertThat(snapshot.completeness()).as("seven of eight parts: no profile").isEqualTo(88);
		assertThat(search.snapshot(partial).orElseThrow().usable()).isFalse();
		var all = new java.util.ArrayList<CvSnapshot>();
		search.forEachSnapshot(municipality, all::add);
		assertThat(all).hasSize(3);
	}

	@Test
	void aBatchImportedBeforeIsSkippedAndACitizenWithACvIsRefusedWithTheWholeBatch() {
		var batch = Fresh.name("cv-again-");
		var one = new CitizenId(UUID.randomUUID());
		assertThat(imports.importBatch(batch, List.of(cv(one, List.of("5223"), List.of(), EducationLevel.GRUNDSKOLE,
				Set.of(), 20, 10, List.of("Kundeservice"))))).isEqualTo(1);
		assertThat(imports.importBatch(batch, List.of(cv(one, List.of("5223"), List.of(), EducationLevel.GRUNDSKOLE,
				Set.of(), 20, 10, List.of("Kundeservice"))))).isZero();

		var fresh = new CitizenId(UUID.randomUUID());
		assertThatThrownBy(() -> imports.importBatch(Fresh.name("cv-clash-"),
				List.of(cv(fresh, List.of("5223"), List.of(), EducationLevel.GRUNDSKOLE, Set.of(), 20, 10, List.of()),
						cv(one, List.of("5223"), List.of(), EducationLevel.GRUNDSKOLE, Set.of(), 20, 10, List.of()))))
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
		assertThat(search.snapshot(fresh)).as("nothing of the failed batch is left").isEmpty();
	}

	private List<CitizenId> ids(CvCriteria criteria) {
		return search.search(criteria).stream().map(CvSnapshot::citizen).toList();
	}

	private ImportedCv cv(CitizenId citizen, List<String> goals, List<ImportedCv.Experience> experiences,
			EducationLevel level, Set<DrivingLicence> licences, int hours, int km, List<String> skills) {
		return new ImportedCv(citizen, municipality, null,
				List.of(new ImportedCv.Education(level, "Uddannelse", null, 2000, LocalDate.now().getYear() - 5, true)),
				experiences, skills, List.of(new ImportedCv.Language("da", LanguageLevel.MODERSMAAL)), true, licences,
				hours, km, List.of("04"), goals.stream().map(code -> new ImportedCv.JobGoal(code, null)).toList(),
				Instant.now());
	}

}
