package dk.jobvej.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.UnitId;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.ApiClient.Response;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The survey over real HTTP: a leader plans a round, staff print codes, anyone answers once with a
 * code, and the results show response rates and shares with small groups suppressed. Bad input is
 * refused in Danish, naming the field.
 */
@JobvejIntegrationTest
class SurveyApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	SurveyCodes surveyCodes;

	@Autowired
	Clock clock;

	private ApiClient api;

	private UnitId jobhuset;

	private UnitId sygedagpengehuset;

	private Staff leader;

	private Staff caseworker;

	private Staff colleague;

	private int year;

	@BeforeEach
	void aJobcentreWithTwoUnits() {
		api = ApiClient.at(port);
		var organisation = new TestOrganisation(administration);
		var municipality = Fresh.municipality();
		jobhuset = organisation.unit("Jobhuset", municipality);
		sygedagpengehuset = organisation.unit("Sygedagpengehuset", municipality);
		leader = organisation.hire(jobhuset, Role.TEAM_LEADER);
		caseworker = organisation.hire(jobhuset, Role.CASEWORKER);
		colleague = organisation.hire(sygedagpengehuset, Role.CASEWORKER);
		year = LocalDate.now(clock).getYear() + 1;
	}

	@Test
	void aCodeIsAnsweredOnceAndCountsForItsUnitAndWeek() {
		var round = planRound(QuestionnaireKind.CITIZEN, 6, 7);
		var code = codes(caseworker, round, 6, 1).getFirst();

		var answered = api.post("/api/v1/survey/answers", answer(code, 5, 4, 3, 5, 4, 5, 4, 5, 5));
		var again = api.post("/api/v1/survey/answers", answer(code, 1, 1, 1, 1, 1, 1, 1, 1, 1));

		assertThat(answered.status()).as("%s", answered).isEqualTo(201);
		assertThat(answered.json().path("week").path("week").asInt()).isEqualTo(6);
		assertThat(answered.body()).doesNotContain(jobhuset.toString());
		assertThat(again.status()).as("%s", again).isEqualTo(422);
		assertThat(again.errorFields()).containsExactly("code");
		assertThat(again.json().path("errors").get(0).path("message").asString())
			.isEqualTo("Koden findes ikke, er allerede brugt eller er udløbet");
	}

	@Test
	void resultsCountResponseRatesAndSharesPerUnitAndSuppressSmallGroups() {
		var round = planRound(QuestionnaireKind.CITIZEN, 6, 7);
		var jobhusetCodes = codes(caseworker, round, 6, 10);
		var sygedagpengeCodes = codes(colleague, round, 7, 8);
		// Jobhuset: 6 answers of 10 codes; question 1: five say 5 or 4, one says 2.
		int[][] jobhusetAnswers = { { 5, 4, 3, 5, 4, 5, 4, 5, 5 }, { 5, 5, 5, 5, 5, 5, 5, 5, 5 },
				{ 4, 4, 4, 4, 4, 4, 4, 4, 4 }, { 4, 3, 3, 3, 3, 3, 3, 3, 3 }, { 5, 2, 2, 2, 2, 2, 2, 2, 2 },
				{ 2, 1, 1, 1, 1, 1, 1, 1, 1 } };
		for (var i = 0; i < jobhusetAnswers.length; i++) {
			var body = answer(jobhusetCodes.get(i), jobhusetAnswers[i]);
			body.put("topics", i < 5 ? List.of("JOB") : List.of("HEALTH"));
			assertThat(api.post("/api/v1/survey/answers", body).status()).isEqualTo(201);
		}
		// Sygedagpengehuset: 3 answers of 8 codes: too few to show.
		for (var i = 0; i < 3; i++) {
			assertThat(api.post("/api/v1/survey/answers", answer(sygedagpengeCodes.get(i), 5, 5, 5, 5, 5, 5, 5, 5, 5))
				.status()).isEqualTo(201);
		}

		var result = api.as(leader).get("/api/v1/survey/rounds/" + round + "/results");

		assertThat(result.status()).as("%s", result).isEqualTo(200);
		var json = result.json();
		var overall = json.path("overall");
		assertThat(overall.path("issued").asInt()).isEqualTo(18);
		assertThat(overall.path("answers").asInt()).isEqualTo(9);
		assertThat(overall.path("responseRate").asDouble()).isEqualTo(0.5);
		assertThat(json.path("units")).hasSize(2);
		// Sygedagpengehuset alone is under 5, so Jobhuset (the next smallest) is hidden too:
		// otherwise its 3 answers could be worked out from the whole round minus Jobhuset.
		for (var unit : json.path("units")) {
			assertThat(unit.path("suppressed").asBoolean()).as("%s", unit).isTrue();
			assertThat(unit.has("answers")).isFalse();
			assertThat(unit.path("questions")).isEmpty();
		}
		var question1 = overall.path("questions").get(0);
		assertThat(question1.path("counts").toString()).isEqualTo("[0,1,0,2,6]");
		assertThat(question1.path("positiveShare").asDouble()).isEqualTo(8.0 / 9);
		assertThat(overall.path("topics").path("JOB").asDouble()).isEqualTo(5.0 / 9);
		assertThat(overall.path("topics").path("EDUCATION").asDouble()).isZero();
	}

	@Test
	void aUnitWithFiveAnswersIsShownWithItsShares() {
		var round = planRound(QuestionnaireKind.COMPANY, 10);
		var codes = codes(caseworker, round, 10, 7);
		int[][] answers = { { 5, 5 }, { 4, 4 }, { 4, 2 }, { 3, 4 }, { 5, 5 } };
		for (var i = 0; i < answers.length; i++) {
			var body = answer(codes.get(i), answers[i]);
			body.put("topics", List.of("RECRUITMENT"));
			assertThat(api.post("/api/v1/survey/answers", body).status()).isEqualTo(201);
		}

		var json = api.as(leader).get("/api/v1/survey/rounds/" + round + "/results").json();

		var unit = unit(json, jobhuset);
		assertThat(unit.path("suppressed").asBoolean()).isFalse();
		assertThat(unit.path("answers").asInt()).isEqualTo(5);
		assertThat(unit.path("responseRate").asDouble()).isEqualTo(5.0 / 7);
		assertThat(unit.path("questions").get(0).path("positiveShare").asDouble()).isEqualTo(0.8);
		assertThat(unit.path("questions").get(1).path("positiveShare").asDouble()).isEqualTo(0.8);
		assertThat(unit.path("topics").path("RECRUITMENT").asDouble()).isEqualTo(1.0);
		// The other unit handed out nothing and got nothing: hidden, and that reveals nothing.
		assertThat(unit(json, sygedagpengehuset).path("suppressed").asBoolean()).isTrue();
		assertThat(json.path("overall").path("suppressed").asBoolean()).isFalse();
	}

	@Test
	void staffTypeInPaperQuestionnairesWithTheCodePrintedOnThem() {
		var round = planRound(QuestionnaireKind.CITIZEN, 6);
		var code = codes(caseworker, round, 6, 1).getFirst();
		var body = answer(code, 5, null, 4, 4, 4, 4, 4, 4, 4);
		body.put("freeText", "Rådgiveren lyttede");

		var typedIn = api.as(colleague).post("/api/v1/survey/paper-answers", body);

		assertThat(typedIn.status()).as("%s", typedIn).isEqualTo(201);
		assertThat(api.post("/api/v1/survey/answers", body).status()).isEqualTo(422);
	}

	@Test
	void theContactCourseGetsACodeAfterAConversationOnlyInTheRoundsWeeks() {
		var round = planRound(QuestionnaireKind.CITIZEN, 6, 7);
		var inWeek6 = new IsoWeek(year, 6).monday().plusDays(2);
		var inWeek8 = new IsoWeek(year, 8).monday();

		var code = surveyCodes.afterConversation(jobhuset, inWeek6);
		var none = surveyCodes.afterConversation(jobhuset, inWeek8);
		var noCompanyRound = surveyCodes.afterCompanyContact(jobhuset, inWeek6);

		assertThat(code).isPresent();
		assertThat(code.get().path()).isEqualTo("/svar/" + code.get().code().replace("-", ""));
		assertThat(none).isEmpty();
		assertThat(noCompanyRound).isEmpty();
		var rounds = api.as(leader).get("/api/v1/survey/rounds").json();
		assertThat(rounds.get(0).path("id").asString()).isEqualTo(round);
		assertThat(rounds.get(0).path("issued").asInt()).isEqualTo(1);
		assertThat(rounds.get(0).path("suppressed").asBoolean()).isTrue();
		assertThat(rounds.get(0).has("answers")).isFalse();
		assertThat(api.post("/api/v1/survey/answers", answer(code.get().code(), 4, 4, 4, 4, 4, 4, 4, 4, 4)).status())
			.isEqualTo(201);
	}

	@Test
	void badAnswersAreRefusedInDanishNamingTheField() {
		var round = planRound(QuestionnaireKind.CITIZEN, 6);
		var code = codes(caseworker, round, 6, 1).getFirst();

		var noCode = api.post("/api/v1/survey/answers", Map.of("scores", List.of(5)));
		var tooFew = api.post("/api/v1/survey/answers", answer(code, 5, 4));
		var outOfRange = api.post("/api/v1/survey/answers", answer(code, 5, 4, 7, 5, 4, 5, 4, 5, 5));
		var wrongTopic = api.post("/api/v1/survey/answers",
				Map.of("code", code, "scores", List.of(5, 4, 3, 5, 4, 5, 4, 5, 5), "topics", List.of("RECRUITMENT")));
		var malformed = api.post("/api/v1/survey/answers", answer("0000-1111", 5, 4, 3, 5, 4, 5, 4, 5, 5));
		var word = api.post("/api/v1/survey/answers",
				Map.of("code", code, "scores", List.of(5, 4, "meget", 5, 4, 5, 4, 5, 5)));

		assertProblem(noCode, 400, "code", "Skal udfyldes");
		assertProblem(tooFew, 422, "scores", "Der skal være svar på præcis 9 spørgsmål (tomt svar er tilladt)");
		assertProblem(outOfRange, 422, "scores[2]", "Svaret på spørgsmål 3 skal være et tal fra 1 til 5");
		assertProblem(wrongTopic, 422, "topics", "Vælg kun blandt de viste emner");
		assertProblem(malformed, 422, "code", "Koden skal være 10 tegn (bogstaver og tal)");
		assertProblem(word, 400, "scores[2]", "har et ugyldigt format");
		// Nothing was spent: the code still works.
		assertThat(api.post("/api/v1/survey/answers", answer(code, 5, 4, 3, 5, 4, 5, 4, 5, 5)).status()).isEqualTo(201);
	}

	@Test
	void badRoundsAndBatchesAreRefusedNamingTheField() {
		var weekThatDoesNotExist = api.as(leader).post("/api/v1/survey/rounds", Map.of("kind", "CITIZEN", "name",
				Fresh.name("Måling "), "weeks", List.of(Map.of("year", 2026, "week", 54)), "units",
				List.of(jobhuset.toString())));
		var noUnits = api.as(leader).post("/api/v1/survey/rounds",
				Map.of("kind", "CITIZEN", "name", Fresh.name("Måling "), "weeks", List.of(Map.of("year", year, "week", 6)),
						"units", List.of()));
		var round = planRound(QuestionnaireKind.CITIZEN, 6);
		var overlapping = api.as(leader).post("/api/v1/survey/rounds",
				Map.of("kind", "CITIZEN", "name", Fresh.name("Måling "), "weeks", List.of(Map.of("year", year, "week", 6)),
						"units", List.of(jobhuset.toString())));
		var tooMany = api.as(caseworker).post("/api/v1/survey/rounds/" + round + "/codes",
				Map.of("year", year, "week", 6, "count", 501));
		var wrongWeek = api.as(caseworker).post("/api/v1/survey/rounds/" + round + "/codes",
				Map.of("year", year, "week", 7, "count", 1));

		assertProblem(weekThatDoesNotExist, 422, "weeks[0]", "Uge 54 findes ikke i år 2026");
		assertProblem(noUnits, 400, "units", "Skal udfyldes");
		assertProblem(overlapping, 422, "weeks",
				"En anden måling med samme spørgeskema kører allerede for en af enhederne i en af ugerne");
		assertProblem(tooMany, 400, "count", "Antal koder skal være mellem 1 og 500");
		assertProblem(wrongWeek, 422, "week", "Ugen er ikke med i målingen");
		assertThat(api.as(leader).inEnglish()
			.post("/api/v1/survey/rounds/" + round + "/codes", Map.of("year", year, "week", 6, "count", 1))
			.status()).as("the leader's unit is in the round").isEqualTo(201);
	}

	@Test
	void staffOfAUnitOutsideTheRoundGetNoCodes() {
		var round = api.as(leader).post("/api/v1/survey/rounds", Map.of("kind", "CITIZEN", "name", Fresh.name("Måling "),
				"weeks", List.of(Map.of("year", year, "week", 6)), "units", List.of(jobhuset.toString())));

		var refused = api.as(colleague).post("/api/v1/survey/rounds/" + round.json().path("id").asString() + "/codes",
				Map.of("year", year, "week", 6, "count", 1));

		assertProblem(refused, 422, "round", "Din enhed er ikke med i målingen");
		assertThat(api.as(colleague).get("/api/v1/survey/open-rounds").json()).isEmpty();
	}

	private String planRound(QuestionnaireKind kind, int... weeks) {
		var weekList = Arrays.stream(weeks).mapToObj(week -> Map.of("year", year, "week", week)).toList();
		var created = api.as(leader).post("/api/v1/survey/rounds", Map.of("kind", kind.name(), "name",
				Fresh.name("Brugermåling "), "weeks", weekList, "units",
				List.of(jobhuset.toString(), sygedagpengehuset.toString())));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().path("id").asString();
	}

	private List<String> codes(Staff staff, String round, int week, int count) {
		var batch = api.as(staff).post("/api/v1/survey/rounds/" + round + "/codes",
				Map.of("year", year, "week", week, "count", count));
		assertThat(batch.status()).as("%s", batch).isEqualTo(201);
		var codes = new ArrayList<String>();
		batch.json().path("codes").forEach(code -> codes.add(code.path("code").asString()));
		return codes;
	}

	private static Map<String, Object> answer(String code, Integer... scores) {
		var body = new HashMap<String, Object>();
		body.put("code", code);
		body.put("scores", Arrays.asList(scores));
		return body;
	}

	private static Map<String, Object> answer(String code, int[] scores) {
		return answer(code, Arrays.stream(scores).boxed().toArray(Integer[]::new));
	}

	private static JsonNode unit(JsonNode result, UnitId unit) {
		for (var group : result.path("units")) {
			if (group.path("unit").asString().equals(unit.toString())) {
				return group;
			}
		}
		throw new AssertionError("no unit " + unit + " in " + result);
	}

	private static void assertProblem(Response response, int status, String field, String message) {
		assertThat(response.status()).as("%s", response).isEqualTo(status);
		assertThat(response.errorFields()).as("%s", response).containsExactly(field);
		assertThat(response.json().path("errors").get(0).path("message").asString()).as("%s", response)
			.isEqualTo(message);
	}

}
