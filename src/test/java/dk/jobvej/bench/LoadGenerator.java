package dk.jobvej.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP load test: {@code users} members of staff, each in a session of their own on a virtual
 * thread, work in the pages of a running Jobvej for {@code duration} seconds in the mix of
 * {@link LoadMix} (each begins with one of every step, even if that takes longer, then picks by
 * weight), with a random pause
 * between actions (uniform, {@code think} milliseconds on
 * average). Reports throughput, the 50th, 95th and 99th percentile and the worst of the time
 * each request took as the client saw it (and the server's own time from {@code Server-Timing}),
 * and every error, as a Markdown table.
 *
 * <p>The staff are caseworkers of the administrator's municipality (generated demo staff of
 * Aalborg, spread over the houses), and each works with the citizens of their own worklist.
 * Generated demo staff have no password; the generator gives each of them {@code password}
 * through the administration API first ({@code POST /api/v1/staff/{id}/password}, as the
 * administrator), so use it against demo data only.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/bench-classpath.txt) dk.jobvej.bench.LoadGenerator \
 *   --base http://localhost:8083 --users 100 --duration 300 --warmup 20 --think 1000 --out load.md
 * </pre>
 */
public final class LoadGenerator {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The settings of a run, from {@code --name value} arguments. */
	record Settings(String base, int users, Duration duration, Duration warmup, Duration think, String admin,
			String adminPassword, String password, long seed, Path out) {

		static Settings of(String... arguments) {
			var values = new LinkedHashMap<String, String>();
			for (var i = 0; i + 1 < arguments.length; i += 2) {
				values.put(arguments[i].replaceFirst("^--", ""), arguments[i + 1]);
			}
			return new Settings(values.getOrDefault("base", "http://localhost:8080"),
					Integer.parseInt(values.getOrDefault("users", "100")),
					Duration.ofSeconds(Long.parseLong(values.getOrDefault("duration", "300"))),
					Duration.ofSeconds(Long.parseLong(values.getOrDefault("warmup", "20"))),
					Duration.ofMillis(Long.parseLong(values.getOrDefault("think", "1000"))),
					values.getOrDefault("admin", "admin"), values.getOrDefault("admin-password", "demo"),
					values.getOrDefault("password", "belastningstest-851"),
					Long.parseLong(values.getOrDefault("seed", "851")),
					values.containsKey("out") ? Path.of(values.get("out")) : null);
		}

	}

	/** What a run measured. */
	record Result(Settings settings, int users, double seconds, Map<String, List<StaffSession.Timing>> timings,
			Map<String, Integer> errors) {

		long requests() {
			return timings.values().stream().mapToLong(List::size).sum();
		}

		long errorCount() {
			return errors.values().stream().mapToLong(Integer::longValue).sum();
		}

		double p99() {
			return percentile(timings.values().stream().flatMap(List::stream).mapToDouble(StaffSession.Timing::millis).toArray(), 0.99);
		}

	}

	private LoadGenerator() {
	}

	public static void main(String[] arguments) throws Exception {
		var settings = Settings.of(arguments);
		var result = run(settings);
		var report = report(result);
		System.out.println(report);
		if (settings.out() != null) {
			Files.writeString(settings.out(), report);
		}
	}

