package dk.jobvej.faults;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.ChildJobvej;
import dk.jobvej.testing.CprGenerator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Jobvej killed with SIGKILL, JVM and database alike (as a power cut would), in the middle of a
 * bulk import and while a listener of a domain event is in the middle of its work, then started
 * again on the same data:
 *
 * <ul>
 * <li>every import batch is there completely or not at all: the one that was being copied is
 * gone, and so is its batch id;</li>
 * <li>the import simply runs again: finished batches are skipped, the rest imported, and a third run
 * imports nothing;</li>
 * <li>no domain event is lost: the event publication registry hands every unfinished publication to
 * its listener again on start-up, and each is handled exactly once (the killed listener's work was
 * rolled back with its transaction);</li>
 * <li>every journal note the API acknowledged before the kill is there (the kept database is
 * durable), and the audit chain is intact.</li>
 * </ul>
 *
 * The Jobvej under test runs in a JVM of its own ({@link ChildJobvej}) with the {@link FaultProbe}.
 */
class CrashSafetyTests {

	private static final int BATCHES = 4;

	private static final int SIZE = 8_000;

	private static final int NOTES = 6;

	private final long seed = System.nanoTime();

	@TempDir
	Path data;

	@Test
	void aKilledJobvejShowsNoHalfBatchImportsAgainAndLosesNoEvent() throws Exception {
		UUID citizen;
		var acknowledged = new HashSet<UUID>();
		int batchesAtKill;
		try (var jobvej = ChildJobvej.start("crash-before-kill", data, List.of("fault-probe"),
				"--fault-probe.stall-listener=true")) {
			var caseworker = ApiClient.at(jobvej.port()).as("raadgiver", "demo");
			citizen = register(caseworker);
			for (var i = 0; i < NOTES; i++) {
				var note = caseworker.post("/api/v1/citizens/" + citizen + "/journal", Map.of("text", "Notat " + i));
				assertThat(note.status()).as("%s", note).isEqualTo(201);
				acknowledged.add(UUID.fromString(note.json().path("id").asString()));
			}
			try (var db = jobvej.connect()) {
				assertThat(setting(db, "fsync")).as("a kept database is durable").isEqualTo("on");
				assertThat(setting(db, "synchronous_commit")).isEqualTo("on");
				// each listener has written its row and holds its transaction open
				await().atMost(Duration.ofMinutes(2))
					.until(() -> count(db, "select count(*) from pg_stat_activity where state = 'idle in transaction'"
							+ " and query like 'insert into fault_probe.handled%'") == NOTES);
				assertThat(count(db, "select count(*) from event_publication where completion_date is null"))
					.isEqualTo(NOTES);

				Thread.ofVirtual().start(() -> {
					try {
						caseworker.post("/api/v1/fault-probe/imports", Map.of("batches", BATCHES, "size", SIZE));
					}
					catch (IllegalStateException killed) {
						// the answer never comes: the process is killed
					}
				});
				await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(5)).until(() -> count(db, """
						select count(*) from pg_stat_activity where state = 'active' and query like 'copy citizen.%'
						and exists (select 1 from citizen.import_batch where batch_id like 'fault-%')""") > 0);
				batchesAtKill = (int) count(db, "select count(*) from citizen.import_batch where batch_id like 'fault-%'");
				jobvej.kill();
			}
		}
		assertThat(batchesAtKill).as("seed %d: killed during a later batch", seed).isBetween(1, BATCHES - 1);

