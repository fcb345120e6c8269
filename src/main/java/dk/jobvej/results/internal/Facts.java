package dk.jobvej.results.internal;

import java.sql.Date;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import dk.jobvej.results.Measure;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The facts of the measures. Recording is idempotent by measure and source key. */
@Repository
public class Facts {

	private final JdbcClient jdbc;

	private final Copy copy;

	Facts(JdbcClient jdbc, Copy copy) {
		this.jdbc = jdbc;
		this.copy = copy;
	}

	/** Records a fact, or updates the one recorded before from the same source (a grant extended, a unit changed). */
	@Transactional
	public void record(Fact fact) {
		jdbc.sql("""
				insert into results.fact (measure, source_key, municipality_code, unit, subject, month, last_month, known_from)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (measure, source_key) do update set unit = excluded.unit, subject = excluded.subject,
				    month = excluded.month, last_month = excluded.last_month, known_from = excluded.known_from
				""")
			.params(fact.measure().name(), fact.sourceKey(), fact.municipalityCode(), fact.unit(), fact.subject(),
					date(fact.month()), fact.lastMonth() == null ? null : date(fact.lastMonth()),
					Date.valueOf(fact.knownFrom()))
			.update();
	}

	/** Withdraws a fact (a start that was cancelled). */
	@Transactional
	public void withdraw(Measure measure, String sourceKey) {
		jdbc.sql("delete from results.fact where measure = ? and source_key = ?").params(measure.name(), sourceKey).update();
	}

	/** Replaces one citizen's facts of the measures. */
	@Transactional
	void replace(UUID subject, Collection<Measure> measures, List<Fact> facts) {
		jdbc.sql("delete from results.fact where subject = ? and measure in (:measures)".replace(":measures",
				String.join(",", measures.stream().map(m -> "'" + m.name() + "'").toList())))
			.param(subject)
			.update();
		facts.forEach(this::record);
	}

	/** Replaces all the municipality's facts of the measures, through COPY; in the caller's transaction. */
	void replaceAll(int municipalityCode, Collection<Measure> measures, List<Fact> facts) {
		jdbc.sql("delete from results.fact where municipality_code = ? and measure in (:measures)".replace(":measures",
				String.join(",", measures.stream().map(m -> "'" + m.name() + "'").toList())))
			.param(municipalityCode)
			.update();
		var rows = new Copy.Rows();
		for (var fact : facts) {
			rows.row(fact.measure().name(), fact.sourceKey(), fact.municipalityCode(), fact.unit(), fact.subject(),
					fact.month().atDay(1), fact.lastMonth() == null ? null : fact.lastMonth().atDay(1), fact.knownFrom());
		}
		copy.in("results.fact (measure, source_key, municipality_code, unit, subject, month, last_month, known_from)",
				rows);
	}

	private static Date date(@Nullable YearMonth month) {
		return month == null ? null : Date.valueOf(month.atDay(1));
	}

}
