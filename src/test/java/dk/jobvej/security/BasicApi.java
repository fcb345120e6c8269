package dk.jobvej.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the API over real HTTP as a member of staff (HTTP Basic) or without credentials, and
 * keeps the content type of the answer. A GET sends no body; every other method sends the JSON
 * body given.
 */
final class BasicApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	BasicApi(int port) {
		this.port = port;
	}

	/** One call as {@code as}, or without credentials when {@code as} is null. */
	Answer send(Staff as, String method, String path, Map<String, ?> body) {
		try {
			var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", "application/json, application/problem+json")
				.header("Content-Type", "application/json")
				.method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
			if (as != null) {
				request.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString((as.username() + ":" + TestOrganisation.PASSWORD).getBytes(StandardCharsets.UTF_8)));
			}
			var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An API answer: status, content type and body. */
	record Answer(int status, String contentType, String body) {

		JsonNode json() {
			return JSON.readTree(body);
		}

		@Override
		public String toString() {
			return status + " " + contentType + " " + body;
		}

	}

}
