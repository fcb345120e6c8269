package dk.jobvej.results.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenHistory;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.results.ResultsRefresh;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads every benefit history of a municipality once through {@link CitizenRegister} and replaces
 * its full-time persons (the complete months of the current year and the whole years before, as
 * many as configured), its pseudonymised benefit spans and the facts derived from them.
 */
@Service
public class Refresh implements ResultsRefresh {

	private final CitizenRegister citizens;

	private final BenefitSpans spans;

	private final Facts facts;

	private final Copy copy;

	private final Pseudonyms pseudonyms;

	private final JdbcClient jdbc;

	private final ResultsProperties properties;

	private final Clock clock;

	private final TransactionTemplate reading;

	private final TransactionTemplate writing;

	Refresh(CitizenRegister citizens, BenefitSpans spans, Facts facts, Copy copy, Pseudonyms pseudonyms,
			JdbcClient jdbc, ResultsProperties properties, Clock clock, PlatformTransactionManager transactions) {
		this.citizens = citizens;
		this.spans = spans;
		this.facts = facts;
		this.copy = copy;
		this.pseudonyms = pseudonyms;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.writing = new TransactionTemplate(transactions);
	}

	@Override
	public Refreshed refresh(int municipalityCode) {
		var started = System.nanoTime();
		var today = LocalDate.now(clock);
		var first = YearMonth.of(today.getYear() - properties.years(), 1);
		var last = YearMonth.from(today).minusMonths(1);
		var fte = new FullTimePersons(first, last, today);
		var subjects = new Copy.Rows();
		var spanRows = new Copy.Rows();
		var derived = new ArrayList<Fact>();
		var keys = new HashSet<String>();
		reading.executeWithoutResult(status -> citizens.forEachHistory(municipalityCode, history -> {
			fte.add(history.benefits());
			var subject = pseudonyms.of(history.id());
			var unit = history.unit().value();
			subjects.row(subject, municipalityCode, unit);
			var own = new ArrayList<Span>();
			for (var benefit : history.benefits()) {
				var span = new Span(benefit.type(), YearMonth.from(benefit.from()), BenefitSpans.month(benefit.to()));
				var key = key(history, benefit);
				if (keys.add(key)) {
					BenefitSpans.row(spanRows, key, subject, municipalityCode, span);
				}
				own.add(span);
			}
			derived.addAll(BenefitFacts.of(subject, municipalityCode, unit, own));
		}));
		var table = fte.table();
		writing.executeWithoutResult(status -> {
			spans.replaceAll(municipalityCode, subjects, spanRows);
			facts.replaceAll(municipalityCode, BenefitFacts.MEASURES, derived);
			replaceFullTimePersons(municipalityCode, table);
		});
		var millis = (System.nanoTime() - started) / 1_000_000;
		jdbc.sql("""
				insert into results.refresh (municipality_code, refreshed_at, first_month, last_month, citizens, periods, millis)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (municipality_code) do update set refreshed_at = excluded.refreshed_at,
				    first_month = excluded.first_month, last_month = excluded.last_month, citizens = excluded.citizens,
				    periods = excluded.periods, millis = excluded.millis
				""")
			.params(municipalityCode, Timestamp.from(clock.instant()), first.atDay(1), last.atDay(1),
					(int) fte.persons(), (int) fte.periods(), (int) millis)
			.update();
		return new Refreshed(municipalityCode, (int) fte.persons(), (int) fte.periods(), millis);
	}

	@Override
	public java.util.Optional<java.time.Instant> refreshedAt(int municipalityCode) {
		return jdbc.sql("select refreshed_at from results.refresh where municipality_code = ?")
			.param(municipalityCode)
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	/**
	 * Full-time persons per benefit and month from {@code first} to {@code last} (running periods
	 * up to today), straight from the benefit histories: what the benchmark times.
	 */
	public FteTable fullTimePersons(int municipalityCode, YearMonth first, YearMonth last) {
		var fte = new FullTimePersons(first, last, LocalDate.now(clock));
		reading.executeWithoutResult(
				status -> citizens.forEachHistory(municipalityCode, history -> fte.add(history.benefits())));
		return fte.table();
	}

	private void replaceFullTimePersons(int municipalityCode, FteTable table) {
		jdbc.sql("delete from results.full_time_persons where municipality_code = ?").param(municipalityCode).update();
		var rows = new Copy.Rows();
		for (var month : table.monthList()) {
			for (var type : BenefitType.values()) {
				rows.row(municipalityCode, month.atDay(1), type.name(),
						java.math.BigDecimal.valueOf(table.of(type, month)).setScale(3, java.math.RoundingMode.HALF_UP));
			}
		}
		copy.in("results.full_time_persons (municipality_code, month, benefit, persons)", rows);
	}

	private String key(CitizenHistory history, CitizenHistory.Benefit benefit) {
		return pseudonyms.key(history.id().value() + "|" + benefit.type().name() + "|" + benefit.from());
	}

}
