package dk.jobvej.demo;

import java.time.Clock;
import java.time.LocalDate;

import dk.jobvej.results.BenchmarkImport;
import dk.jobvej.results.KpiTargets;
import dk.jobvej.results.ResultsRefresh;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The results of the demo: seed 000's benchmark table; the Beskæftigelsesplan 2024 targets carried
 * over to the current year (the seeds have no later plan, so the demo reuses 2024's, and the
 * targets' source says so); and one full read of Aalborg's benefit histories, as the demo's
 * citizens come in by bulk import, which publishes no events.
 */
@Component
class DemoResults {

	private static final Logger log = LoggerFactory.getLogger(DemoResults.class);

	static final int PLAN_YEAR = 2024;

	private final ResultsRefresh refresh;

	private final KpiTargets targets;

	private final BenchmarkImport benchmarks;

	private final Clock clock;

	DemoResults(ResultsRefresh refresh, KpiTargets targets, BenchmarkImport benchmarks, Clock clock) {
		this.refresh = refresh;
		this.targets = targets;
		this.benchmarks = benchmarks;
		this.clock = clock;
	}

	void ensure(boolean citizensImported) {
		benchmarks.importSeed000();
		var year = LocalDate.now(clock).getYear();
		var carried = 0;
		for (var to = PLAN_YEAR + 1; to <= year; to++) {
			carried += targets.carryOver(Municipalities.AALBORG, PLAN_YEAR, to, "system:demo");
		}
		if (carried > 0) {
			log.info("Demo results: {} targets of Beskæftigelsesplan {} carried over to {}-{}", carried, PLAN_YEAR,
					PLAN_YEAR + 1, year);
		}
		if (citizensImported || refresh.refreshedAt(Municipalities.AALBORG).isEmpty()) {
			var done = refresh.refresh(Municipalities.AALBORG);
			log.info("Demo results: Aalborg's benefit histories read: {} citizens, {} periods in {} ms", done.citizens(),
					done.periods(), done.millis());
		}
	}

}
