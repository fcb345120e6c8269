package dk.jobvej.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.PageClient;
import dk.jobvej.testing.TestOrganisation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The survey's pages over HTTP: a leader plans a round, a caseworker prints codes, a citizen
 * answers on the public page without signing in, staff type in a paper questionnaire, and the
 * leader reads the results with small groups shown as "under 5 svar".
 */
@JobvejIntegrationTest
class SurveyPagesTests {

	private static final Pattern CODE = Pattern.compile("jobvej-slip-code\">([A-Z2-9]{5}-[A-Z2-9]{5})<");

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	Clock clock;

	@Test
	void planPrintAnswerOnlineAndOnPaperAndReadTheResults() {
		var organisation = new TestOrganisation(administration);
		var municipality = Fresh.municipality();
		var unit = organisation.unit("Uddannelseshuset", municipality);
		var other = organisation.unit("Sygedagpengehuset", municipality);
		var leader = organisation.hire(unit, Role.TEAM_LEADER);
		var caseworker = organisation.hire(unit, Role.CASEWORKER);
		var year = LocalDate.now(clock).getYear() + 1;
		var name = Fresh.name("Brugermåling ");

		var leaderPages = PageClient.at(port);
		leaderPages.login(leader);
		assertThat(leaderPages.get("/brugermaaling/runder/ny").body()).contains("Planlæg måling");
		var invalid = leaderPages.post("/brugermaaling/runder", List.of(Map.entry("name", name), Map.entry("kind", "CITIZEN"),
				Map.entry("year", String.valueOf(year)), Map.entry("weeks", "6, 54"), Map.entry("units", unit.toString())));
		assertThat(invalid.status()).isEqualTo(200);
		assertThat(invalid.body()).contains("Uge 54 findes ikke i år " + year).contains("href=\"#round-weeks\"");
		var planned = leaderPages.post("/brugermaaling/runder",
				List.of(Map.entry("name", name), Map.entry("kind", "CITIZEN"), Map.entry("year", String.valueOf(year)),
						Map.entry("weeks", "6, 7"), Map.entry("units", unit.toString()), Map.entry("units", other.toString())));
		assertThat(planned.status()).as("%s", planned).isEqualTo(302);
		var roundPath = planned.location().replaceFirst("^https?://[^/]+", "");
		var roundId = roundPath.substring(roundPath.lastIndexOf('/') + 1);

		var staff = PageClient.at(port);
		staff.login(caseworker);
		var start = staff.get("/brugermaaling");
		assertThat(start.body()).contains(name).contains("uge 6 " + year);
		var printed = staff.post("/brugermaaling/koder",
				Map.of("roundWeek", roundId + "|" + year + "-W06", "count", "6"));
		assertThat(printed.status()).isEqualTo(200);
		var codes = CODE.matcher(printed.body()).results().map(match -> match.group(1)).toList();
		assertThat(codes).hasSize(6);
		assertThat(printed.body()).contains("/svar/" + codes.getFirst().replace("-", ""));

		// A citizen answers on the public page, without signing in.
		var citizen = PageClient.at(port);
		var form = citizen.get("/svar/" + codes.getFirst().replace("-", ""));
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("Blev du taget godt imod af den medarbejder fra jobcentret")
			.contains("Ja, i høj grad").contains("Nej, slet ikke").contains("Hvad talte I om?");
		var wrong = citizen.post("/svar/" + codes.getFirst().replace("-", ""), Map.of("score1", "9"));
		assertThat(wrong.body()).contains("Svaret på spørgsmål 1 skal være et tal fra 1 til 5").contains("href=\"#answer-score1\"");
		var thanks = citizen.post("/svar/" + codes.getFirst().replace("-", ""), answers(5, "JOB", "Godt møde"));
		assertThat(thanks.body()).contains("Tak for dit svar");
		var again = PageClient.at(port).get("/svar/" + codes.getFirst().replace("-", ""));
		assertThat(again.body()).contains("Koden findes ikke, er allerede brugt eller er udløbet");
		var typed = PageClient.at(port);
		typed.get("/svar");
		var opened = typed.post("/svar", Map.of("code", codes.get(1).toLowerCase()));
		assertThat(opened.status()).isEqualTo(302);
		assertThat(opened.location()).endsWith("/svar/" + codes.get(1).replace("-", ""));
		for (var i = 1; i < 5; i++) {
			var respondent = PageClient.at(port);
			respondent.get("/svar/" + codes.get(i).replace("-", ""));
			assertThat(respondent.post("/svar/" + codes.get(i).replace("-", ""), answers(4, "EDUCATION", "")).body())
				.contains("Tak for dit svar");
		}

		// A paper questionnaire, typed in by staff.
		var paperForm = staff.get("/brugermaaling/papir?kode=" + codes.get(5));
		assertThat(paperForm.body()).contains("Blev du taget godt imod");
		var saved = staff.post("/brugermaaling/papir", withCode(answers(2, "HEALTH", ""), codes.get(5)));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(staff.follow(saved).body()).contains("Besvarelsen er gemt");

		var result = leaderPages.get(roundPath);
		assertThat(result.status()).isEqualTo(200);
		// Uddannelseshuset: 6 answers of 6 codes; Sygedagpengehuset: none. Question 1: five 4-5, one 2.
		assertThat(result.body()).contains("Samlet svarprocent 100 % (6 udleverede, 6 besvarelser)")
			.contains("83 %").contains("under 5 svar").contains("<svg");
		assertThat(ApiClient.at(port).as(leader).get("/api/v1/survey/rounds/" + roundId + "/results").json()
			.path("overall").path("topics").path("EDUCATION").asDouble()).isEqualTo(4.0 / 6);
	}

	private static Map<String, String> answers(int score, String topic, String comment) {
		var form = new java.util.LinkedHashMap<String, String>();
		for (var q = 1; q <= 9; q++) {
			form.put("score" + q, String.valueOf(score));
		}
		form.put("topics", topic);
		form.put("freeText", comment);
		return form;
	}

	private static Map<String, String> withCode(Map<String, String> form, String code) {
		var all = new java.util.LinkedHashMap<>(form);
		all.put("code", code);
		return all;
	}

}
