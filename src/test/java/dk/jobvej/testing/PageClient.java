package dk.jobvej.testing;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dk.jobvej.citizen.Cpr;

/**
 * The pages over real HTTP, as a browser without JavaScript (or htmx) uses them: keeps the
 * cookies (the session), picks up the CSRF token of the last page it saw and sends it with every
 * form, and follows a redirect only when asked to. Not a real browser: for those see the
 * Playwright tests.
 */
public final class PageClient {

	/** The test login's password for citizens, as {@code src/test/resources/config/application.yml} sets it. */
	public static final String CITIZEN_TEST_PASSWORD = "borger-test";

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

	private final String base;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http;

	private String csrf = "";

	/** A client of the server at the base URL, such as {@code http://127.0.0.1:8080}. */
	public PageClient(String base) {
		this.base = base;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** A client of the server on the port of localhost. */
	public static PageClient at(int port) {
		return new PageClient("http://localhost:" + port);
	}

	/** Signs in through the login form; answers the response to the login post (a redirect). */
	public Page login(String username, String password) {
		get("/login");
		return post("/login", List.of(Map.entry("username", username), Map.entry("password", password)));
	}

	/** Signs in as the member of staff; answers the response to the login post (a redirect). */
	public Page login(TestOrganisation.Staff staff) {
		return login(staff.username(), staff.password());
	}

	/**
	 * Signs a citizen in to Min side with the test login and the password the tests configure in
	 * {@code src/test/resources/config/application.yml}; answers the response to the login post.
	 */
	public Page loginAsCitizen(Cpr cpr) {
		return loginAsCitizen(cpr.value(), CITIZEN_TEST_PASSWORD);
	}

	public Page loginAsCitizen(String cpr, String password) {
		get("/min-side/login");
		return post("/min-side/login", List.of(Map.entry("cpr", cpr), Map.entry("password", password)));
	}

	public Page get(String pathOrUrl) {
		return send(request(pathOrUrl).GET(), false);
	}

	/** A GET as htmx sends it. */
	public Page htmxGet(String path) {
		return send(request(path).GET(), true);
	}

	/** Posts a form with the CSRF token of the last page, as a browser does without htmx. */
	public Page post(String pathOrUrl, Map<String, String> form) {
		return post(pathOrUrl, List.copyOf(form.entrySet()));
	}

	/** Posts a form with the CSRF token of the last page; repeat a key for several values. */
	public Page post(String pathOrUrl, List<Map.Entry<String, String>> fields) {
		return send(formRequest(pathOrUrl, withCsrf(fields)), false);
	}

	/** Posts a form as htmx does, with the CSRF token of the last page. */
	public Page htmxPost(String path, Map<String, String> form) {
		return send(formRequest(path, withCsrf(List.copyOf(form.entrySet()))), true);
	}

	/** Posts exactly the given fields, without a CSRF token unless one is among them. */
	public Page postWithoutCsrf(String pathOrUrl, List<Map.Entry<String, String>> fields) {
		return send(formRequest(pathOrUrl, fields), false);
	}

	/** Follows redirects with GET until a page answers. */
	public Page follow(Page page) {
		var current = page;
		for (int hops = 0; hops < 10 && current.isRedirect(); hops++) {
			current = get(current.location());
		}
		return current;
	}

	public Optional<String> cookie(String name) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	private List<Map.Entry<String, String>> withCsrf(List<Map.Entry<String, String>> fields) {
		var all = new ArrayList<>(fields);
		if (!csrf.isEmpty()) {
			all.add(Map.entry("_csrf", csrf));
		}
		return all;
	}

	private HttpRequest.Builder formRequest(String pathOrUrl, List<Map.Entry<String, String>> fields) {
		var body = fields.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return request(pathOrUrl).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private HttpRequest.Builder request(String pathOrUrl) {
		var uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
		return HttpRequest.newBuilder(uri).header("Accept", HTML).header("Accept-Language", "da");
	}

	private Page send(HttpRequest.Builder request, boolean htmx) {
		if (htmx) {
			request.header("HX-Request", "true");
		}
		var response = Http.send(http, request.build());
		remember(response.body());
		return new Page(response.statusCode(), response.body(), response.headers());
	}

	/** Keeps the CSRF token of a page: the form's hidden field, else the meta tag of the layout. */
	private void remember(String body) {
		var input = CSRF_INPUT.matcher(body);
		var meta = CSRF_META.matcher(body);
		if (input.find()) {
			csrf = input.group(1);
		}
		else if (meta.find()) {
			csrf = meta.group(1);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A page: status, headers and HTML. */
	public record Page(int status, String body, HttpHeaders headers) {

		public boolean isRedirect() {
			return status >= 300 && status < 400;
		}

		/** Where a redirect points; fails the test when there is no Location header. */
		public String location() {
			return headers.firstValue("Location").orElseThrow(() -> new AssertionError("No Location header: " + this));
		}

		@Override
		public String toString() {
			return status + headers.firstValue("Location").map(location -> " -> " + location).orElse("") + "\n" + body;
		}

	}

}
