package dk.jobvej.survey.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dk.jobvej.identity.UnitId;
import dk.jobvej.survey.IsoWeek;
import dk.jobvej.survey.QuestionnaireKind;
import dk.jobvej.survey.RoundId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The unused answer codes (hashes only) and the count of codes handed out per unit and week. A
 * code is deleted when it is used, so nothing tells when that happened.
 */
@Repository
class Codes {

	private static final String TARGET = """
			select c.round, r.kind, r.municipality_code, c.unit, c.iso_year, c.iso_week
			  from survey.code c join survey.round r on r.id = c.round
			""";

	private final JdbcClient jdbc;

	Codes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Makes {@code count} new codes for the unit and week and adds them to the count handed out. */
	List<AnswerCode> issue(RoundId round, UnitId unit, IsoWeek week, int count, LocalDate validUntil) {
		var codes = new ArrayList<AnswerCode>(count);
		for (var i = 0; i < count; i++) {
			var code = AnswerCode.random();
			jdbc.sql("""
					insert into survey.code (code_hash, round, unit, iso_year, iso_week, valid_until)
					values (?, ?, ?, ?, ?, ?)
					""")
				.params(code.hash(), round.value(), unit.value(), week.year(), week.week(), validUntil)
				.update();
			codes.add(code);
		}
		count(round, unit, week, count);
		return codes;
	}

	/** Adds to the count of codes (questionnaires) handed out. */
	void count(RoundId round, UnitId unit, IsoWeek week, int count) {
		jdbc.sql("""
				insert into survey.issued (round, unit, iso_year, iso_week, issued) values (?, ?, ?, ?, ?)
				on conflict (round, unit, iso_year, iso_week) do update set issued = survey.issued.issued + excluded.issued
				""").params(round.value(), unit.value(), week.year(), week.week(), count).update();
	}

	/** What a code that still works answers for. */
	Optional<CodeTarget> find(AnswerCode code, LocalDate today) {
		return jdbc.sql(TARGET + " where c.code_hash = ? and c.valid_until >= ?")
			.params(code.hash(), today)
			.query((rs, n) -> new CodeTarget(new RoundId(rs.getObject(1, java.util.UUID.class)),
					QuestionnaireKind.valueOf(rs.getString(2)), rs.getInt(3), new UnitId(rs.getObject(4, java.util.UUID.class)),
					new IsoWeek(rs.getInt(5), rs.getInt(6))))
			.optional();
	}

	/** Uses a code: deletes it and answers what its answer counts for; empty when unknown, used or expired. */
	Optional<CodeTarget> redeem(AnswerCode code, LocalDate today) {
		return jdbc.sql("""
				delete from survey.code c using survey.round r
				 where r.id = c.round and c.code_hash = ? and c.valid_until >= ?
				returning c.round, r.kind, r.municipality_code, c.unit, c.iso_year, c.iso_week
				""")
			.params(code.hash(), today)
			.query((rs, n) -> new CodeTarget(new RoundId(rs.getObject(1, java.util.UUID.class)),
					QuestionnaireKind.valueOf(rs.getString(2)), rs.getInt(3), new UnitId(rs.getObject(4, java.util.UUID.class)),
					new IsoWeek(rs.getInt(5), rs.getInt(6))))
			.optional();
	}

	/** Deletes codes whose last day has passed. */
	int purgeExpired(LocalDate today) {
		return jdbc.sql("delete from survey.code where valid_until < ?").param(today).update();
	}

}
