package dk.jobvej.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API over real HTTP, anonymously or as a member of staff with HTTP Basic, in Danish
 * unless told otherwise: {@code ApiClient.at(port).as(caseworker).get("/api/v1/citizens/mine")}.
 */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final String base;

	private final String authorization;

	private final String language;

	private ApiClient(String base, String authorization, String language) {
		this.base = base;
		this.authorization = authorization;
		this.language = language;
	}

	/** The API of the server on the port, called without credentials. */
	public static ApiClient at(int port) {
		return new ApiClient("http://localhost:" + port, "", "da");
	}

	/** The same API, called as the member of staff. */
	public ApiClient as(TestOrganisation.Staff staff) {
		return as(staff.username(), staff.password());
	}

	/** The same API, called with these credentials (right or wrong). */
	public ApiClient as(String username, String password) {
		var credentials = Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return new ApiClient(base, "Basic " + credentials, language);
	}

	/** The same API, asking for answers in English. */
	public ApiClient inEnglish() {
		return new ApiClient(base, authorization, "en");
	}

	public Response get(String path) {
		return send("GET", path, null);
	}

	public Response post(String path, Object body) {
		return send("POST", path, body);
	}

	public Response put(String path, Object body) {
		return send("PUT", path, body);
	}

	/** Sends a body: a String is sent as it is, anything else as JSON; null sends none. */
	public Response send(String method, String path, Object body) {
		var builder = HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", "application/json, application/problem+json")
			.header("Accept-Language", language);
		if (!authorization.isEmpty()) {
			builder.header("Authorization", authorization);
		}
		if (body == null) {
			builder.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			var text = body instanceof String string ? string : JSON.writeValueAsString(body);
			builder.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
		}
		var response = Http.send(HTTP, builder.build());
		return new Response(response.statusCode(), response.body(), response.headers());
	}

	/** A status, the headers and the body, with the body as JSON on request. */
	public record Response(int status, String body, HttpHeaders headers) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		/** The fields a problem detail names under {@code errors}. */
		public List<String> errorFields() {
			var fields = new ArrayList<String>();
			json().path("errors").forEach(error -> fields.add(error.path("field").asString()));
			return fields;
		}

		@Override
		public String toString() {
			return status + " " + body;
		}

	}

}
