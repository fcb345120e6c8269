import java.io.FileWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import dk.jobvej.JobvejApplication;
import dk.jobvej.citizen.BenefitType;
import dk.jobvej.results.ResultsRefresh;
import dk.jobvej.results.internal.FteTable;
import dk.jobvej.results.internal.Refresh;

import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Full-time persons per benefit and month for five years at national scale: Jobvej (the results
 * module streaming its pseudonymised benefit periods from PostgreSQL into {@code FullTimePersons})
 * side by side with DuckDB computing the same from the same periods exported to CSV and Parquet.
 *
 * <p>Starts Jobvej (on a free port) on the national demo data (generated on the first run, kept
 * in the data directory), reads the benefit histories of every municipality into the results
 * module once, then times each engine several times and checks that both give the same figures.
 * Run through {@code bench/fte-vs-duckdb.sh}.
 */
public class FteVsDuckDb {

	/**
	 * Runs per engine. The machine is shared and its processes are sometimes paused, so the
	 * fastest run (min) is the figure to compare; the median is printed beside it.
	 */
	static final int RUNS = 7;

	public static void main(String[] args) throws Exception {
		var dataDirectory = args.length > 0 ? args[0] : "/tmp/jobvej-results/national";
		var work = Path.of(args.length > 1 ? args[1] : "/tmp/jobvej-results/bench");
		Files.createDirectories(work);
		var context = new SpringApplication(JobvejApplication.class);
		context.setAdditionalProfiles("demo");
		var app = context.run("--server.port=0", "--jobvej.demo.scale=national",
				"--jobvej.database.data-directory=" + dataDirectory, "--jobvej.database.port=" + (args.length > 2 ? args[2] : "54334"),
				"--logging.level.root=WARN", "--logging.level.dk.jobvej=INFO");
		try {
			var jdbc = app.getBean(JdbcClient.class);
			var refresh = app.getBean(ResultsRefresh.class);
			var municipalities = jdbc.sql("select distinct municipality_code from citizen.citizen order by 1")
				.query(Integer.class)
				.list();
			var loadStarted = System.nanoTime();
			var loaded = 0;
			for (var code : municipalities) {
				if (refresh.refreshedAt(code).isEmpty()) {
					refresh.refresh(code);
					loaded++;
				}
			}
			System.out.printf(Locale.ROOT, "%d municipalities; %d read into the results module now in %.1f s%n",
					municipalities.size(), loaded, (System.nanoTime() - loadStarted) / 1e9);
			var periods = jdbc.sql("select count(*) from results.benefit_span").query(Long.class).single();
			var people = jdbc.sql("select count(distinct subject) from results.benefit_span").query(Long.class).single();
			var today = LocalDate.now();
			var last = YearMonth.from(today).minusMonths(1);
			var first = last.minusMonths(59);
			System.out.printf(Locale.ROOT, "%,d benefit periods of %,d people; months %s to %s (60), running periods to %s%n",
					periods, people, first, last, today);

			var counter = app.getBean(Refresh.class);
			var jobvej = new ArrayList<Double>();
			FteTable table = null;
			for (var run = 0; run < RUNS; run++) {
				var started = System.nanoTime();
				table = counter.fullTimePersons(null, first, last);
				jobvej.add((System.nanoTime() - started) / 1e6);
			}
			System.out.printf(Locale.ROOT, "Jobvej runs: %s ms%n", runs(jobvej));

			var csv = work.resolve("benefit_periods.csv");
			var parquet = work.resolve("benefit_periods.parquet");
			var exportStarted = System.nanoTime();
			try (var connection = app.getBean(DataSource.class).getConnection(); Writer out = new FileWriter(csv.toFile())) {
				connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyOut("copy (select subject, municipality_code, benefit, from_date, to_date from results.benefit_span)"
							+ " to stdout with (format csv, header)", out);
			}
			var exported = (System.nanoTime() - exportStarted) / 1e6;
			try (var duck = DriverManager.getConnection("jdbc:duckdb:"); var statement = duck.createStatement()) {
				statement.execute("copy (select * from read_csv('" + csv + "', header = true, columns = {'subject': 'UUID',"
						+ " 'municipality_code': 'INTEGER', 'benefit': 'VARCHAR', 'from_date': 'DATE', 'to_date': 'DATE'}))"
						+ " to '" + parquet + "' (format parquet)");
				var onCsv = new ArrayList<Double>();
				var onParquet = new ArrayList<Double>();
				EnumMap<BenefitType, double[]> duckTable = null;
				for (var run = 0; run < RUNS; run++) {
					var started = System.nanoTime();
					duckTable = query(statement, "read_csv('" + csv + "', header = true, columns = {'subject': 'UUID',"
							+ " 'municipality_code': 'INTEGER', 'benefit': 'VARCHAR', 'from_date': 'DATE', 'to_date': 'DATE'})",
							first, last, today);
					onCsv.add((System.nanoTime() - started) / 1e6);
				}
				for (var run = 0; run < RUNS; run++) {
					var started = System.nanoTime();
					duckTable = query(statement, "read_parquet('" + parquet + "')", first, last, today);
					onParquet.add((System.nanoTime() - started) / 1e6);
				}
				var worst = 0.0;
				for (var type : BenefitType.values()) {
					for (var m = 0; m < 60; m++) {
						worst = Math.max(worst, Math.abs(table.of(type, first.plusMonths(m)) - duckTable.get(type)[m]));
					}
				}
				System.out.printf(Locale.ROOT, "figures: %d benefits x 60 months; largest difference Jobvej vs DuckDB %.9f full-time persons%n",
						BenefitType.values().length, worst);
				System.out.printf(Locale.ROOT, "check: %s, all benefits = %.0f full-time persons (Jobvej), %.0f (DuckDB)%n", last,
						table.total(last), total(duckTable, 59));
				System.out.printf(Locale.ROOT, "Jobvej (PostgreSQL stream + Java), %d runs: %s ms; min %.0f, median %.0f ms%n", RUNS,
						runs(jobvej), min(jobvej), median(jobvej));
				System.out.printf(Locale.ROOT, "DuckDB %s on CSV, %d runs: %s ms; min %.0f, median %.0f ms%n",
						duckVersion(statement), RUNS, runs(onCsv), min(onCsv), median(onCsv));
				System.out.printf(Locale.ROOT, "DuckDB on Parquet, %d runs: %s ms; min %.0f, median %.0f ms%n", RUNS,
						runs(onParquet), min(onParquet), median(onParquet));
				System.out.printf(Locale.ROOT,
						"Jobvej / DuckDB (min): %.2f x (CSV), %.2f x (Parquet); (median): %.2f x, %.2f x; CSV export %.0f ms (%,d bytes)%n",
						min(jobvej) / min(onCsv), min(jobvej) / min(onParquet), median(jobvej) / median(onCsv),
						median(jobvej) / median(onParquet), exported, Files.size(csv));
			}
		}
		finally {
			app.close();
		}
	}

