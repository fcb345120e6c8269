package dk.jobvej.faults;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.ChildJobvej;
import dk.jobvej.testing.CprGenerator;
import dk.jobvej.testing.PageClient;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stopped while staff work, then started again. A page answers 503 with the Danish
 * "Prøv igen om lidt" page, the API 503 with a problem detail, both with {@code Retry-After}, a
 * login the message that the login cannot be checked now (or, when only recording the sign-in
 * failed, the "Prøv igen om lidt" page); never a 500, and no request hangs for
 * longer than the pool's connection timeout allows. Nothing is half-written: every journal note
 * that was acknowledged is stored, every stored note was sent and has its audit entry, and the
 * audit chain is intact. When the database is back, Jobvej recovers by itself.
 *
 * <p>The outage lasts {@code jobvej.faults.outage-seconds} (10 s here; the benchmark command runs
 * it with the 30 s of the requirement: {@code bench/run.sh}). Jobvej runs in a JVM of its own with
 * its own database ({@link ChildJobvej}), which the test stops with {@code pg_ctl}.
 */
class DatabaseOutageTests {

	private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("jobvej.faults.outage-seconds", 10));

	/**
	 * The pool waits 3 s for a connection (its default would be 30 s); a request may take longer
	 * than that on a busy machine, but never as long as the default.
	 */
	private static final Duration SLOWEST_ANSWER = Duration.ofSeconds(15);

	private static final Duration RECOVERY = Duration.ofSeconds(10);

	private final long seed = System.nanoTime();

	@TempDir
	Path data;

	/** One request and its answer; {@code ok} for a success, {@code unavailable} for a proper 503. */
	record Outcome(String what, Instant at, Duration took, boolean ok, boolean unavailable, String answer) {

		boolean expected() {
			return ok || unavailable;
		}

	}

	@Test
	void staffGetTryAgainWhileTheDatabaseIsDownAndJobvejRecoversByItself() throws Exception {
		try (var jobvej = ChildJobvej.start("database-outage", data, List.of())) {
			var api = ApiClient.at(jobvej.port()).as("raadgiver", "demo");
			var citizen = register(api);
			var page = new PageClient(jobvej.url(""));
			assertThat(page.login("raadgiver", "demo").location()).doesNotContain("error");

			var outcomes = new ConcurrentLinkedQueue<Outcome>();
			Set<String> acknowledged = ConcurrentHashMap.newKeySet();
			var running = new AtomicBoolean(true);
			var sent = new AtomicInteger();
			var workers = List.of(
					Thread.ofVirtual().start(() -> work(running, outcomes, () -> pageRound(page, citizen, sent, acknowledged))),
					Thread.ofVirtual().start(() -> work(running, outcomes, () -> apiRound(api, citizen, sent, acknowledged))),
					Thread.ofVirtual().start(() -> work(running, outcomes, () -> loginRound(jobvej))));

			Thread.sleep(3_000);
			var down = Instant.now();
			jobvej.database().stop();
			Thread.sleep(OUTAGE);
			jobvej.database().start();
			var up = Instant.now();
			Thread.sleep(RECOVERY.toMillis());
			running.set(false);
			for (var worker : workers) {
				worker.join();
			}

			var all = new ArrayList<>(outcomes);
			assertThat(all).as("answers other than success or a proper 503").filteredOn(o -> !o.expected()).isEmpty();
			assertThat(all).as("answers slower than %s", SLOWEST_ANSWER)
				.filteredOn(o -> o.took().compareTo(SLOWEST_ANSWER) > 0)
				.isEmpty();
			var during = all.stream().filter(o -> o.at().isAfter(down.plusSeconds(1)) && o.at().isBefore(up)).toList();
			for (var what : List.of("page", "api", "login")) {
				assertThat(during).as("%s answered 'try again' during the outage", what)
					.anyMatch(o -> o.what().startsWith(what) && o.unavailable());
			}
			var recovered = up.plus(Duration.ofSeconds(5));
			var after = all.stream().filter(o -> o.at().isAfter(recovered)).toList();
			assertThat(after).as("requests after the database came back").isNotEmpty().allMatch(Outcome::ok);

			try (var db = jobvej.connect()) {
				var stored = notes(db, citizen);
				assertThat(stored).as("acknowledged notes are stored").containsAll(acknowledged);
				assertThat(stored).as("stored notes were sent, once each")
					.allMatch(text -> text.matches("(side|api)-\\d+"))
					.doesNotHaveDuplicates();
				assertThat(count(db, "select count(*) from audit.entry where subject = 'citizen/" + citizen
						+ "' and action = 'CREATE' and what = 'journal-note'"))
					.as("one audit entry per stored note")
					.isEqualTo(stored.size());
			}
			var verification = ApiClient.at(jobvej.port()).as("revisor", "demo").post("/api/v1/audit/verification", null);
			assertThat(verification.json().path("intact").asBoolean()).as("%s", verification).isTrue();
		}
	}

	private static void work(AtomicBoolean running, ConcurrentLinkedQueue<Outcome> outcomes,
			Supplier<List<Outcome>> round) {
		while (running.get()) {
			outcomes.addAll(round.get());
			try {
				Thread.sleep(150);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private static List<Outcome> pageRound(PageClient page, UUID citizen, AtomicInteger sent, Set<String> acknowledged) {
		var outcomes = new ArrayList<Outcome>();
		outcomes.add(timed("page GET", () -> {
			var answer = page.get("/borgere/" + citizen);
			return outcome("page GET", answer.status() == 200 && answer.body().contains("Outage"),
					unavailablePage(answer), answer.status() + " " + answer.headers().map());
		}));
		var text = "side-" + sent.incrementAndGet();
		outcomes.add(timed("page note", () -> {
			var answer = page.post("/borgere/" + citizen + "/journal", Map.of("text", text));
			var ok = answer.status() == 302 && answer.location().endsWith("/borgere/" + citizen);
			if (ok) {
				acknowledged.add(text);
			}
			return outcome("page note", ok, unavailablePage(answer), answer.status() + " " + answer.headers().map());
		}));
		return outcomes;
	}

	private static boolean unavailablePage(PageClient.Page answer) {
		return answer.status() == 503 && answer.body().contains("Prøv igen om lidt")
				&& answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html")
				&& answer.headers().firstValue("Retry-After").isPresent();
	}

	private static List<Outcome> apiRound(ApiClient api, UUID citizen, AtomicInteger sent, Set<String> acknowledged) {
		var outcomes = new ArrayList<Outcome>();
		outcomes.add(timed("api GET", () -> {
			var answer = api.get("/api/v1/citizens/" + citizen);
			return outcome("api GET", answer.status() == 200, unavailableProblem(answer), answer.toString());
		}));
		var text = "api-" + sent.incrementAndGet();
		outcomes.add(timed("api note", () -> {
			var answer = api.post("/api/v1/citizens/" + citizen + "/journal", Map.of("text", text));
			if (answer.status() == 201) {
				acknowledged.add(text);
			}
			return outcome("api note", answer.status() == 201, unavailableProblem(answer), answer.toString());
		}));
		return outcomes;
	}

	private static boolean unavailableProblem(ApiClient.Response answer) {
		return answer.status() == 503
				&& answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
				&& answer.json().path("title").asString().equals("Prøv igen om lidt")
				&& answer.headers().firstValue("Retry-After").isPresent();
	}

	private static List<Outcome> loginRound(ChildJobvej jobvej) {
		return List.of(timed("login", () -> {
			var client = new PageClient(jobvej.url(""));
			var answer = client.login("raadgiver", "demo");
			var location = answer.isRedirect() ? answer.location() : "";
			// the staff register could not be read (the form says so), or the sign-in itself could
			// not be recorded (the "try again" page)
			var unavailable = location.endsWith("/login?unavailable")
					&& client.get(location).body().contains("Jobvej kan ikke kontrollere dit login lige nu")
					|| unavailablePage(answer);
			return outcome("login", answer.isRedirect() && !location.contains("/login"), unavailable,
					answer.status() + " " + location);
		}));
	}

	private static Outcome outcome(String what, boolean ok, boolean unavailable, String answer) {
		return new Outcome(what, Instant.now(), Duration.ZERO, ok, unavailable, answer);
	}

	/** Runs a request; an I/O failure (no answer at all) counts as unexpected. */
	private static Outcome timed(String what, Supplier<Outcome> request) {
		var start = Instant.now();
		Outcome outcome;
		try {
			outcome = request.get();
		}
		catch (RuntimeException ex) {
			outcome = new Outcome(what, start, Duration.ZERO, false, false, ex.toString());
		}
		return new Outcome(what, start, Duration.between(start, Instant.now()), outcome.ok(), outcome.unavailable(),
				outcome.answer());
	}

	private UUID register(ApiClient caseworker) {
		String unit = null;
		for (var candidate : caseworker.get("/api/v1/units").json()) {
			if (candidate.path("name").asString().equals("Job- og Aktivhuset")) {
				unit = candidate.path("id").asString();
			}
		}
		var cpr = new CprGenerator(new Random(seed)).adult(LocalDate.now()).formatted();
		var created = caseworker.post("/api/v1/citizens",
				Map.of("cpr", cpr, "givenName", "Ole", "familyName", "Outage", "unit", String.valueOf(unit)));
		assertThat(created.status()).as("seed %d: %s", seed, created).isEqualTo(201);
		return UUID.fromString(created.json().path("id").asString());
	}

	private static List<String> notes(Connection db, UUID citizen) throws SQLException {
		var texts = new ArrayList<String>();
		try (var statement = db.prepareStatement("select text from citizen.journal_note where citizen = ?")) {
			statement.setObject(1, citizen);
			try (var rows = statement.executeQuery()) {
				while (rows.next()) {
					texts.add(rows.getString(1));
				}
			}
		}
		return texts;
	}

	private static long count(Connection db, String sql) throws SQLException {
		try (var rows = db.createStatement().executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
