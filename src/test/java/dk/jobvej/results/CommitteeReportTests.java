package dk.jobvej.results;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.Administration;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The committee report is made in the background and comes as PDF and XLSX; both hold the figures
 * the system computed: opened here, their numbers are checked against the benefit periods made.
 */
@JobvejIntegrationTest
class CommitteeReportTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	Clock clock;

	@Test
	void thePdfAndTheWorkbookHoldTheComputedFigures() throws Exception {
		var fixture = new ResultsFixture(administration, port, System.nanoTime());
		var year = LocalDate.now(clock).getYear() - 2;
		fixture.kpi(1, "Borgere afsluttet til job eller uddannelse", "EXITS_FROM_PUBLIC_SUPPORT", "MONTHLY_AVERAGE",
				year, 3);
		fixture.kpi(2, "Afholdte samtaler", "CONVERSATIONS_HELD", "YEAR_TOTAL", year, 1000);
		// Three citizens leave kontanthjælp: two in March, one in October. One is on a-dagpenge all year.
		for (var end : new int[] { 3, 3, 10 }) {
			var citizen = fixture.citizen(fixture.caseworker, fixture.jobhuset);
			fixture.benefit(fixture.caseworker, citizen, "KONTANTHJAELP", LocalDate.of(year, 1, 1),
					LocalDate.of(year, end, 1).withDayOfMonth(LocalDate.of(year, end, 1).lengthOfMonth()));
		}
		var steady = fixture.citizen(fixture.caseworker, fixture.jobhuset);
		fixture.benefit(fixture.caseworker, steady, "A_DAGPENGE", LocalDate.of(year - 1, 1, 1), null);
		assertThat(fixture.api.as(fixture.administrator)
			.put("/api/v1/results/labour-force/" + year, Map.of("persons", 100, "source", "Testtal"))
			.status()).isEqualTo(204);
		assertThat(fixture.api.as(fixture.leader).post("/api/v1/results/refresh", Map.of()).status()).isEqualTo(200);

		var started = fixture.api.as(fixture.leader).post("/api/v1/results/reports?year=" + year, Map.of());
		assertThat(started.status()).as("%s", started).isEqualTo(202);
		var status = started.headers().firstValue("Location").orElseThrow();
		ResultsFixture.eventually(() -> {
			var job = fixture.api.as(fixture.leader).get(status).json();
			assertThat(job.path("failed").asBoolean()).as("%s", job).isFalse();
			return job.path("done").asBoolean();
		}, "the report is made", java.time.Duration.ofSeconds(90));
		var done = fixture.api.as(fixture.leader).get(status).json();
		assertThat(done.path("progress").asInt()).isEqualTo(100);

		var pdf = download(fixture.leader, done.path("pdf").asString());
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (var document = Loader.loadPDF(pdf)) {
			var text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
			assertThat(text).contains("Status til Beskæftigelsesudvalget " + year)
				.contains("Ministermål 1: Alle ledige skal have en værdig sagsbehandling")
				.contains("Borgere afsluttet til job eller uddannelse")
				.contains("gennemsnitligt 3 om måneden")
				.contains("Afholdte samtaler")
				.contains("Måles når modulet Kontaktforløb er i drift")
				.contains("Fuldtidspersoner på offentlig forsørgelse " + year)
				.contains("Under målet");
			// January: 3 on kontanthjælp and 1 on a-dagpenge = 4 full-time persons = 4.0 % of 100.
			assertThat(text).contains("4,0");
		}

		var xlsx = download(fixture.leader, done.path("xlsx").asString());
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var kpis = workbook.getSheet("KPI");
			var exits = row(kpis, "Borgere afsluttet til job eller uddannelse");
			assertThat(kpis.getRow(exits).getCell(3).getNumericCellValue()).as("target").isEqualTo(3);
			assertThat(kpis.getRow(exits).getCell(4 + 2).getNumericCellValue()).as("March").isEqualTo(2);
			assertThat(kpis.getRow(exits).getCell(4 + 9).getNumericCellValue()).as("October").isEqualTo(1);
			assertThat(kpis.getRow(exits).getCell(4 + 12).getNumericCellValue()).as("average per month")
				.isCloseTo(3.0 / 12, within(1e-9));
			var conversations = row(kpis, "Afholdte samtaler");
			assertThat(kpis.getRow(conversations).getCell(4).toString()).as("no invented numbers").isEmpty();
			assertThat(kpis.getRow(conversations).getCell(16).getStringCellValue()).startsWith("Måles når modulet");

			var fte = workbook.getSheet("Fuldtidspersoner");
			var kontanthjaelp = row(fte, "Kontanthjælp");
			assertThat(fte.getRow(0).getCell(1).getStringCellValue()).isEqualTo(year + "-01");
			assertThat(fte.getRow(kontanthjaelp).getCell(1).getNumericCellValue()).as("January").isEqualTo(3.0);
			assertThat(fte.getRow(kontanthjaelp).getCell(4).getNumericCellValue()).as("April").isEqualTo(1.0);
			assertThat(fte.getRow(row(fte, "A-dagpenge")).getCell(12).getNumericCellValue()).isEqualTo(1.0);
			assertThat(fte.getRow(row(fte, "I alt")).getCell(1).getNumericCellValue()).isEqualTo(4.0);
			assertThat(fte.getRow(row(fte, "Andel af arbejdsstyrken (%)")).getCell(1).getNumericCellValue())
				.isCloseTo(4.0, within(1e-9));
		}
	}

	@Test
	void aReportOfAnotherMunicipalityCannotBeFetched() {
		var mine = new ResultsFixture(administration, port, System.nanoTime());
		var theirs = new ResultsFixture(administration, port, System.nanoTime());
		var started = mine.api.as(mine.leader).post("/api/v1/results/reports", Map.of());
		var status = started.headers().firstValue("Location").orElseThrow();

		assertThat(theirs.api.as(theirs.leader).get(status).status()).isEqualTo(404);
		assertThat(theirs.api.as(theirs.leader).get(status + "/pdf").status()).isEqualTo(404);
	}

	private byte[] download(Staff staff, String path) throws Exception {
		var credentials = Base64.getEncoder()
			.encodeToString((staff.username() + ":" + staff.password()).getBytes(StandardCharsets.UTF_8));
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", "Basic " + credentials)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private static int row(Sheet sheet, String firstCell) {
		for (var row : sheet) {
			for (var cell : row) {
				if (cell.toString().equals(firstCell)) {
					return row.getRowNum();
				}
			}
		}
		throw new AssertionError("no row " + firstCell + " in " + sheet.getSheetName());
	}

}