	/**
	 * The same definition in SQL: per person and benefit, overlapping periods merged (each day
	 * once), running periods to today, then days with the benefit in each month ÷ the month's days.
	 */
	static EnumMap<BenefitType, double[]> query(java.sql.Statement statement, String source, YearMonth first,
			YearMonth last, LocalDate today) throws Exception {
		var start = first.atDay(1);
		var end = last.atEndOfMonth().isBefore(today) ? last.atEndOfMonth() : today;
		var sql = """
				with p as (
				  select subject, benefit, from_date as f, coalesce(to_date, date '%2$s') as t from %1$s
				  where from_date <= date '%2$s' and coalesce(to_date, date '%2$s') >= date '%3$s'),
				o as (
				  select *, max(t) over (partition by subject, benefit order by f, t
				    rows between unbounded preceding and 1 preceding) as prev from p),
				g as (
				  select *, sum(case when prev is null or f > prev + 1 then 1 else 0 end)
				    over (partition by subject, benefit order by f, t) as island from o),
				merged as (select benefit, min(f) as f, least(max(t), date '%2$s') as t from g group by subject, benefit, island),
				months as (
				  select cast(range as date) as ms, cast(range + interval 1 month - interval 1 day as date) as me
				  from range(date '%3$s', date '%4$s', interval 1 month))
				select benefit, ms, sum(date_diff('day', greatest(f, ms), least(t, me)) + 1) / (date_diff('day', ms, me) + 1.0)
				from merged join months on f <= me and t >= ms
				group by benefit, ms, me
				""".formatted(source, end, start, last.plusMonths(1).atDay(1));
		var table = new EnumMap<BenefitType, double[]>(BenefitType.class);
		for (var type : BenefitType.values()) {
			table.put(type, new double[60]);
		}
		try (var rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				var month = YearMonth.from(rows.getDate(2).toLocalDate());
				var index = (int) java.time.temporal.ChronoUnit.MONTHS.between(first, month);
				table.get(BenefitType.valueOf(rows.getString(1)))[index] = rows.getDouble(3);
			}
		}
		return table;
	}

	static double total(EnumMap<BenefitType, double[]> table, int month) {
		return table.values().stream().mapToDouble(row -> row[month]).sum();
	}

	static String duckVersion(java.sql.Statement statement) throws Exception {
		try (var rows = statement.executeQuery("select version()")) {
			rows.next();
			return rows.getString(1);
		}
	}

	static String runs(List<Double> millis) {
		return String.join(", ", millis.stream().map(m -> String.format(Locale.ROOT, "%.0f", m)).toList());
	}

	static double min(List<Double> millis) {
		return millis.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
	}

	static double median(List<Double> millis) {
		var sorted = millis.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

}
