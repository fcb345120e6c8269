package dk.jobvej.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.CprGenerator;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.TestOrganisation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented backup and restore ({@code ops/backup.sh}, {@code ops/restore.sh}) on the test
 * suite's database: a {@code pg_dump}, restored into a new database, holds every table with the
 * same rows (count and content) and the same sequence values, and the audit chain ends in the same
 * hash. The scripts' own summaries ({@code ops/db-summary.sh}) agree, too.
 */
@JobvejIntegrationTest
class BackupRestoreTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Administration administration;

	@Test
	void aRestoredBackupHoldsTheSameRowsAndTheSameAuditChainHead() throws Exception {
		someActivity();
		var databasePort = jdbc.sql("select inet_server_port()").query(Integer.class).single();
		var file = Path.of("target", "backup-test", Fresh.name("jobvej-") + ".dump").toAbsolutePath();
		var restored = Fresh.name("restored_");
		var before = contents("postgres", databasePort);

		var backup = run(databasePort, "ops/backup.sh", file.toString());
		assertThat(contents("postgres", databasePort)).as("nothing changed while the backup ran").isEqualTo(before);
		var restore = run(databasePort, "ops/restore.sh", file.toString(), restored);
		try {
			var after = contents(restored, databasePort);
			assertThat(after.keySet()).as("tables and sequences").containsExactlyElementsOf(before.keySet());
			assertThat(after).as("rows and sequence values").isEqualTo(before);
			assertThat(headHash(restored, databasePort)).as("the audit chain's head")
				.isEqualTo(headHash("postgres", databasePort))
				.isNotBlank();
			assertThat(summary(restore)).as("the scripts' summaries").isEqualTo(summary(backup)).isNotEmpty();
		}
		finally {
			jdbc.sql("drop database if exists " + restored + " with (force)").update();
			Files.deleteIfExists(file);
		}
	}

	/** A citizen with a journal note, so that every module's tables have rows. */
	private void someActivity() {
		var organisation = new TestOrganisation(administration);
		var unit = organisation.unit("Backuphuset");
		var caseworker = organisation.hire(unit, Role.CASEWORKER);
		var api = ApiClient.at(port).as(caseworker);
		var citizen = api.post("/api/v1/citizens",
				Map.of("cpr", new CprGenerator(new Random()).adult(LocalDate.now()).formatted(), "givenName", "Bent",
						"familyName", "Backup", "unit", unit.toString()));
		assertThat(citizen.status()).as("%s", citizen).isEqualTo(201);
		var note = api.post("/api/v1/citizens/" + citizen.json().path("id").asString() + "/journal",
				Map.of("text", "Før sikkerhedskopien"));
		assertThat(note.status()).as("%s", note).isEqualTo(201);
	}

	/**
	 * Every table of the database with its row count and a digest of its rows, and every sequence
	 * with its value.
	 */
	private static Map<String, String> contents(String database, int port) throws SQLException {
		var contents = new TreeMap<String, String>();
		try (var db = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, "postgres",
				"postgres")) {
			var tables = new ArrayList<String>();
			try (var rows = db.createStatement().executeQuery("""
					select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables
					where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')""")) {
				while (rows.next()) {
					tables.add(rows.getString(1));
				}
			}
			for (var table : tables) {
				try (var rows = db.createStatement().executeQuery("select count(*) || ' rows, digest ' || "
						+ "coalesce(md5(string_agg(t::text, '|' order by t::text)), '-') from " + table + " t")) {
					rows.next();
					contents.put(table, rows.getString(1));
				}
			}
			try (var rows = db.createStatement().executeQuery("""
					select schemaname || '.' || sequencename, coalesce(last_value, 0) from pg_sequences""")) {
				while (rows.next()) {
					contents.put("sequence " + rows.getString(1), String.valueOf(rows.getLong(2)));
				}
			}
		}
		return contents;
	}

	private static String headHash(String database, int port) throws SQLException {
		try (var db = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, "postgres",
				"postgres");
				var rows = db.createStatement()
					.executeQuery("select hash from audit.entry order by sequence desc limit 1")) {
			rows.next();
			return rows.getString(1);
		}
	}

	/** The summary lines a script printed (row counts and the audit head). */
	private static List<String> summary(String output) {
		return output.lines().filter(line -> line.startsWith("rows ") || line.startsWith("audit-head ")).toList();
	}

	/** Runs one of the ops scripts against the test database; answers its output. */
	private static String run(int databasePort, String... command) throws IOException, InterruptedException {
		var builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment()
			.putAll(Map.of("PGHOST", "localhost", "PGPORT", String.valueOf(databasePort), "PGUSER", "postgres",
					"PGPASSWORD", "postgres", "PGDATABASE", "postgres"));
		var process = builder.start();
		var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as("%s:%n%s", String.join(" ", command), output).isZero();
		return output;
	}

}
