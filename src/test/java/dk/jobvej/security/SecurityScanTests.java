package dk.jobvej.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.PageClient;
import dk.jobvej.testing.TestOrganisation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scan of everything Spring MVC serves, without signing in, and of the session cookie:
 *
 * <ul>
 * <li>every endpoint but the few public ones (login pages, error page, OpenAPI document, the small-jobs
 * bureau's public task form) refuses
 * an anonymous caller: the API with 401 and a problem detail, a page with a redirect to a login
 * page, for a form post too (sent with a valid CSRF token of an anonymous session, so that the
 * refusal is the missing login and not the token); every answer carries the security
 * headers;</li>
 * <li>the session cookie is HttpOnly and SameSite=Lax, and Secure when the request came over HTTPS
 * (here: through a TLS-terminating proxy that says {@code X-Forwarded-Proto: https}). Over plain
 * HTTP on localhost it is not Secure: a browser would not send it back, and development and the
 * tests run without TLS.</li>
 * </ul>
 */
@JobvejIntegrationTest
class SecurityScanTests {

	/** What anyone may reach: besides sign-in and health, the anonymous survey answers (pages and API) and the small-jobs task form. */
	private static final Pattern PUBLIC = Pattern.compile(
			"(/error|/v3/api-docs.*|/swagger-ui.*|(/.+)?/login(/.*)?|/actuator.*|/svar(/.*)?|/api/v1/survey/answers|/smaajob/meld-opgave/.*)");

	private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void everyEndpointRefusesAnAnonymousCallerAndEveryAnswerIsHardened() throws Exception {
		var endpoints = allEndpoints();
		assertThat(endpoints).as("endpoints found").hasSizeGreaterThan(50);
		var anonymous = PageClient.at(port);
		var login = anonymous.get("/login");
		var csrf = csrfOf(login.body());
		var session = anonymous.cookie("JSESSIONID").orElseThrow();
		var failures = new ArrayList<String>();
		for (var endpoint : endpoints) {
			var method = endpoint.substring(0, endpoint.indexOf(' '));
			var path = VARIABLE.matcher(endpoint.substring(endpoint.indexOf(' ') + 1))
				.replaceAll(UUID.randomUUID().toString());
			if (path.startsWith("/api/")) {
				var answer = send(method, path, "application/json", null, Map.of());
				if (answer.statusCode() != 401 || !answer.headers()
					.firstValue("Content-Type")
					.orElse("")
					.startsWith("application/problem+json")) {
					failures.add(endpoint + " answered " + answer.statusCode() + " " + answer.body());
				}
				hardened(endpoint, answer.headers(), false, failures);
				continue;
			}
			for (var htmx : List.of(false, true)) {
				var headers = htmx ? Map.of("HX-Request", "true") : Map.<String, String>of();
				var answer = method.equals("GET") ? send(method, path, "text/html", null, headers)
						: send(method, path, "text/html", "_csrf=" + csrf, withSession(headers, session));
				var location = answer.headers().firstValue("Location").orElse("");
				if (answer.statusCode() != 302 || !location.matches(".*/login")) {
					failures.add(endpoint + (htmx ? " (htmx)" : "") + " answered " + answer.statusCode() + " "
							+ location);
				}
				hardened(endpoint, answer.headers(), true, failures);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLaxAndSecureOverHttps() throws Exception {
		var plain = send("GET", "/login", "text/html", null, Map.of());
		var cookie = sessionCookie(plain.headers());
		assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
		assertThat(cookie).as("no Secure over plain HTTP").doesNotContainIgnoringCase("Secure;")
			.doesNotEndWithIgnoringCase("Secure");
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

		var overHttps = send("GET", "/login", "text/html", null, Map.of("X-Forwarded-Proto", "https"));
		assertThat(sessionCookie(overHttps.headers())).containsIgnoringCase("Secure")
			.containsIgnoringCase("HttpOnly")
			.containsIgnoringCase("SameSite=Lax");
		assertThat(overHttps.headers().firstValue("Strict-Transport-Security")).isPresent();
	}

	@Test
	void theNewSessionCookieOfASignInIsJustAsStrict() {
		var organisation = new TestOrganisation(administration);
		var caseworker = organisation.hire(organisation.unit("Cookiehuset"), Role.CASEWORKER);
		var client = PageClient.at(port);
		var before = client.get("/login");
		var signedIn = client.login(caseworker);
		assertThat(signedIn.location()).doesNotContain("/login");
		var cookie = sessionCookie(signedIn.headers());
		assertThat(cookie).as("a new session id at sign-in").isNotEqualTo(sessionCookie(before.headers()));
		assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
	}

	/** Every mapping as "METHOD /path", path variables as {name}. */
	private List<String> allEndpoints() {
		var endpoints = new ArrayList<String>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			for (var pattern : info.getPatternValues()) {
				var plain = MvcEndpoints.withoutRegex(pattern);
				if (PUBLIC.matcher(plain).matches()) {
					continue;
				}
				var methods = info.getMethodsCondition().getMethods();
				for (var method : methods.isEmpty() ? List.of("GET", "POST") : methods.stream().map(Enum::name).toList()) {
					endpoints.add(method + " " + plain);
				}
			}
		});
		return endpoints.stream().distinct().sorted().toList();
	}

	private static void hardened(String endpoint, HttpHeaders headers, boolean page, List<String> failures) {
		var expected = Map.of("X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY", "Referrer-Policy",
				"same-origin", "Cache-Control", "no-store");
		expected.forEach((name, value) -> {
			if (!headers.firstValue(name).orElse("").contains(value)) {
				failures.add(endpoint + " without " + name + ": " + value);
			}
		});
		if (page && !headers.firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'")) {
			failures.add(endpoint + " without Content-Security-Policy");
		}
	}

	private static Map<String, String> withSession(Map<String, String> headers, String session) {
		var all = new HashMap<>(headers);
		all.put("Cookie", "JSESSIONID=" + session);
		all.put("Content-Type", "application/x-www-form-urlencoded");
		return all;
	}

	private static String csrfOf(String html) {
		var matcher = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).as("the login page has a CSRF token").isTrue();
		return matcher.group(1);
	}

	private static String sessionCookie(HttpHeaders headers) {
		return headers.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + headers.map()));
	}

	private HttpResponse<String> send(String method, String path, String accept, String body,
			Map<String, String> headers) throws Exception {
		var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept);
		headers.forEach(builder::header);
		builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body));
		return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
	}

}
