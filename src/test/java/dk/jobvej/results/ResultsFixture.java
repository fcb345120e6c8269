package dk.jobvej.results;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;

import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.UnitId;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.CprGenerator;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A municipality of the test's own (a fresh code, so its figures hold only what the test made)
 * with two units, a caseworker, a leader and an administrator, and citizens with benefit periods
 * registered through the citizen API.
 */
final class ResultsFixture {

	final int municipality = Fresh.municipality();

	final UnitId jobhuset;

	final UnitId ressourcecenter;

	final Staff caseworker;

	final Staff colleague;

	final Staff leader;

	final Staff administrator;

	final ApiClient api;

	private final CprGenerator cprs;

	ResultsFixture(Administration administration, int port, long seed) {
		var organisation = new TestOrganisation(administration);
		jobhuset = organisation.unit("Jobhuset", municipality);
		ressourcecenter = organisation.unit("RessourceCenter", municipality);
		caseworker = organisation.hire(jobhuset, Role.CASEWORKER);
		colleague = organisation.hire(ressourcecenter, Role.CASEWORKER);
		leader = organisation.hire(jobhuset, Role.TEAM_LEADER);
		administrator = organisation.hire(jobhuset, Role.ADMINISTRATOR);
		api = ApiClient.at(port);
		cprs = new CprGenerator(new Random(seed));
	}

	/** Registers a citizen in the caseworker's unit; answers the id. */
	String citizen(Staff by, UnitId unit) {
		var created = api.as(by).post("/api/v1/citizens", Map.of("cpr", cprs.adult(LocalDate.now()).value(), "givenName",
				"Test", "familyName", Fresh.name("Resultat"), "unit", unit.toString(), "primaryContact", by.id().toString()));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().path("id").asString();
	}

	/** Adds a benefit period (to null: running); answers the period's id. */
	String benefit(Staff by, String citizen, String type, LocalDate from, LocalDate to) {
		var body = new java.util.HashMap<String, Object>();
		body.put("type", type);
		body.put("from", from.toString());
		if (to != null) {
			body.put("to", to.toString());
		}
		var created = api.as(by).post("/api/v1/citizens/" + citizen + "/benefit-periods", body);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().path("id").asString();
	}

	/** Defines a KPI in the municipality as its administrator; answers the id. */
	String kpi(int goal, String name, String measure, String kind, int year, int target) {
		var created = api.as(administrator).post("/api/v1/results/kpis",
				Map.of("goal", goal, "nameDa", name, "nameEn", name, "measure", measure, "targetKind", kind));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		var id = created.json().path("id").asString();
		var set = api.as(administrator).put("/api/v1/results/kpis/" + id + "/targets/" + year,
				Map.of("target", target, "source", "Testplan " + year));
		assertThat(set.status()).as("%s", set).isEqualTo(200);
		return id;
	}

	/** Waits up to ten seconds for the events to be handled. */
	static void eventually(BooleanSupplier condition, String what) {
		eventually(condition, what, Duration.ofSeconds(10));
	}

	/** Waits up to the time for something done in the background. */
	static void eventually(BooleanSupplier condition, String what, Duration time) {
		var until = System.nanoTime() + time.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > until) {
				throw new AssertionError("Not within " + time + ": " + what);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
