package dk.jobvej.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/** Talks to a running Jobvej over real HTTP as a member of staff: API with HTTP Basic, pages with a session. */
final class StaffSessions {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final int port;

	StaffSessions(int port) {
		this.port = port;
	}

	HttpResponse<String> api(String method, String path, String username, String password, String jsonBody)
			throws IOException, InterruptedException {
		var basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		var request = HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(jsonBody))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** A browser-like client with cookies, logged in through the login form. */
	PageSession login(String username, String password) throws IOException, InterruptedException {
		var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		var session = new PageSession(client);
		var form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(session.csrf("/login"));
		var response = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Login failed for " + username);
		}
		return session;
	}

	final class PageSession {

		private final HttpClient client;

		private PageSession(HttpClient client) {
			this.client = client;
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
		}

		/** Posts a form with the CSRF token taken from {@code formPage}. */
		HttpResponse<String> post(String path, String formPage, String form) throws IOException, InterruptedException {
			var token = csrf(formPage);
			return client.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form + (form.isEmpty() ? "" : "&") + "_csrf=" + encode(token)))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		String csrf(String page) throws IOException, InterruptedException {
			var body = get(page).body();
			var matcher = CSRF.matcher(body);
			if (!matcher.find()) {
				var meta = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(body);
				if (!meta.find()) {
					throw new IllegalStateException("No CSRF token on " + page);
				}
				return meta.group(1);
			}
			return matcher.group(1);
		}

	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
