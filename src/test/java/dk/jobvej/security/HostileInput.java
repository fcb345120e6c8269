package dk.jobvej.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/**
 * Generates hostile requests from a valid one: wrong types, hostile strings (SQL, HTML, template
 * expressions, control and unusual Unicode characters, invalid CPR numbers, dates and ids), missing
 * and unknown fields, bodies that are not JSON, huge bodies and hostile path variables. Seeded:
 * the same seed gives the same requests.
 */
final class HostileInput {

	static final String[] STRINGS = { "", " ", "   \t  ", "' OR '1'='1", "'; drop table citizen.citizen; --",
			"1; select pg_sleep(10) --", "\" OR \"\"=\"", "' union select cpr from citizen.citizen --",
			"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>", "{{7*7}}",
			"${7*7}", "#{7*7}", "[[${T(java.lang.Runtime).getRuntime().exec('id')}]]",
			"__${T(java.lang.Runtime).getRuntime()}__::.x", "%s%s%s%n", "../../../../etc/passwd", "\u0000",
			"a\u0000b", "\u202eevil\u202c", "\u200b\u200b", "😀🇩🇰", "Æblegrød Øster Ålborg", "e\u0301\u0301\u0301",
			"\ud800", "\udfff", "line\r\nSet-Cookie: x=y", "\u001b[31m", "\u007f", "null", "undefined", "NaN", "true",
			"-1", "0", "9999999999999999999999", "1e309", "3113991234", "010101-1234", "0101011234x", "12345",
			"abcdefghij", "32-13-99-1234", "3213991234", "01010112345", "000000-0000", "2024-02-30", "9999-12-31",
			"0000-00-00", "2024-13-01", "00000000-0000-0000-0000-000000000000", "not-a-uuid",
			"A_DAGPENGE; drop", "JOBPARAT\u0000", "ADMINISTRATOR", "ROLE_ADMINISTRATOR", "{\"$ne\":null}" };

	private final Random random;

	HostileInput(Random random) {
		this.random = random;
	}

	/** A request: method, path, content type (null for none) and body bytes (null for none). */
	record Request(String method, String path, String contentType, byte[] body, String description) {
	}

	/** A hostile variant of a valid request to the endpoint. */
	Request variant(String method, String path, Map<String, ?> valid) {
		var kind = random.nextInt(100);
		if (kind < 40 && !valid.isEmpty()) {
			var body = new LinkedHashMap<String, Object>(valid);
			var field = pick(new ArrayList<>(body.keySet()));
			body.put(field, value());
			return json(method, path, body, "field " + field);
		}
		if (kind < 55 && !valid.isEmpty()) {
			var body = new LinkedHashMap<String, Object>(valid);
			for (var field : body.keySet()) {
				if (random.nextBoolean()) {
					body.put(field, value());
				}
			}
			return json(method, path, body, "several fields");
		}
		if (kind < 62) {
			var body = new LinkedHashMap<String, Object>(valid);
			if (!body.isEmpty() && random.nextBoolean()) {
				body.remove(pick(new ArrayList<>(body.keySet())));
			}
			body.put(pick(List.of("id", "version", "municipalityCode", "roles", "active", "cpr", "__proto__", "x")),
					value());
			return json(method, path, body, "missing or unknown field");
		}
		if (kind < 72) {
			return new Request(method, path, "application/json", rawBody(), "raw body");
		}
		if (kind < 76) {
			var type = pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
					"multipart/form-data; boundary=x", "application/json; charset=latin1", "image/png"));
			return new Request(method, path, type, bytes(string()), "content type " + type);
		}
		if (kind < 78) {
			var huge = new StringBuilder(1_600_000);
			while (huge.length() < 1_500_000) {
				huge.append("Ææ<b>x</b>' ");
			}
			var body = new LinkedHashMap<String, Object>(valid);
			body.put(valid.isEmpty() ? "text" : pick(new ArrayList<>(valid.keySet())), huge.toString());
			return json(method, path, body, "huge body (1.5 MB)");
		}
		if (kind < 80) {
			var big = "x".repeat(900_000);
			var body = new LinkedHashMap<String, Object>(valid);
			body.put(valid.isEmpty() ? "text" : pick(new ArrayList<>(valid.keySet())), big);
			return json(method, path, body, "big field (900 kB)");
		}
		if (kind < 95 && path.matches(".*/[0-9a-f-]{36}.*")) {
			var hostilePath = hostilePathVariable(path);
			return json(method, hostilePath, valid, "path " + hostilePath);
		}
		return json(method, path + "?" + URLEncoder.encode(pick(List.of("id", "unit", "role", "cpr")),
				StandardCharsets.UTF_8) + "=" + URLEncoder.encode(string(), StandardCharsets.UTF_8), valid,
				"query parameter");
	}

	/** A value of a random JSON type, mostly a hostile string. */
	Object value() {
		return switch (random.nextInt(12)) {
			case 0 -> random.nextLong();
			case 1 -> random.nextDouble() * 1e300;
			case 2 -> random.nextBoolean();
			case 3 -> List.of(string(), random.nextInt());
			case 4 -> Map.of(string(), string());
			case 5 -> UUID.randomUUID().toString();
			case 6 -> randomText(1 + random.nextInt(5_000));
			default -> string();
		};
	}

	String string() {
		var base = STRINGS[random.nextInt(STRINGS.length)];
		return switch (random.nextInt(4)) {
			case 0 -> randomText(random.nextInt(20)) + base;
			case 1 -> base + randomText(random.nextInt(20));
			default -> base;
		};
	}

	/** Random code points from the whole Unicode range, surrogates and controls included. */
	String randomText(int length) {
		var text = new StringBuilder(length);
		for (var i = 0; i < length; i++) {
			text.append((char) (random.nextInt(4) == 0 ? random.nextInt(0x10000) : 0x20 + random.nextInt(0x5f)));
		}
		return text.toString();
	}

	private byte[] rawBody() {
		return switch (random.nextInt(9)) {
			case 0 -> bytes("{");
			case 1 -> bytes("[" + "[".repeat(5_000));
			case 2 -> bytes("\"" + string() + "\"");
			case 3 -> bytes(String.valueOf(random.nextLong()));
			case 4 -> bytes("{\"a\":" + "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_001));
			case 5 -> {
				var garbage = new byte[1 + random.nextInt(2_000)];
				random.nextBytes(garbage);
				yield garbage;
			}
			case 6 -> new byte[] { (byte) 0xC3, (byte) 0x28, '{', '}' };
			case 7 -> bytes("{\"text\": \"" + string() + "\", \"text\": 1}");
			default -> new byte[0];
		};
	}

	private String hostilePathVariable(String path) {
		var variable = pick(List.of(UUID.randomUUID().toString(), "00000000-0000-0000-0000-000000000000",
				URLEncoder.encode(string(), StandardCharsets.UTF_8).replace("+", "%20"), "..", "%2e%2e%2f",
				"1", "-1", "0x41", "x".repeat(5_000)));
		return path.replaceFirst("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", variable);
	}

	private Request json(String method, String path, Map<String, ?> body, String description) {
		return new Request(method, path, "application/json", bytes(Json.write(body)), description);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private <T> T pick(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	/** JSON for the bodies. */
	static final class Json {

		private static final JsonMapper MAPPER = JsonMapper.builder().build();

		static String write(Object value) {
			return MAPPER.writeValueAsString(value);
		}

	}

}
