package dk.jobvej.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.CprGenerator;
import dk.jobvej.testing.TestLogs;
import dk.jobvej.testing.TestOrganisation;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No CPR number in any log line written during the test run: the suite's own log
 * ({@code target/test-logs/jobvej.log}), the logs of the Jobvej processes that tests start, and the
 * embedded PostgreSQL's log files. A CPR-shaped string is ten digits, or six and four with a dash,
 * standing alone (not inside a longer number, word or id), whose first six digits are a date.
 *
 * <p>Runs after every other test class ({@link Order} with the class orderer of
 * {@code junit-platform.properties}), so that it reads what all of them wrote, the hostile input
 * test's invalid CPR numbers included. Alone, it still provokes the usual suspects itself: a
 * registration, a duplicate CPR number, a search by CPR number and a malformed one.
 */
@JobvejIntegrationTest
@Order(Integer.MAX_VALUE)
class PersonalDataInLogsTests {

	static final Pattern CPR = Pattern.compile("(?<![\\w-])(\\d{2})(\\d{2})(\\d{2})-?(\\d{4})(?![\\w-])");

	private static final Pattern TIMESTAMP = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d+(Z|[+-]\\d{2}:\\d{2}))\\s.*");

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	JdbcClient jdbc;

	@Test
	void noLogLineOfTheTestRunHoldsACprNumber() throws IOException {
		provokeLogging();
		var found = new ArrayList<String>();
		try (var files = Files.list(TestLogs.directory())) {
			for (var file : files.filter(f -> f.toString().endsWith(".log")).toList()) {
				scan(file, true, found);
			}
		}
		for (var file : databaseLogs()) {
			scan(file, false, found);
		}
		assertThat(found).as("CPR-shaped strings in the logs (digits masked)").isEmpty();
	}

	@Test
	void thePatternFindsCprNumbersAndNothingElse() {
		assertThat(Stream.of("cpr=0101801234", "CPR 010180-1234 given", "'3112991234'"))
			.allMatch(line -> cprIn(line) != null);
		assertThat(Stream.of("id 6bec1cd7-90fe-40bd-ba59-b363d1fd8981", "a0101851-2345-4bcd", "port 54333",
				"epoch 17322635771234", "ms=12345678901", "3213991234", "0113991234", "x0101801234"))
			.allMatch(line -> cprIn(line) == null);
	}

	/** A registration, a duplicate CPR number and searches, so that there is something to find. */
	private void provokeLogging() {
		var organisation = new TestOrganisation(administration);
		var unit = organisation.unit("Loghuset");
		var caseworker = organisation.hire(unit, Role.CASEWORKER);
		var api = ApiClient.at(port).as(caseworker);
		var cpr = new CprGenerator(new Random()).adult(LocalDate.now()).formatted();
		var citizen = Map.of("cpr", cpr, "givenName", "Lone", "familyName", "Logfri", "unit", unit.toString());
		assertThat(api.post("/api/v1/citizens", citizen).status()).isEqualTo(201);
		assertThat(api.post("/api/v1/citizens", citizen).status()).isBetween(400, 499);
		assertThat(api.post("/api/v1/citizens/search", Map.of("cpr", cpr)).status()).isEqualTo(200);
		assertThat(api.post("/api/v1/citizens/search", Map.of("cpr", cpr.replace("-", "") + "9")).status())
			.isBetween(400, 499);
		assertThat(api.get("/api/v1/citizens/" + cpr.replace("-", "")).status()).isBetween(400, 499);
	}

	/** The current PostgreSQL's log files (its data directory is the test run's own). */
	private List<Path> databaseLogs() throws IOException {
		var directory = Path.of(jdbc.sql("show data_directory").query(String.class).single(), "log");
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (var files = Files.list(directory)) {
			return files.toList();
		}
	}

	/**
	 * The file's lines from this test run: with {@code sinceRunStart}, those after a timestamp of
	 * the run (a line without one, such as a stack trace, belongs to the entry above it).
	 */
	private static void scan(Path file, boolean sinceRunStart, List<String> found) throws IOException {
		var started = TestLogs.runStarted();
		var current = !sinceRunStart;
		var number = 0;
		for (var line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			number++;
			var stamp = TIMESTAMP.matcher(line);
			if (sinceRunStart && stamp.matches()) {
				current = !OffsetDateTime.parse(stamp.group(1)).toInstant().isBefore(started.minusSeconds(1));
			}
			var cpr = current ? cprIn(line) : null;
			if (cpr != null) {
				found.add(file.getFileName() + ":" + number + ": " + line.replaceAll("\\d", "#"));
			}
		}
	}

	/** The first CPR-shaped string of the line: ten digits whose first six are a date. */
	static String cprIn(String line) {
		var matcher = CPR.matcher(line);
		while (matcher.find()) {
			try {
				LocalDate.of(1900 + Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(2)),
						Integer.parseInt(matcher.group(1)));
				return matcher.group();
			}
			catch (DateTimeException notADate) {
				// ten digits, but not a birth date
			}
		}
		return null;
	}

}
