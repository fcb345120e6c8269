package dk.jobvej.results;

import java.util.Map;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.Administration;
import dk.jobvej.testing.Fresh;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 000's table of full-time persons (the six large cities and the whole country, June 2018)
 * ships as a CSV and imports once as a benchmark set; other sets import from CSV in the same
 * layout, and a table that does not add up is refused naming the field.
 */
@JobvejIntegrationTest
class BenchmarkTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Test
	void theSeedTableImportsOnceWithItsFigures() {
		var fixture = new ResultsFixture(administration, port, 1);
		var first = fixture.api.as(fixture.administrator).post("/api/v1/results/benchmarks/seed-000", Map.of());
		var second = fixture.api.as(fixture.administrator).post("/api/v1/results/benchmarks/seed-000", Map.of());

		assertThat(first.status()).as("%s", first).isEqualTo(201);
		assertThat(second.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
		var set = set(fixture.api.as(fixture.leader).get("/api/v1/results/benchmarks").json(),
				first.json().path("id").asString());
		assertThat(set.path("month").asString()).isEqualTo("2018-06");
		assertThat(set.path("areas")).extracting(area -> area.path("name").asString())
			.containsExactly("Esbjerg/Fanø", "København", "Odense", "Randers", "Aalborg", "Aarhus", "Hele Landet");
		var aalborg = set.path("areas").get(4);
		assertThat(aalborg.path("persons").path("A_DAGPENGE").asInt()).isEqualTo(3671);
		assertThat(aalborg.path("persons").path("FOERTIDSPENSION").asInt()).isEqualTo(6609);
		assertThat(aalborg.path("persons").path("TOTAL").asInt()).isEqualTo(24411);
		assertThat(aalborg.path("share").asDouble()).isEqualTo(24.1);
		var country = set.path("areas").get(6);
		assertThat(country.path("persons").path("TOTAL").asInt()).isEqualTo(649095);
		assertThat(country.path("share").asDouble()).isEqualTo(23.8);
	}

	@Test
	void aTableThatDoesNotAddUpIsRefused() {
		var fixture = new ResultsFixture(administration, port, 2);
		var csv = """
				benefit;Nordby;Sydby
				A_DAGPENGE;100;50
				KONTANTHJAELP;20;5
				TOTAL;120;55
				""";
		var valid = fixture.api.as(fixture.administrator).post("/api/v1/results/benchmarks",
				Map.of("name", Fresh.name("Test "), "month", "2025-06", "source", "Test", "csv", csv));
		var unknownBenefit = fixture.api.as(fixture.administrator).post("/api/v1/results/benchmarks", Map.of("name",
				Fresh.name("Test "), "month", "2025-06", "source", "Test", "csv", "benefit;Nordby\nPENSION;3\n"));
		var badMonth = fixture.api.as(fixture.administrator).post("/api/v1/results/benchmarks",
				Map.of("name", Fresh.name("Test "), "month", "juni", "source", "Test", "csv", "benefit;Nordby\n"));
		var wrongTotal = fixture.api.as(fixture.administrator).post("/api/v1/results/benchmarks", Map.of("name",
				Fresh.name("Test "), "month", "2025-06", "source", "Test", "csv", csv.replace("120;55", "120;58")));

		assertThat(valid.status()).as("%s", valid).isEqualTo(201);
		assertThat(wrongTotal.status()).as("%s", wrongTotal).isEqualTo(422);
		assertThat(wrongTotal.errorFields()).containsExactly("csv");
		assertThat(wrongTotal.json().path("errors").get(0).path("message").asString())
			.isEqualTo("I alt for Sydby passer ikke med summen af ydelserne");
		assertThat(unknownBenefit.json().path("errors").get(0).path("message").asString())
			.isEqualTo("Linje 2: PENSION er ikke en ydelse, TOTAL eller SHARE");
		assertThat(badMonth.status()).isEqualTo(422);
		assertThat(badMonth.errorFields()).containsExactly("month");
		assertThat(fixture.api.as(fixture.leader)
			.post("/api/v1/results/benchmarks", Map.of("name", "X", "month", "2025-06", "source", "X", "csv", csv))
			.status()).isEqualTo(403);
	}

	private static JsonNode set(JsonNode sets, String id) {
		for (var set : sets) {
			if (set.path("id").asString().equals(id)) {
				return set;
			}
		}
		throw new AssertionError("no set " + id);
	}

}
