package dk.jobvej.results.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;

import dk.jobvej.citizen.CitizenHistory;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.results.ResultsRefresh;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads every benefit history of a municipality once through {@link CitizenRegister} and replaces
 * its pseudonymised benefit periods and the facts derived from them, and the facts of its offers
 * ({@link PlanSource}). Full-time persons are counted
 * from those periods ({@link #fullTimePersons}), which events keep current between reads.
 */
@Service
public class Refresh implements ResultsRefresh {

	private static final Logger log = LoggerFactory.getLogger(Refresh.class);

	private final CitizenRegister citizens;

	private final BenefitSpans spans;

	private final Facts facts;

	private final Pseudonyms pseudonyms;

	private final PlanSource plan;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate reading;

	private final TransactionTemplate writing;

	Refresh(CitizenRegister citizens, BenefitSpans spans, Facts facts, Pseudonyms pseudonyms, PlanSource plan,
			JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.plan = plan;
		this.citizens = citizens;
		this.spans = spans;
		this.facts = facts;
		this.pseudonyms = pseudonyms;
		this.jdbc = jdbc;
		this.clock = clock;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.writing = new TransactionTemplate(transactions);
	}

	@Override
	public Refreshed refresh(int municipalityCode) {
		var started = System.nanoTime();
		var subjects = new Copy.Rows();
		var spanRows = new Copy.Rows();
		var derived = new ArrayList<Fact>();
		var keys = new HashSet<String>();
		var counts = new int[2];
		reading.executeWithoutResult(status -> citizens.forEachHistory(municipalityCode, history -> {
			counts[0]++;
			counts[1] += history.benefits().size();
			var subject = pseudonyms.of(history.id());
			var unit = history.unit().value();
			subjects.row(subject, municipalityCode, unit);
			var own = new ArrayList<Span>();
			for (var benefit : history.benefits()) {
				var key = key(history, benefit);
				if (keys.add(key)) {
					BenefitSpans.row(spanRows, key, subject, municipalityCode, benefit);
				}
				own.add(BenefitSpans.span(benefit));
			}
			derived.addAll(BenefitFacts.of(subject, municipalityCode, unit, own));
		}));
		var offers = reading.execute(status -> plan.all(municipalityCode));
		var read = System.nanoTime();
		writing.executeWithoutResult(status -> {
			spans.replaceAll(municipalityCode, subjects, spanRows);
			facts.replaceAll(municipalityCode, BenefitFacts.MEASURES, derived);
			facts.replaceAll(municipalityCode, PlanSource.MEASURES, offers);
		});
		var millis = (System.nanoTime() - started) / 1_000_000;
		log.info("Results of municipality {} refreshed: {} histories read in {} ms, written in {} ms", municipalityCode,
				counts[0], (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
		jdbc.sql("""
				insert into results.refresh (municipality_code, refreshed_at, citizens, periods, millis)
				values (?, ?, ?, ?, ?)
				on conflict (municipality_code) do update set refreshed_at = excluded.refreshed_at,
				    citizens = excluded.citizens, periods = excluded.periods, millis = excluded.millis
				""")
			.params(municipalityCode, Timestamp.from(clock.instant()), counts[0], counts[1], (int) millis)
			.update();
		return new Refreshed(municipalityCode, counts[0], counts[1], millis);
	}

	@Override
	public java.util.Optional<java.time.Instant> refreshedAt(int municipalityCode) {
		return jdbc.sql("select refreshed_at from results.refresh where municipality_code = ?")
			.param(municipalityCode)
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	/**
	 * Full-time persons per benefit and month from {@code first} to {@code last} (running periods up
	 * to today) of the municipality, or of every municipality when null: what the pages, the report
	 * and the benchmark count.
	 */
	public FteTable fullTimePersons(@Nullable Integer municipalityCode, YearMonth first, YearMonth last) {
		var fte = new FullTimePersons(first, last, LocalDate.now(clock));
		reading.executeWithoutResult(status -> spans.forEachPerson(municipalityCode, fte::add));
		return fte.table();
	}

	private String key(CitizenHistory history, CitizenHistory.Benefit benefit) {
		return pseudonyms.key(history.id().value() + "|" + benefit.type().name() + "|" + benefit.from());
	}

}
