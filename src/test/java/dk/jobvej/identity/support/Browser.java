package dk.jobvej.identity.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser for the pages over real HTTP: keeps cookies (the session), picks up the CSRF token of
 * the last page it saw and sends it with every form, and follows no redirects by itself.
 */
public final class Browser {

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

	private final String base;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http;

	private String csrf = "";

	public Browser(String base) {
		this.base = base;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public static Browser at(int port) {
		return new Browser("http://localhost:" + port);
	}

	public HttpResponse<String> get(String pathOrUrl, String... headers) {
		var builder = HttpRequest.newBuilder(uri(pathOrUrl)).header("Accept", HTML).header("Accept-Language", "da");
		if (headers.length > 0) {
			builder.headers(headers);
		}
		return remember(send(builder.GET().build()));
	}

	/** Posts a form with the CSRF token of the last page; repeat a key for several values. */
	public HttpResponse<String> post(String pathOrUrl, List<Map.Entry<String, String>> fields) {
		var all = new ArrayList<>(fields);
		if (!csrf.isEmpty()) {
			all.add(Map.entry("_csrf", csrf));
		}
		return postRaw(pathOrUrl, all);
	}

	/** Posts exactly the given fields, without a CSRF token unless one is among them. */
	public HttpResponse<String> postRaw(String pathOrUrl, List<Map.Entry<String, String>> fields) {
		var body = fields.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		var request = HttpRequest.newBuilder(uri(pathOrUrl))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", HTML)
			.header("Accept-Language", "da")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return remember(send(request));
	}

	/** Follows redirects with GET until a page answers. */
	public HttpResponse<String> follow(HttpResponse<String> response) {
		var current = response;
		for (int hops = 0; hops < 10 && isRedirect(current); hops++) {
			current = get(location(current));
		}
		return current;
	}

	/** Signs in through the login form; answers the response to the login post. */
	public HttpResponse<String> login(String username, String password) {
		get("/login");
		return post("/login", List.of(Map.entry("username", username), Map.entry("password", password)));
	}

	public Optional<String> cookie(String name) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	public String csrf() {
		return csrf;
	}

	public static boolean isRedirect(HttpResponse<?> response) {
		return response.statusCode() >= 300 && response.statusCode() < 400;
	}

	public static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("No Location header"));
	}

	private URI uri(String pathOrUrl) {
		return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
	}

	private HttpResponse<String> remember(HttpResponse<String> response) {
		var input = CSRF_INPUT.matcher(response.body());
		var meta = CSRF_META.matcher(response.body());
		if (input.find()) {
			csrf = input.group(1);
		}
		else if (meta.find()) {
			csrf = meta.group(1);
		}
		return response;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
