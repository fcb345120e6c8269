package dk.jobvej.citizen;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript: logs in through the login form, keeps the session cookie, and
 * sends the CSRF token of the last page with every form it posts.
 */
public final class PageClient {

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final int port;

	private String csrf = "";

	public PageClient(int port) {
		this.port = port;
	}

	/** Logs in and answers the page the login leads to. */
	public Page login(String username, String password) {
		var login = get("/login");
		var token = CSRF_INPUT.matcher(login.body());
		if (token.find()) {
			csrf = token.group(1);
		}
		return follow(post("/login", Map.of("username", username, "password", password)));
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET(), false);
	}

	/** A GET as htmx sends it. */
	public Page htmxGet(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET(), true);
	}

	/** Posts a form as a browser does (no htmx); does not follow a redirect. */
	public Page post(String path, Map<String, String> form) {
		return send(formRequest(path, form), false);
	}

	/** Posts a form as htmx does. */
	public Page htmxPost(String path, Map<String, String> form) {
		return send(formRequest(path, form), true);
	}

	/** Follows a redirect, if the page is one. */
	public Page follow(Page page) {
		return page.location() == null ? page : get(page.location());
	}

	private HttpRequest.Builder formRequest(String path, Map<String, String> form) {
		var fields = new LinkedHashMap<>(form);
		fields.put("_csrf", csrf);
		var body = fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private Page send(HttpRequest.Builder request, boolean htmx) {
		if (htmx) {
			request.header("HX-Request", "true");
		}
		try {
			var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			var token = CSRF_META.matcher(response.body());
			if (token.find()) {
				csrf = token.group(1);
			}
			return new Page(response.statusCode(), response.body(),
					response.headers().firstValue("Location").orElse(null));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return path.startsWith("http") ? URI.create(path) : URI.create("http://localhost:" + port + path);
	}

	/** A page: status, HTML and where a redirect points. */
	public record Page(int status, String body, String location) {

		@Override
		public String toString() {
			return status + (location == null ? "" : " -> " + location) + "\n" + body;
		}

	}

}
