package dk.jobvej.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.CprGenerator;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.TestOrganisation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load generator of the benchmarks, in a few seconds against the test suite's Jobvej: it finds
 * the caseworkers of the administrator's municipality, gives them a password, signs them in, and
 * runs every step of {@link LoadMix} without an error. Keeps the load test working as the pages
 * change (the benchmark itself runs outside {@code ./mvnw verify}: {@code bench/run.sh}).
 */
@JobvejIntegrationTest
class LoadGeneratorTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	Clock clock;

	@Test
	void threeCaseworkersRunTheWholeMixWithoutAnError() throws Exception {
		var municipality = Fresh.municipality();
		var organisation = new TestOrganisation(administration);
		var administrator = organisation.administrator(municipality);
		var unit = organisation.unit("Lasthuset", municipality);
		var cprs = new CprGenerator(new Random());
		for (var i = 0; i < 3; i++) {
			var caseworker = organisation.hire(unit, Role.CASEWORKER);
			for (var j = 0; j < 3; j++) {
				var created = ApiClient.at(port).as(caseworker).post("/api/v1/citizens", Map.of("cpr",
						cprs.adult(LocalDate.now(clock)).formatted(), "givenName", "Lise", "familyName",
						Fresh.name("Last"), "unit", unit.toString(), "primaryContact", caseworker.id().toString()));
				assertThat(created.status()).as("%s", created).isEqualTo(201);
			}
		}

		var result = LoadGenerator.run(LoadGenerator.Settings.of("--base", "http://localhost:" + port, "--users", "3",
				"--duration", "4", "--warmup", "0", "--think", "20", "--admin", administrator.username(),
				"--admin-password", administrator.password(), "--password", "load-test-password-1"));

		assertThat(result.errors()).as(LoadGenerator.report(result)).isEmpty();
		assertThat(result.timings().keySet()).as("every step ran")
			.containsExactlyInAnyOrderElementsOf(LoadMix.STEPS.stream().map(LoadMix.Step::name).toList());
		assertThat(result.requests()).as("three users, every step (a journal note is two requests)")
			.isGreaterThanOrEqualTo(15);
		assertThat(LoadGenerator.report(result)).contains("| **all** |", "Errors: 0 of");
	}

}
