package dk.jobvej.results.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenHistory.Benefit;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The pseudonymised benefit periods (results.benefit_span) and the citizens' units (results.subject). */
@Repository
class BenefitSpans {

	private static final BenefitType[] TYPES = BenefitType.values();

	/** The benefit as its ordinal, so the stream reads a small number instead of a name. */
	private static final String BENEFIT_ORDINAL = "case benefit " + String.join(" ",
			java.util.Arrays.stream(TYPES).map(t -> "when '" + t.name() + "' then " + t.ordinal()).toList()) + " end";

	private final JdbcClient jdbc;

	private final JdbcTemplate streaming;

	private final Copy copy;

	BenefitSpans(JdbcClient jdbc, DataSource dataSource, Copy copy) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(10_000);
		this.copy = copy;
	}

	void upsert(String key, UUID subject, int municipalityCode, BenefitType benefit, LocalDate from,
			@Nullable LocalDate to) {
		jdbc.sql("""
				insert into results.benefit_span (source_key, subject, municipality_code, benefit, from_date, to_date)
				values (?, ?, ?, ?, ?, ?)
				on conflict (source_key) do update set from_date = excluded.from_date, to_date = excluded.to_date
				""")
			.params(key, subject, municipalityCode, benefit.name(), Date.valueOf(from), to == null ? null : Date.valueOf(to))
			.update();
	}

	/** A citizen's benefit periods by month. */
	List<Span> of(UUID subject) {
		return jdbc.sql("select benefit, from_date, to_date from results.benefit_span where subject = ?")
			.param(subject)
			.query((rs, n) -> new Span(BenefitType.valueOf(rs.getString(1)), YearMonth.from(rs.getDate(2).toLocalDate()),
					rs.getDate(3) == null ? null : YearMonth.from(rs.getDate(3).toLocalDate())))
			.list();
	}

	/**
	 * Every citizen's benefit periods of the municipality (or of all municipalities, when null), one
	 * citizen at a time; needs a transaction for the cursor.
	 */
	void forEachPerson(@Nullable Integer municipalityCode, Consumer<List<Benefit>> each) {
		var person = new ArrayList<Benefit>();
		var current = new String[1];
		RowCallbackHandler rows = rs -> {
			var subject = rs.getString(1);
			if (!subject.equals(current[0]) && !person.isEmpty()) {
				each.accept(person);
				person.clear();
			}
			current[0] = subject;
			var toDay = rs.getInt(4);
			var to = rs.wasNull() ? null : LocalDate.ofEpochDay(toDay);
			person.add(new Benefit(TYPES[rs.getInt(2)], LocalDate.ofEpochDay(rs.getInt(3)), to));
		};
		var select = "select subject::text, " + BENEFIT_ORDINAL + ", from_date - date '1970-01-01',"
				+ " to_date - date '1970-01-01' from results.benefit_span";
		if (municipalityCode == null) {
			streaming.query(select + " order by municipality_code, subject", rows);
		}
		else {
			streaming.query(select + " where municipality_code = ? order by municipality_code, subject", rows,
					municipalityCode);
		}
		if (!person.isEmpty()) {
			each.accept(person);
		}
	}

	/** The first year with a benefit day in the municipality, if any. */
	Optional<Integer> firstYear(int municipalityCode) {
		return jdbc.sql("select extract(year from min(from_date))::int from results.benefit_span where municipality_code = ?")
			.param(municipalityCode)
			.query((rs, n) -> rs.getObject(1, Integer.class))
			.optional()
			.filter(java.util.Objects::nonNull);
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

	/** Replaces the municipality's periods and subjects, through COPY; in the caller's transaction. */
	void replaceAll(int municipalityCode, Copy.Rows subjects, Copy.Rows spans) {
		jdbc.sql("delete from results.benefit_span where municipality_code = ?").param(municipalityCode).update();
		jdbc.sql("delete from results.subject where municipality_code = ?").param(municipalityCode).update();
		copy.in("results.subject (subject, municipality_code, unit)", subjects);
		copy.in("results.benefit_span (source_key, subject, municipality_code, benefit, from_date, to_date)", spans);
	}

	static void row(Copy.Rows rows, String key, UUID subject, int municipalityCode, Benefit benefit) {
		rows.row(key, subject, municipalityCode, benefit.type().name(), benefit.from(), benefit.to());
	}

	static Span span(Benefit benefit) {
		return new Span(benefit.type(), YearMonth.from(benefit.from()), month(benefit.to()));
	}

	static @Nullable YearMonth month(@Nullable LocalDate day) {
		return day == null ? null : YearMonth.from(day);
	}

}
