package dk.jobvej.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.AuditTrail;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.TestOrganisation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers can never be traced back to whoever answered. The answer table holds nothing finer than
 * the ISO week and nothing to join on: no time, no date, no code, no person, no sequence; a used
 * code leaves no trace; and neither the event registry nor the audit trail records an answer.
 */
@JobvejIntegrationTest
class SurveyAnonymityTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog auditLog;

	@Autowired
	Clock clock;

	@Test
	void theAnswerTableHasOnlyTheRoundTheUnitTheWeekAndTheAnswers() {
		var columns = jdbc.sql("""
				select column_name, data_type from information_schema.columns
				 where table_schema = 'survey' and table_name = 'answer' order by ordinal_position
				""").query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list();

		assertThat(columns).containsExactly("id uuid", "round uuid", "unit uuid", "iso_year integer",
				"iso_week integer", "channel character varying", "scores ARRAY", "topics ARRAY", "free_text character varying");
	}

	@Test
	void noSurveyTableHoldsATimeAPersonOrALinkBetweenCodesAndAnswers() {
		var timeColumns = jdbc.sql("""
				select table_name || '.' || column_name from information_schema.columns
				 where table_schema = 'survey' and (data_type like 'timestamp%' or data_type like 'time%'
				       or (data_type = 'date' and table_name <> 'code'))
				""").query(String.class).list();
		var personColumns = jdbc.sql("""
				select table_name || '.' || column_name from information_schema.columns
				 where table_schema = 'survey' and (column_name like '%citizen%' or column_name like '%staff%'
				       or column_name like '%_by' or column_name like '%cpr%' or column_name like '%answer%'
				       or (column_name like '%code%' and column_name <> 'municipality_code' and table_name <> 'code'))
				""").query(String.class).list();
		var answerReferences = jdbc.sql("""
				select tc.table_name from information_schema.table_constraints tc
				  join information_schema.constraint_column_usage cu on cu.constraint_name = tc.constraint_name
				 where tc.constraint_type = 'FOREIGN KEY' and cu.table_schema = 'survey'
				   and cu.table_name in ('answer', 'code')
				""").query(String.class).list();
		var sequences = jdbc.sql("select sequence_name from information_schema.sequences where sequence_schema = 'survey'")
			.query(String.class)
			.list();

		assertThat(timeColumns).as("only a code's last valid day is a date").isEmpty();
		assertThat(personColumns).isEmpty();
		assertThat(answerReferences).as("nothing refers to an answer or a code").isEmpty();
		assertThat(sequences).isEmpty();
	}

	@Test
	void anAnsweredCodeLeavesNoTraceAndTheAnswerCannotBeMatchedToIt() {
		var organisation = new TestOrganisation(administration);
		var unit = organisation.unit("Jobhuset", Fresh.municipality());
		var leader = organisation.hire(unit, Role.TEAM_LEADER);
		var api = ApiClient.at(port);
		var year = LocalDate.now(clock).getYear() + 1;
		var round = api.as(leader)
			.post("/api/v1/survey/rounds", Map.of("kind", "CITIZEN", "name", Fresh.name("Anonym "), "weeks",
					List.of(Map.of("year", year, "week", 6)), "units", List.of(unit.toString())))
			.json()
			.path("id")
			.asString();
		var codes = new ArrayList<String>();
		api.as(leader)
			.post("/api/v1/survey/rounds/" + round + "/codes", Map.of("year", year, "week", 6, "count", 3))
			.json()
			.path("codes")
			.forEach(code -> codes.add(code.path("code").asString()));
		var eventsBefore = jdbc.sql("select count(*) from event_publication").query(Integer.class).single();

		// Two different people answer with two codes, in this order.
		assertThat(api.post("/api/v1/survey/answers", Map.of("code", codes.get(0), "scores",
				List.of(5, 5, 5, 5, 5, 5, 5, 5, 5), "freeText", "Første")).status()).isEqualTo(201);
		assertThat(api.post("/api/v1/survey/answers", Map.of("code", codes.get(1), "scores",
				List.of(1, 1, 1, 1, 1, 1, 1, 1, 1), "freeText", "Anden")).status()).isEqualTo(201);

		var rows = jdbc.sql("select row_to_json(a)::text from survey.answer a where round = ?::uuid")
			.param(round)
			.query(String.class)
			.list();
		assertThat(rows).hasSize(2);
		for (var row : rows) {
			for (var code : codes) {
				assertThat(row).doesNotContain(code).doesNotContain(code.replace("-", ""));
			}
			assertThat(row).contains("\"iso_week\":6").doesNotContain(LocalDate.now(clock).toString());
		}
		assertThat(jdbc.sql("select count(*) from survey.code where round = ?::uuid").param(round).query(Integer.class).single())
			.as("only the unused code is left").isEqualTo(1);
		assertThat(jdbc.sql("select issued from survey.issued where round = ?::uuid").param(round).query(Integer.class).single())
			.isEqualTo(3);
		assertThat(jdbc.sql("select count(*) from event_publication").query(Integer.class).single())
			.as("no event records an answer (the registry keeps times)").isEqualTo(eventsBefore);
		assertThat(new AuditTrail(auditLog).about("survey/" + round)).isEmpty();
		var answerIds = jdbc.sql("select id::text from survey.answer where round = ?::uuid").param(round).query(String.class).list();
		assertThat(answerIds).allSatisfy(id -> assertThat(id.charAt(14)).as("random (version 4) UUID").isEqualTo('4'));
	}

}