		try (var jobvej = ChildJobvej.start("crash-after-kill", data, List.of("fault-probe"));
				var db = jobvej.connect()) {
			var recorded = recordedBatches(db);
			assertThat(recorded).as("the batch being copied left no batch id").hasSize(batchesAtKill);
			assertEveryBatchWholeOrAbsent(db, recorded);
			assertThat(count(db, """
					select count(*) from citizen.benefit_period p join citizen.citizen c on c.id = p.citizen
					where c.family_name like 'Faultbatch%'""")).isEqualTo((long) SIZE * recorded.size());

			await().atMost(Duration.ofMinutes(3))
				.until(() -> count(db, "select count(*) from event_publication where completion_date is null") == 0);
			assertThat(handledNotes(db)).as("each event handled exactly once").hasSize(NOTES)
				.containsExactlyInAnyOrderElementsOf(acknowledged);

			var caseworker = ApiClient.at(jobvej.port()).as("raadgiver", "demo");
			var journal = caseworker.get("/api/v1/citizens/" + citizen + "/journal");
			var stored = new HashSet<UUID>();
			journal.json().forEach(note -> stored.add(UUID.fromString(note.path("id").asString())));
			assertThat(stored).as("acknowledged notes survive the crash").containsAll(acknowledged);

			var again = caseworker.post("/api/v1/fault-probe/imports", Map.of("batches", BATCHES, "size", SIZE));
			assertThat(again.status()).as("%s", again).isEqualTo(200);
			assertThat(again.json().path("skippedBatches").asInt()).isEqualTo(batchesAtKill);
			assertThat(again.json().path("imported").asInt()).isEqualTo((BATCHES - batchesAtKill) * SIZE);
			assertThat(recordedBatches(db)).hasSize(BATCHES);
			assertEveryBatchWholeOrAbsent(db, recordedBatches(db));

			var third = caseworker.post("/api/v1/fault-probe/imports", Map.of("batches", BATCHES, "size", SIZE));
			assertThat(third.json().path("imported").asInt()).isZero();
			assertThat(count(db, "select count(*) from citizen.citizen where family_name like 'Faultbatch%'"))
				.isEqualTo((long) BATCHES * SIZE);

			var verification = ApiClient.at(jobvej.port()).as("revisor", "demo").post("/api/v1/audit/verification", null);
			assertThat(verification.json().path("intact").asBoolean()).as("%s", verification).isTrue();
		}
	}

	private UUID register(ApiClient caseworker) {
		var units = caseworker.get("/api/v1/units").json();
		String unit = null;
		for (var candidate : units) {
			if (candidate.path("name").asString().equals("Job- og Aktivhuset")) {
				unit = candidate.path("id").asString();
			}
		}
		var cpr = new CprGenerator(new Random(seed)).adult(LocalDate.now()).formatted();
		var created = caseworker.post("/api/v1/citizens",
				Map.of("cpr", cpr, "givenName", "Karen", "familyName", "Crashtest", "unit", String.valueOf(unit)));
		assertThat(created.status()).as("seed %d: %s", seed, created).isEqualTo(201);
		return UUID.fromString(created.json().path("id").asString());
	}

	/** Each batch's citizens are all there when its batch id is recorded, and none are when it is not. */
	private static void assertEveryBatchWholeOrAbsent(Connection db, Set<Integer> recorded) throws SQLException {
		var perBatch = new HashMap<Integer, Long>();
		try (var rows = db.createStatement().executeQuery("""
				select substring(family_name from 11)::int, count(*) from citizen.citizen
				where family_name like 'Faultbatch%' group by 1""")) {
			while (rows.next()) {
				perBatch.put(rows.getInt(1), rows.getLong(2));
			}
		}
		for (var batch = 0; batch < BATCHES; batch++) {
			assertThat(perBatch.getOrDefault(batch, 0L)).as("citizens of batch %d", batch)
				.isEqualTo(recorded.contains(batch) ? SIZE : 0L);
		}
	}

	private static Set<Integer> recordedBatches(Connection db) throws SQLException {
		var batches = new HashSet<Integer>();
		try (var rows = db.createStatement()
			.executeQuery("select substring(batch_id from 7)::int from citizen.import_batch where batch_id like 'fault-%'")) {
			while (rows.next()) {
				batches.add(rows.getInt(1));
			}
		}
		return batches;
	}

	private static List<UUID> handledNotes(Connection db) throws SQLException {
		var notes = new ArrayList<UUID>();
		try (var rows = db.createStatement().executeQuery("select note from fault_probe.handled")) {
			while (rows.next()) {
				notes.add(rows.getObject(1, UUID.class));
			}
		}
		return notes;
	}

	private static String setting(Connection db, String name) throws SQLException {
		try (var rows = db.createStatement().executeQuery("show " + name)) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static long count(Connection db, String sql) throws SQLException {
		try (var rows = db.createStatement().executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
