package dk.jobvej.results.internal;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.jobvej.citizen.BenefitType;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The pseudonymised benefit spans and the citizens' units (results.subject). */
@Repository
class BenefitSpans {

	private final JdbcClient jdbc;

	private final Copy copy;

	BenefitSpans(JdbcClient jdbc, Copy copy) {
		this.jdbc = jdbc;
		this.copy = copy;
	}

	void upsert(String key, UUID subject, int municipalityCode, Span span) {
		jdbc.sql("""
				insert into results.benefit_span (source_key, subject, municipality_code, benefit, first_month, last_month)
				values (?, ?, ?, ?, ?, ?)
				on conflict (source_key) do update set first_month = excluded.first_month, last_month = excluded.last_month
				""")
			.params(key, subject, municipalityCode, span.benefit().name(), Date.valueOf(span.first().atDay(1)),
					span.last() == null ? null : Date.valueOf(span.last().atDay(1)))
			.update();
	}

	List<Span> of(UUID subject) {
		return jdbc.sql("select benefit, first_month, last_month from results.benefit_span where subject = ?")
			.param(subject)
			.query((rs, n) -> new Span(BenefitType.valueOf(rs.getString(1)), YearMonth.from(rs.getDate(2).toLocalDate()),
					rs.getDate(3) == null ? null : YearMonth.from(rs.getDate(3).toLocalDate())))
			.list();
	}

	void unit(UUID subject, int municipalityCode, UUID unit) {
		jdbc.sql("""
				insert into results.subject (subject, municipality_code, unit) values (?, ?, ?)
				on conflict (subject) do update set unit = excluded.unit, municipality_code = excluded.municipality_code
				""").params(subject, municipalityCode, unit).update();
	}

	Optional<UUID> unitOf(UUID subject) {
		return jdbc.sql("select unit from results.subject where subject = ?").param(subject).query(UUID.class).optional();
	}

	/** Replaces the municipality's spans and subjects, through COPY; in the caller's transaction. */
	void replaceAll(int municipalityCode, Copy.Rows subjects, Copy.Rows spans) {
		jdbc.sql("delete from results.benefit_span where municipality_code = ?").param(municipalityCode).update();
		jdbc.sql("delete from results.subject where municipality_code = ?").param(municipalityCode).update();
		copy.in("results.subject (subject, municipality_code, unit)", subjects);
		copy.in("results.benefit_span (source_key, subject, municipality_code, benefit, first_month, last_month)", spans);
	}

	static void row(Copy.Rows rows, String key, UUID subject, int municipalityCode, Span span) {
		rows.row(key, subject, municipalityCode, span.benefit().name(), span.first().atDay(1),
				span.last() == null ? null : span.last().atDay(1));
	}

	static @Nullable YearMonth month(java.time.@Nullable LocalDate day) {
		return day == null ? null : YearMonth.from(day);
	}

}
