package dk.jobvej.identity.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API over real HTTP with HTTP Basic, in Danish unless told otherwise. */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private final String authorization;

	private final String language;

	private Api(String base, String authorization, String language) {
		this.base = base;
		this.authorization = authorization;
		this.language = language;
	}

	public static Api as(int port, String username, String password) {
		var credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return new Api("http://localhost:" + port, "Basic " + credentials, "da");
	}

	public static Api anonymous(int port) {
		return new Api("http://localhost:" + port, "", "da");
	}

	public Api inEnglish() {
		return new Api(base, authorization, "en");
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

	/** Sends a body: a String is sent as it is, anything else as JSON. */
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
			builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(text));
		}
		try {
			var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.body(), response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A response with its body parsed as JSON when there is one. */
	public record Response(int status, String body, HttpResponse<String> raw) {

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
