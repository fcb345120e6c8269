package dk.jobvej.citizen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;
import dk.jobvej.testing.CprGenerator;
import dk.jobvej.testing.TestOrganisation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bulk import: all or nothing per batch, and a batch id imported once only. */
@JobvejIntegrationTest
class CitizenImportTests {

	private static final int MUNICIPALITY = TestOrganisation.AALBORG;

	@Autowired
	CitizenImport citizenImport;

	@Autowired
	Administration administration;

	@Autowired
	JdbcClient jdbc;

	private final long seed = System.nanoTime();

	private final CprGenerator cprs = new CprGenerator(new Random(seed));

	private UnitId unit;

	private StaffId caseworker;

	@BeforeEach
	void organisation() {
		var organisation = new TestOrganisation(administration);
		unit = organisation.unit("Import", MUNICIPALITY);
		caseworker = organisation.hire(unit, Role.CASEWORKER).id();
	}

	@Test
	void importsCitizensWithTheirBenefitPeriodsAndVisitationHistory() {
		var batch = List.of(citizen(), citizen(), citizen());

		var imported = citizenImport.importBatch("batch-" + UUID.randomUUID(), batch);

		assertThat(imported).isEqualTo(3);
		var ids = batch.stream().map(c -> c.id().value()).toList();
		assertThat(count("citizen.citizen", ids)).isEqualTo(3);
		assertThat(count("citizen.benefit_period", ids)).isEqualTo(6);
		assertThat(count("citizen.visitation_decision", ids)).isEqualTo(6);
		var history = jdbc.sql("select category from citizen.visitation_decision where citizen = ? order by position")
			.param(batch.getFirst().id().value())
			.query(String.class)
			.list();
		assertThat(history).as("oldest decision first").containsExactly("AKTIVITETSPARAT", "JOBPARAT");
		assertThat(citizenImport.hasCitizens(MUNICIPALITY)).isTrue();
	}

	@Test
	void importingTheSameBatchAgainChangesNothing() {
		var batchId = "batch-" + UUID.randomUUID();
		var batch = List.of(citizen(), citizen());
		citizenImport.importBatch(batchId, batch);

		var again = citizenImport.importBatch(batchId, batch);

		assertThat(again).isZero();
		var ids = batch.stream().map(c -> c.id().value()).toList();
		assertThat(count("citizen.citizen", ids)).isEqualTo(2);
		assertThat(count("citizen.benefit_period", ids)).isEqualTo(4);
		assertThat(jdbc.sql("select count from citizen.import_batch where batch_id = ?")
			.param(batchId)
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aBatchThatFailsLeavesNothingBehindAndCanBeRunAgain() {
		var batchId = "batch-" + UUID.randomUUID();
		var good = citizen();
		var tooLongName = new ImportedCitizen(new CitizenId(UUID.randomUUID()), cprs.adult(LocalDate.now()),
				"x".repeat(101), "Jensen", new Address("Vesterbro 1", "9000", "Aalborg"), MUNICIPALITY, unit, caseworker,
				List.of(), List.of());

		assertThatThrownBy(() -> citizenImport.importBatch(batchId, List.of(good, tooLongName)))
			.isInstanceOf(DataAccessException.class)
			.hasMessageNotContaining(tooLongName.cpr().value());

		var ids = List.of(good.id().value(), tooLongName.id().value());
		assertThat(count("citizen.citizen", ids)).isZero();
		assertThat(count("citizen.benefit_period", ids)).isZero();
		assertThat(count("citizen.visitation_decision", ids)).isZero();
		assertThat(citizenImport.importBatch(batchId, List.of(good))).as("the batch id is free again").isEqualTo(1);
	}

	@Test
	void aDuplicateCprFailsWithoutRevealingTheNumber() throws IOException {
		var first = citizen();
		citizenImport.importBatch("batch-" + UUID.randomUUID(), List.of(first));
		var twin = new ImportedCitizen(new CitizenId(UUID.randomUUID()), first.cpr(), "Anden", "Person",
				first.address(), MUNICIPALITY, unit, null, List.of(), List.of());

		assertThatThrownBy(() -> citizenImport.importBatch("batch-" + UUID.randomUUID(), List.of(twin)))
			.isInstanceOf(DataAccessException.class)
			.hasMessageNotContaining(first.cpr().value())
			.hasNoCause();
		assertThat(count("citizen.citizen", List.of(twin.id().value()))).isZero();
		assertThat(databaseServerLog()).as("the database server's log")
			.contains("duplicate key")
			.doesNotContain(first.cpr().value());
	}

	private String databaseServerLog() throws IOException {
		var directory = jdbc.sql("show data_directory").query(String.class).single();
		var file = jdbc.sql("select pg_current_logfile()").query(String.class).single();
		return Files.readString(Path.of(directory, file));
	}

	private ImportedCitizen citizen() {
		var today = LocalDate.now();
		var decided = Instant.parse("2024-03-01T09:00:00Z");
		return new ImportedCitizen(new CitizenId(UUID.randomUUID()), cprs.adult(today), "Ib \"Bette\"", "Ørnsø, Jensen",
				new Address("Boulevarden 1, 2. tv", "9000", "Aalborg"), MUNICIPALITY, unit, caseworker,
				List.of(new ImportedBenefitPeriod(BenefitType.SYGEDAGPENGE, LocalDate.of(2023, 1, 2),
						LocalDate.of(2023, 12, 31)),
						new ImportedBenefitPeriod(BenefitType.KONTANTHJAELP, LocalDate.of(2024, 1, 1), null)),
				new ArrayList<>(List.of(
						new ImportedVisitation(VisitationCategory.JOBPARAT, decided.plusSeconds(86_400), caseworker,
								"Klar til job efter forløb"),
						new ImportedVisitation(VisitationCategory.AKTIVITETSPARAT, decided, caseworker,
								"Første visitation"))));
	}

	private long count(String table, List<UUID> citizens) {
		var column = table.equals("citizen.citizen") ? "id" : "citizen";
		return jdbc.sql("select count(*) from " + table + " where " + column + " = any(?)")
			.param(citizens.toArray(UUID[]::new))
			.query(Long.class)
			.single();
	}

}
