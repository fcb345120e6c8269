package dk.jobvej.citizen;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the API over real HTTP with HTTP Basic, as the member of staff given. */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	public ApiClient(int port) {
		this.port = port;
	}

	public Response get(TestOrganisation.Staff as, String path) {
		return send(as, "GET", path, null);
	}

	public Response post(TestOrganisation.Staff as, String path, Object body) {
		return send(as, "POST", path, body);
	}

	public Response send(TestOrganisation.Staff as, String method, String path, Object body) {
		try {
			var json = body == null ? "" : body instanceof String text ? text : JSON.writeValueAsString(body);
			var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString((as.username() + ":" + TestOrganisation.PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.header("Accept", "application/json, application/problem+json")
				.header("Accept-Language", "da")
				.header("Content-Type", "application/json")
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
				.build();
			var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.body());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A status and a body, with the body as JSON on request. */
	public record Response(int status, String body) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		/** The fields named in a problem detail's errors. */
		public java.util.List<String> errorFields() {
			var fields = new java.util.ArrayList<String>();
			json().path("errors").forEach(error -> fields.add(error.path("field").asString()));
			return fields;
		}

		@Override
		public String toString() {
			return status + " " + body;
		}

	}

}
