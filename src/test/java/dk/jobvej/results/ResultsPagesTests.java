package dk.jobvej.results;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.Administration;
import dk.jobvej.testing.PageClient;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results pages over HTTP: the leaders' dashboard with its server-drawn charts, the
 * administrator's KPI page with errors shown at the field, full-time persons with the benchmark,
 * and the committee report's progress fragment that htmx polls.
 */
@JobvejIntegrationTest
class ResultsPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	Clock clock;

	@Test
	void theDashboardShowsMeasuredKpisWithChartsAndSaysWhichWaitForTheirModule() {
		var fixture = new ResultsFixture(administration, port, 3);
		var year = LocalDate.now(clock).getYear() - 2;
		fixture.kpi(1, "Borgere afsluttet", "EXITS_FROM_PUBLIC_SUPPORT", "MONTHLY_AVERAGE", year, 10);
		fixture.kpi(5, "Besatte ordinære job", "ORDINARY_JOBS_FILLED", "YEAR_TOTAL", year, 1650);
		fixture.kpi(2, "Afholdte samtaler", "CONVERSATIONS_HELD", "YEAR_TOTAL", year, 1000);
		var citizen = fixture.citizen(fixture.caseworker, fixture.jobhuset);
		fixture.benefit(fixture.caseworker, citizen, "A_DAGPENGE", LocalDate.of(year, 1, 1), LocalDate.of(year, 2, 20));

		var pages = PageClient.at(port);
		pages.login(fixture.leader);
		pages.get("/resultater");
		var refreshed = pages.post("/resultater/opdater", Map.of());
		assertThat(refreshed.location()).endsWith("/resultater?opdateret");
		var dashboard = pages.get("/resultater?aar=" + year);

		assertThat(dashboard.status()).isEqualTo(200);
		assertThat(dashboard.headers().firstValue("Server-Timing")).isPresent();
		assertThat(dashboard.body()).contains("<title>Resultater – Jobvej</title>")
			.contains("Ministermål 1: Alle ledige skal have en værdig sagsbehandling")
			.contains("Ministermål 5: Virksomhederne skal sikres den nødvendige og kvalificerede arbejdskraft")
			.contains("Borgere afsluttet")
			.contains("gennemsnitligt 10 om måneden")
			.contains("Måles når modulet Kontaktforløb er i drift")
			.contains("Fremskrivning: årets opgjorte måneder plus")
			.contains("<svg")
			.contains("Under målet")
			.contains("Ydelsesforløbene blev sidst læst");
		assertThat(pages.get("/resultater?aar=" + year + "&enhed=" + fixture.jobhuset).body())
			.contains("Målene gælder hele kommunen");
	}

	@Test
	void theAdministratorChangesATargetAndSeesErrorsAtTheField() {
		var fixture = new ResultsFixture(administration, port, 4);
		var year = LocalDate.now(clock).getYear();
		var kpi = fixture.kpi(2, "Voksenlærlinge", "ADULT_APPRENTICESHIPS_STARTED", "MONTHLY_AVERAGE", year, 50);
		var pages = PageClient.at(port);
		pages.login(fixture.administrator);
		var page = pages.get("/resultater/maal");
		assertThat(page.body()).contains("Voksenlærlinge").contains("Testplan " + year);

		var wrong = pages.post("/resultater/maal/" + kpi + "/maalsaetning",
				Map.of("year", String.valueOf(year), "target", "mange", "source", "Plan"));
		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.body()).contains("Skal være et tal").contains("href=\"#target-" + kpi + "-target\"");

		var saved = pages.post("/resultater/maal/" + kpi + "/maalsaetning",
				Map.of("year", String.valueOf(year + 1), "target", "55", "source", "Beskæftigelsesplan " + (year + 1)));
		assertThat(saved.location()).endsWith("/resultater/maal?gemt");
		assertThat(pages.follow(saved).body()).contains("Ændringen er gemt").contains("Beskæftigelsesplan " + (year + 1));
		assertThat(fixture.api.as(fixture.leader).get("/api/v1/results/kpis").json().get(0).path("targets"))
			.hasSize(2);
	}

	@Test
	void fullTimePersonsStandNextToTheBenchmarkAndTheReportShowsItsProgress() {
		var fixture = new ResultsFixture(administration, port, 5);
		var year = LocalDate.now(clock).getYear() - 1;
		var citizen = fixture.citizen(fixture.caseworker, fixture.jobhuset);
		fixture.benefit(fixture.caseworker, citizen, "SYGEDAGPENGE", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		assertThat(fixture.api.as(fixture.administrator).post("/api/v1/results/benchmarks/seed-000", Map.of()).status())
			.isEqualTo(201);
		var pages = PageClient.at(port);
		pages.login(fixture.leader);
		pages.get("/resultater");
		pages.post("/resultater/opdater", Map.of());

		var fte = pages.get("/resultater/fuldtidspersoner?aar=" + year);
		assertThat(fte.body()).contains("Fuldtidspersoner pr. ydelse og måned " + year)
			.contains("Seed 000: seks store byer og hele landet, juni 2018")
			.contains("Esbjerg/Fanø")
			.contains("24.411")
			.contains("649.095");

		var started = pages.post("/resultater/rapport", Map.of("aar", String.valueOf(year)));
		assertThat(started.status()).isEqualTo(302);
		var job = started.location().replaceFirst("^https?://[^/]+", "");
		var first = pages.get(job);
		assertThat(first.body()).contains("Status til Beskæftigelsesudvalget");
		ResultsFixture.eventually(() -> pages.htmxGet(job).body().contains("Hent PDF"), "the report is made",
				Duration.ofSeconds(90));
		var fragment = pages.htmxGet(job).body();
		assertThat(fragment).doesNotContain("<html").doesNotContain("hx-trigger").contains("/pdf").contains("/xlsx");
	}

}
