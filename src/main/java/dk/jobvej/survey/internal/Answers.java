package dk.jobvej.survey.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores answers: round, unit, ISO week, channel, scores, topics, comment, and a random id. Nothing else. */
@Repository
class Answers {

	private final JdbcClient jdbc;

	Answers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(CodeTarget target, Channel channel, Submission submission) {
		jdbc.sql("""
				insert into survey.answer (id, round, unit, iso_year, iso_week, channel, scores, topics, free_text)
				values (?, ?, ?, ?, ?, ?, ?::smallint[], ?::varchar[], ?)
				""")
			.params(UUID.randomUUID(), target.round().value(), target.unit().value(), target.week().year(),
					target.week().week(), channel.name(), submission.scoresLiteral(), submission.topicsLiteral(),
					submission.freeText())
			.update();
	}

}
