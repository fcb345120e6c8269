package dk.jobvej.results;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.identity.Administration;
import dk.jobvej.testing.ApiClient.Response;
import dk.jobvej.testing.AuditTrail;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * KPIs are measured from the citizen module's events, never typed in: benefit periods registered
 * through the citizen API become exits and flex-job entries month by month on the dashboard, per
 * unit, with a forecast; a KPI whose module has not landed says which module it waits for. A full
 * read of the benefit histories gives the same facts and the full-time persons.
 */
@JobvejIntegrationTest
class ResultsApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	AuditLog auditLog;

	@Autowired
	Clock clock;

	private final long seed = System.nanoTime();

	private ResultsFixture fixture;

	/** Two years ago: every month of it is final. */
	private int year;

	@BeforeEach
	void setUp() {
		fixture = new ResultsFixture(administration, port, seed);
		year = LocalDate.now(clock).getYear() - 2;
	}

	@Test
	void benefitEventsBecomeExitsAndFlexJobEntriesByMonthAndUnit() {
		var exits = fixture.kpi(1, "Afsluttede til job eller uddannelse", "EXITS_FROM_PUBLIC_SUPPORT", "MONTHLY_AVERAGE",
				year, 2);
		var flexJobs = fixture.kpi(4, "Tilgang til fleksjob", "FLEXJOB_ENTRIES", "YEAR_TOTAL", year, 12);
		var conversations = fixture.kpi(2, "Afholdte samtaler", "CONVERSATIONS_HELD", "YEAR_TOTAL", year, 1000);
		// Anna: kontanthjælp to 31 March, nothing in April: an exit in March.
		var anna = fixture.citizen(fixture.caseworker, fixture.jobhuset);
		fixture.benefit(fixture.caseworker, anna, "KONTANTHJAELP", LocalDate.of(year - 1, 6, 1), LocalDate.of(year, 3, 31));
		// Bent: a-dagpenge to 10 May, kontanthjælp from 20 June: May is followed by benefit in June, no exit;
		// the kontanthjælp ends 15 August and nothing follows: an exit in August.
		var bent = fixture.citizen(fixture.caseworker, fixture.jobhuset);
		fixture.benefit(fixture.caseworker, bent, "A_DAGPENGE", LocalDate.of(year, 1, 1), LocalDate.of(year, 5, 10));
		fixture.benefit(fixture.caseworker, bent, "KONTANTHJAELP", LocalDate.of(year, 6, 20), LocalDate.of(year, 8, 15));
		// Carl: ledighedsydelse, then a flex job from 1 February that still runs: an entry in February, no exit.
		var carl = fixture.citizen(fixture.colleague, fixture.ressourcecenter);
		fixture.benefit(fixture.colleague, carl, "LEDIGHEDSYDELSE", LocalDate.of(year - 1, 9, 1), LocalDate.of(year, 1, 31));
		fixture.benefit(fixture.colleague, carl, "FLEKSJOB", LocalDate.of(year, 2, 1), null);
		// Dorte: førtidspension ends in May (pension, not a job): no exit.
		var dorte = fixture.citizen(fixture.colleague, fixture.ressourcecenter);
		fixture.benefit(fixture.colleague, dorte, "FOERTIDSPENSION", LocalDate.of(year - 3, 1, 1), LocalDate.of(year, 5, 31));

		ResultsFixture.eventually(() -> months(dashboard(null), exits).path(7).asDouble() == 1
				&& months(dashboard(null), flexJobs).path(1).asDouble() == 1, "the events are counted");

		var whole = dashboard(null);
		assertThat(months(whole, exits).toString()).isEqualTo("[0.0,0.0,1.0,0.0,0.0,0.0,0.0,1.0,0.0,0.0,0.0,0.0]");
		assertThat(months(whole, flexJobs).toString()).isEqualTo("[0.0,1.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0]");
		var exitKpi = kpi(whole, exits);
		assertThat(exitKpi.path("actual").asDouble()).isCloseTo(2.0 / 12, within(1e-9));
		assertThat(exitKpi.path("forecast").asDouble()).isCloseTo(2.0 / 12, within(1e-9));
		assertThat(exitKpi.path("onTrack").asBoolean()).isFalse();
		assertThat(kpi(whole, flexJobs).path("actual").asDouble()).isEqualTo(1.0);
		var waiting = kpi(whole, conversations);
		assertThat(waiting.path("live").asBoolean()).isFalse();
		assertThat(waiting.path("waitsFor").asString()).isEqualTo("contact");
		assertThat(waiting.has("actual")).as("no invented numbers").isFalse();
		assertThat(waiting.path("months")).isEmpty();
		assertThat(whole.path("forecastMethod").asString()).startsWith("Fremskrivning: årets opgjorte måneder plus");

		var ressourcecenter = dashboard(fixture.ressourcecenter.toString());
		assertThat(months(ressourcecenter, exits).toString()).isEqualTo("[0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0]");
		assertThat(months(ressourcecenter, flexJobs).path(1).asDouble()).isEqualTo(1.0);
		assertThat(kpi(ressourcecenter, exits).has("onTrack")).as("targets are the municipality's").isFalse();

		// A full read of the benefit histories gives the same facts.
		var refreshed = fixture.api.as(fixture.leader).post("/api/v1/results/refresh", Map.of());
		assertThat(refreshed.status()).as("%s", refreshed).isEqualTo(200);
		assertThat(refreshed.json().path("citizens").asInt()).isEqualTo(4);
		assertThat(refreshed.json().path("periods").asInt()).isEqualTo(6);
		var again = dashboard(null);
		assertThat(months(again, exits).toString()).isEqualTo(months(whole, exits).toString());
		assertThat(months(again, flexJobs).toString()).isEqualTo(months(whole, flexJobs).toString());
	}

	@Test
	void anOfferCountsInTheMonthItStartsFromItsEventAndFromAFullRead() {
		var start = LocalDate.now(clock).minusMonths(1).withDayOfMonth(10);
		var hours = fixture.kpi(2, "Forløb med ordinære timer", "ORDINARY_HOURS_STARTED", "MONTHLY_AVERAGE",
				start.getYear(), 118);
		var citizen = fixture.citizen(fixture.caseworker, fixture.jobhuset);
		fixture.benefit(fixture.caseworker, citizen, "KONTANTHJAELP", start.minusYears(1), null);

		var offer = fixture.api.as(fixture.caseworker).post("/api/v1/citizens/" + citizen + "/offers",
				Map.of("type", "ORDINAERE_TIMER", "providerKind", "COMPANY", "providerName", "Netto", "startDate",
						start.toString(), "hoursPerWeek", 6));

		assertThat(offer.status()).as("%s", offer).isEqualTo(201);
		var month = start.getMonthValue() - 1;
		ResultsFixture.eventually(() -> months(dashboard(start.getYear(), null), hours).path(month).asDouble() == 1,
				"the start counted in its month");
		assertThat(kpi(dashboard(start.getYear(), null), hours).path("live").asBoolean()).isTrue();
		assertThat(fixture.api.as(fixture.leader).post("/api/v1/results/refresh", Map.of()).status()).isEqualTo(200);
		assertThat(months(dashboard(start.getYear(), null), hours).path(month).asDouble()).as("after a full read")
			.isEqualTo(1.0);
	}

	@Test
	void aBenefitRegisteredLaterForTheNextMonthUndoesAnExit() {
		var exits = fixture.kpi(1, "Afgang", "EXITS_FROM_PUBLIC_SUPPORT", "MONTHLY_AVERAGE", year, 1);
		var citizen = fixture.citizen(fixture.caseworker, fixture.jobhuset);
		fixture.benefit(fixture.caseworker, citizen, "SYGEDAGPENGE", LocalDate.of(year, 3, 1), LocalDate.of(year, 4, 30));
		ResultsFixture.eventually(() -> months(dashboard(null), exits).path(3).asDouble() == 1, "the exit in April");

		fixture.benefit(fixture.caseworker, citizen, "JOBAFKLARINGSFORLOEB", LocalDate.of(year, 5, 20),
				LocalDate.of(year, 9, 30));

		ResultsFixture.eventually(() -> months(dashboard(null), exits).path(3).asDouble() == 0
				&& months(dashboard(null), exits).path(8).asDouble() == 1, "the exit moves to September");
	}

	@Test
	void fullTimePersonsAreComputedFromTheBenefitPeriods() {
		var anna = fixture.citizen(fixture.caseworker, fixture.jobhuset);
		fixture.benefit(fixture.caseworker, anna, "KONTANTHJAELP", LocalDate.of(year, 1, 1), LocalDate.of(year, 2, 14));
		var bent = fixture.citizen(fixture.caseworker, fixture.jobhuset);
		// A flex job from 1 February, and sick pay beside it 10-19 February (both count: no overlap treatment).
		fixture.benefit(fixture.caseworker, bent, "FLEKSJOB", LocalDate.of(year, 2, 1), null);
		fixture.benefit(fixture.caseworker, bent, "SYGEDAGPENGE", LocalDate.of(year, 2, 10), LocalDate.of(year, 2, 19));
		assertThat(fixture.api.as(fixture.administrator).put("/api/v1/results/labour-force/" + year,
				Map.of("persons", 40, "source", "Testtal")).status()).isEqualTo(204);

		assertThat(fixture.api.as(fixture.leader).post("/api/v1/results/refresh", Map.of()).status()).isEqualTo(200);
		var fte = fixture.api.as(fixture.leader).get("/api/v1/results/full-time-persons?year=" + year).json();

		var february = fte.path("months").get(1);
		var days = LocalDate.of(year, 2, 1).lengthOfMonth();
		assertThat(february.path("month").asString()).isEqualTo(year + "-02");
		assertThat(february.path("persons").path("KONTANTHJAELP").asDouble()).isCloseTo(14.0 / days, within(0.0005));
		assertThat(february.path("persons").path("FLEKSJOB").asDouble()).isEqualTo(1.0);
		assertThat(february.path("persons").path("SYGEDAGPENGE").asDouble()).isCloseTo(10.0 / days, within(0.0005));
		assertThat(february.path("total").asDouble()).isCloseTo((24.0 + days) / days, within(0.001));
		assertThat(february.path("shareOfLabourForce").asDouble()).isCloseTo(100 * (24.0 + days) / days / 40, within(0.01));
		assertThat(fte.path("months").get(0).path("persons").path("KONTANTHJAELP").asDouble()).isEqualTo(1.0);
		assertThat(fte.path("months")).hasSize(12);
		assertThat(fte.path("labourForceSource").asString()).isEqualTo("Testtal");
	}

	@Test
	void theAdministratorsChangesAreAuditedAndBadInputNamesTheField() {
		var kpi = fixture.kpi(5, "Besatte ordinære job", "ORDINARY_JOBS_FILLED", "YEAR_TOTAL", year, 1650);
		var api = fixture.api.as(fixture.administrator);

		var badGoal = api.put("/api/v1/results/kpis/" + kpi, Map.of("goal", 9, "nameDa", "X", "nameEn", "X", "measure",
				"ORDINARY_JOBS_FILLED", "targetKind", "YEAR_TOTAL"));
		var noName = api.post("/api/v1/results/kpis",
				Map.of("goal", 1, "nameDa", " ", "nameEn", "X", "measure", "ORDINARY_JOBS_FILLED", "targetKind", "YEAR_TOTAL"));
		var negative = api.put("/api/v1/results/kpis/" + kpi + "/targets/" + year, Map.of("target", -1, "source", "Plan"));
		var noSource = api.put("/api/v1/results/kpis/" + kpi + "/targets/" + year, Map.of("target", 10));
		var badYear = api.put("/api/v1/results/kpis/" + kpi + "/targets/1999", Map.of("target", 10, "source", "Plan"));
		var stale = api.put("/api/v1/results/kpis/" + kpi + "/targets/" + year,
				Map.of("target", 10, "source", "Plan", "version", 0));
		var badLabourForce = api.put("/api/v1/results/labour-force/" + year, Map.of("persons", 0, "source", "DST"));
		var unknownMeasure = api.post("/api/v1/results/kpis",
				Map.of("goal", 1, "nameDa", "X", "nameEn", "X", "measure", "HAPPINESS", "targetKind", "YEAR_TOTAL"));

		assertProblem(badGoal, 400, "goal", "Vælg et af ministerens mål");
		assertProblem(noName, 400, "nameDa", "Skal udfyldes");
		assertProblem(negative, 400, "target", "Målet skal være et tal fra 0 med højst én decimal");
		assertProblem(noSource, 400, "source", "Skal udfyldes");
		assertProblem(badYear, 422, "year", "Året skal være mellem 2000 og 2999");
		assertThat(stale.status()).as("%s", stale).isEqualTo(409);
		assertProblem(badLabourForce, 400, "persons", "Arbejdsstyrken skal være et helt tal mellem 1 og 10.000.000");
		assertProblem(unknownMeasure, 400, "measure", "har et ugyldigt format");
		assertThat(fixture.api.as(fixture.leader)
			.put("/api/v1/results/kpis/" + kpi + "/targets/" + year, Map.of("target", 10, "source", "Plan"))
			.status()).as("leaders read, administrators change").isEqualTo(403);

		var trail = new AuditTrail(auditLog).about("kpi/" + kpi);
		assertThat(trail).extracting(entry -> entry.action()).containsExactly(AuditAction.CREATE, AuditAction.CHANGE);
		assertThat(trail).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo(fixture.administrator.username()));
		var kpis = fixture.api.as(fixture.leader).get("/api/v1/results/kpis").json();
		assertThat(kpis).hasSize(1);
		assertThat(kpis.get(0).path("targets").get(0).path("target").asDouble()).isEqualTo(1650);
		assertThat(kpis.get(0).path("live").asBoolean()).as("the employer module's hires are counted").isTrue();
	}

	private JsonNode dashboard(String unit) {
		return dashboard(year, unit);
	}

	private JsonNode dashboard(int year, String unit) {
		var response = fixture.api.as(fixture.leader)
			.get("/api/v1/results/dashboard?year=" + year + (unit == null ? "" : "&unit=" + unit));
		assertThat(response.status()).as("%s", response).isEqualTo(200);
		return response.json();
	}

	private static JsonNode kpi(JsonNode dashboard, String id) {
		for (var kpi : dashboard.path("kpis")) {
			if (kpi.path("id").asString().equals(id)) {
				return kpi;
			}
		}
		throw new AssertionError("no KPI " + id + " in " + dashboard);
	}

	private static JsonNode months(JsonNode dashboard, String kpi) {
		return kpi(dashboard, kpi).path("months");
	}

	private static void assertProblem(Response response, int status, String field, String message) {
		assertThat(response.status()).as("%s", response).isEqualTo(status);
		assertThat(response.errorFields()).as("%s", response).containsExactly(field);
		assertThat(response.json().path("errors").get(0).path("message").asString()).isEqualTo(message);
	}

}