	static Result run(Settings settings) throws Exception {
		var staff = caseworkers(settings);
		log("%d caseworkers get the load-test password", staff.size());
		givePasswords(settings, staff);
		var random = new Random(settings.seed());
		var sessions = new ArrayList<StaffSession>();
		for (var member : staff) {
			sessions.add(new StaffSession(settings.base(), member.path("username").asString(),
					new Random(random.nextLong())));
		}
		// staff arrive a few at a time, as in a morning, not all in the same second; the load test
		// measures their work, not a storm of BCrypt checks
		try (var executor = Executors.newFixedThreadPool(4)) {
			var signIns = sessions.stream().map(session -> executor.submit(() -> signIn(session, settings))).toList();
			for (var signIn : signIns) {
				signIn.get();
			}
		}
		log("%d signed in; %s of warm-up, then %s measured", sessions.size(), settings.warmup(), settings.duration());
		var errors = new ConcurrentHashMap<String, Integer>();
		var start = System.nanoTime();
		var measureFrom = start + settings.warmup().toNanos();
		var end = measureFrom + settings.duration().toNanos();
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (var session : sessions) {
				executor.submit(() -> work(session, settings, measureFrom, end, errors));
			}
		}
		var seconds = Math.max(System.nanoTime(), end) - measureFrom;
		var timings = new TreeMap<String, List<StaffSession.Timing>>();
		for (var session : sessions) {
			for (var timing : session.timings()) {
				if (timing.startedNanos() >= measureFrom) {
					timings.computeIfAbsent(timing.step(), key -> new ArrayList<>()).add(timing);
				}
			}
		}
		return new Result(settings, sessions.size(), seconds / 1e9, timings, new TreeMap<>(errors));
	}

	/** Signs in, trying again twice after a pause if Jobvej asks to try again. */
	private static StaffSession signIn(StaffSession session, Settings settings) throws Exception {
		for (var attempt = 1;; attempt++) {
			try {
				session.signIn(settings.password());
				return session;
			}
			catch (StaffSession.Unexpected ex) {
				if (attempt == 3 || !ex.getMessage().contains("unavailable")) {
					throw ex;
				}
				log("%s, trying again", ex.getMessage());
				pause(Duration.ofSeconds(5));
			}
		}
	}

	private static void work(StaffSession session, Settings settings, long measureFrom, long end,
			Map<String, Integer> errors) {
		var random = new Random(session.username().hashCode());
		var total = LoadMix.STEPS.stream().mapToInt(LoadMix.Step::weight).sum();
		for (var round = 0; round < LoadMix.STEPS.size() || System.nanoTime() < end; round++) {
			var step = round < LoadMix.STEPS.size() ? LoadMix.STEPS.get(round) : LoadMix.STEPS.getFirst();
			var pick = round < LoadMix.STEPS.size() ? -1 : random.nextInt(total);
			for (var candidate : LoadMix.STEPS) {
				if (pick < 0) {
					break;
				}
				pick -= candidate.weight();
				if (pick < 0) {
					step = candidate;
				}
			}
			var startedAt = System.nanoTime();
			session.step(step.name());
			try {
				step.action().perform(session);
			}
			catch (Exception ex) {
				if (startedAt >= measureFrom) {
					errors.merge(step.name() + ": " + describe(ex), 1, Integer::sum);
				}
			}
			pause(Duration.ofMillis((long) (random.nextDouble() * 2 * settings.think().toMillis())));
		}
	}

	private static String describe(Exception ex) {
		return ex instanceof StaffSession.Unexpected ? ex.getMessage().replaceAll("[0-9a-f-]{36}", "{id}")
				: ex.getClass().getSimpleName();
	}

	/** Active caseworkers of the administrator's municipality, spread evenly over their units. */
	private static List<JsonNode> caseworkers(Settings settings) throws Exception {
		var all = new ArrayList<JsonNode>();
		api(settings, "GET", "/api/v1/staff?role=CASEWORKER", null).forEach(all::add);
		var byUnit = new TreeMap<String, List<JsonNode>>();
		all.stream()
			.filter(member -> member.path("active").asBoolean())
			.sorted(Comparator.comparing(member -> member.path("username").asString()))
			.forEach(member -> byUnit.computeIfAbsent(member.path("unit").asString(), key -> new ArrayList<>())
				.add(member));
		var chosen = new ArrayList<JsonNode>();
		for (var round = 0; chosen.size() < settings.users(); round++) {
			var added = false;
			for (var unit : byUnit.values()) {
				if (round < unit.size() && chosen.size() < settings.users()) {
					chosen.add(unit.get(round));
					added = true;
				}
			}
			if (!added) {
				throw new IllegalStateException("Only " + chosen.size() + " caseworkers for " + settings.users() + " users");
			}
		}
		return chosen;
	}

	private static void givePasswords(Settings settings, List<JsonNode> staff) throws Exception {
		try (var executor = Executors.newFixedThreadPool(4)) {
			var calls = staff.stream()
				.map(member -> executor.submit(() -> api(settings, "POST",
						"/api/v1/staff/" + member.path("id").asString() + "/password",
						Map.of("password", settings.password()))))
				.toList();
			for (var call : calls) {
				call.get();
			}
		}
	}

	private static JsonNode api(Settings settings, String method, String path, Object body)
			throws IOException, InterruptedException {
		var credentials = Base64.getEncoder()
			.encodeToString((settings.admin() + ":" + settings.adminPassword()).getBytes(StandardCharsets.UTF_8));
		var request = HttpRequest.newBuilder(URI.create(settings.base() + path))
			.header("Authorization", "Basic " + credentials)
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		try (var http = HttpClient.newHttpClient()) {
			var answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() >= 300) {
				throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + " "
						+ answer.body());
			}
			return answer.body().isBlank() ? JSON.nullNode() : JSON.readTree(answer.body());
		}
	}

	/** The result as Markdown: one row per step and one for all, then the errors. */
	static String report(Result result) {
		var settings = result.settings();
		var text = new StringBuilder();
		text.append(String.format(Locale.ROOT,
				"%d staff users, %.0f s measured after %d s warm-up, think time %d ms on average, against %s%n%n",
				result.users(), result.seconds(), settings.warmup().toSeconds(), settings.think().toMillis(),
				settings.base()));
		text.append("| step | requests | per second | p50 ms | p95 ms | p99 ms | max ms | server p50 ms | server p95 ms |\n");
		text.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		var all = new ArrayList<StaffSession.Timing>();
		result.timings().forEach((step, timings) -> {
			all.addAll(timings);
			text.append(row(step, timings, result.seconds()));
		});
		text.append(row("**all**", all, result.seconds()));
		var errors = result.errorCount();
		text.append(String.format(Locale.ROOT, "%nErrors: %d of %d requests.%n", errors, result.requests() + errors));
		result.errors().forEach((error, count) -> text.append("- ").append(count).append(" × ").append(error).append('\n'));
		var p99 = result.p99();
		text.append(String.format(Locale.ROOT, "%nGoal (no errors, p99 under 300 ms): %s (p99 %.0f ms).%n",
				errors == 0 && p99 < 300 ? "met" : "not met", p99));
		return text.toString();
	}

	private static String row(String step, List<StaffSession.Timing> timings, double seconds) {
		var client = timings.stream().mapToDouble(StaffSession.Timing::millis).toArray();
		var server = timings.stream().mapToDouble(StaffSession.Timing::serverMillis).filter(d -> !Double.isNaN(d)).toArray();
		return String.format(Locale.ROOT, "| %s | %d | %.1f | %.0f | %.0f | %.0f | %.0f | %.1f | %.1f |%n", step,
				timings.size(), timings.size() / seconds, percentile(client, 0.5), percentile(client, 0.95),
				percentile(client, 0.99), percentile(client, 1.0), percentile(server, 0.5), percentile(server, 0.95));
	}

	/** The nearest-rank percentile. */
	static double percentile(double[] values, double p) {
		if (values.length == 0) {
			return Double.NaN;
		}
		var sorted = values.clone();
		Arrays.sort(sorted);
		var rank = (int) Math.ceil(p * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void log(String format, Object... arguments) {
		System.err.printf(Locale.ROOT, "load: " + format + "%n", arguments);
	}

}
