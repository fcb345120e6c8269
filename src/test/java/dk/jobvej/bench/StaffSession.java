package dk.jobvej.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * One member of staff signed in through the login form, working in the pages as a browser with
 * htmx would: keeps the session cookie and the CSRF token, knows the citizens of their own
 * worklist ("Mine borgere", which they may open), and times every request.
 */
final class StaffSession {

	private static final Pattern CITIZEN_LINK = Pattern
		.compile("<a href=\"/borgere/([0-9a-f-]{36})\">([^<]+)</a>");

	private static final Pattern CSRF = Pattern
		.compile("(?:name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<meta name=\"_csrf\" content=\"([^\"]+)\")");

	private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

	/** An answer that is not what the page should give: counted as an error. */
	static final class Unexpected extends Exception {

		Unexpected(String message) {
			super(message);
		}

	}

	/** A citizen on the worklist: id and name as the list shows it. */
	record Citizen(String id, String name) {
	}

	/** One timed request. */
	record Timing(String step, long startedNanos, double millis, double serverMillis, int status) {
	}

	private final String base;

	private final String username;

	private final HttpClient http;

	private final Random random;

	private final List<Timing> timings = new ArrayList<>();

	private List<Citizen> citizens = List.of();

	private String csrf = "";

	private String step = "login";

	private int notes;

	private @Nullable LocalDate bookingDay;

	private int bookingSlot;

	StaffSession(String base, String username, Random random) {
		this.base = base;
		this.username = username;
		this.random = random;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	String username() {
		return username;
	}

	List<Timing> timings() {
		return timings;
	}

	/** Names the step the following requests belong to. */
	void step(String name) {
		this.step = name;
	}

	/** Signs in through the form and reads the worklist once; fails if either goes wrong. */
	void signIn(String password) throws Exception {
		step("login");
		expect(get("/login", false), 200, "name=\"_csrf\"");
		var answer = post("/login", Map.of("username", username, "password", password), false);
		var location = answer.headers().firstValue("Location").orElse("");
		if (answer.statusCode() != 302 || location.contains("/login")) {
			throw new Unexpected(username + " could not sign in: " + answer.statusCode() + " " + location);
		}
		worklist();
		if (citizens.isEmpty()) {
			throw new Unexpected(username + " has no citizens on their worklist");
		}
	}

	/** "Mine borgere": the worklist page. */
	void worklist() throws Exception {
		var page = expect(get("/borgere", false), 200, "id=\"worklist\"");
		var found = new ArrayList<Citizen>();
		var links = CITIZEN_LINK.matcher(page);
		while (links.find()) {
			found.add(new Citizen(links.group(1), links.group(2)));
		}
		if (!found.isEmpty()) {
			citizens = found;
		}
	}

	/** Opens one of their citizens. */
	void citizenPage() throws Exception {
		var citizen = anyCitizen();
		expect(get("/borgere/" + citizen.id(), false), 200, "id=\"journal-form\"");
	}

	/** Searches for the family name of one of their citizens, as the worklist's htmx form does. */
	void searchByName() throws Exception {
		var name = anyCitizen().name().trim();
		var family = name.substring(name.lastIndexOf(' ') + 1);
		expect(post("/borgere/soeg", Map.of("cpr", "", "name", family), true), 200, "data-testid=\"search-results\"");
	}

	/** Writes a journal note on the citizen page, as its htmx form does. */
	void journalNote() throws Exception {
		var citizen = anyCitizen();
		expect(get("/borgere/" + citizen.id(), false), 200, "id=\"journal-form\"");
		var text = "Belastningstest: samtale " + (++notes) + " med borgeren om jobmål og næste skridt.";
		expect(post("/borgere/" + citizen.id() + "/journal", Map.of("text", text), true), 200, "Belastningstest");
	}

	/**
	 * Books a conversation on a citizen's course page, as its form does, with the signed-in
	 * caseworker, in the next free half hour of their own calendar some months ahead (a start chosen
	 * at random per session, so runs against the same data rarely meet). A clash with an earlier
	 * booking is answered with the form and its message: the next half hour is tried.
	 */
	void book() throws Exception {
		var citizen = anyCitizen();
		expect(get("/samtaler/borger/" + citizen.id(), false), 200, "id=\"book-form\"");
		for (var attempt = 0; attempt < 3; attempt++) {
			var answer = post("/samtaler/borger/" + citizen.id(), Map.of("kind", "JOBSAMTALE", "channel", "FYSISK",
					"startsAt", nextSlot().toString(), "durationMinutes", "30"), false);
			if (answer.statusCode() == 302) {
				return;
			}
			expect(answer, 200, "-error\"");
		}
		throw new Unexpected(step + ": three clashes in a row");
	}

	/** The next half hour of the session's booking days: 8:00 to 15:30 on weekdays, from a random day ahead. */
	private LocalDateTime nextSlot() {
		if (bookingDay == null) {
			bookingDay = LocalDate.now().plusDays(60 + random.nextInt(600));
		}
		if (bookingSlot == 16) {
			bookingSlot = 0;
			bookingDay = bookingDay.plusDays(1);
		}
		while (bookingDay.getDayOfWeek().getValue() > 5) {
			bookingDay = bookingDay.plusDays(1);
		}
		return bookingDay.atTime(8, 0).plusMinutes(30L * bookingSlot++);
	}

	private Citizen anyCitizen() {
		return citizens.get(random.nextInt(citizens.size()));
	}

	private String expect(HttpResponse<String> answer, int status, String marker) throws Unexpected {
		if (answer.statusCode() != status || !answer.body().contains(marker)) {
			throw new Unexpected(step + ": " + answer.statusCode() + " from " + answer.uri().getPath()
					+ (answer.statusCode() == status ? " without " + marker : ""));
		}
		var token = CSRF.matcher(answer.body());
		if (token.find()) {
			csrf = token.group(1) != null ? token.group(1) : token.group(2);
		}
		return answer.body();
	}

	private HttpResponse<String> get(String path, boolean htmx) throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
		return send(request, htmx);
	}

	private HttpResponse<String> post(String path, Map<String, String> form, boolean htmx)
			throws IOException, InterruptedException {
		var fields = new LinkedHashMap<>(form);
		fields.put("_csrf", csrf);
		var body = fields.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		var request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		return send(request, htmx);
	}

	private HttpResponse<String> send(HttpRequest.Builder request, boolean htmx)
			throws IOException, InterruptedException {
		request.header("Accept", HTML).header("Accept-Language", "da").timeout(Duration.ofSeconds(60));
		if (htmx) {
			request.header("HX-Request", "true");
		}
		var start = System.nanoTime();
		var answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		var millis = (System.nanoTime() - start) / 1_000_000.0;
		var server = answer.headers()
			.firstValue("Server-Timing")
			.map(value -> Double.parseDouble(value.replaceAll(".*dur=([0-9.]+).*", "$1")))
			.orElse(Double.NaN);
		timings.add(new Timing(step, start, millis, server, answer.statusCode()));
		return answer;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
