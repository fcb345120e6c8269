package dk.jobvej.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntConsumer;

import dk.jobvej.JobvejApplication;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.employer.CompanyId;
import dk.jobvej.employer.CompanySize;
import dk.jobvej.employer.Cvr;
import dk.jobvej.employer.EmployerImport;
import dk.jobvej.employer.EmployerImport.ImportedCompany;
import dk.jobvej.employer.EmployerImport.ImportedVacancy;
import dk.jobvej.employer.VacancyId;
import dk.jobvej.employer.VacancyKind;
import dk.jobvej.employer.VacancyStatus;
import dk.jobvej.matching.internal.Matcher;
import dk.jobvej.occupation.OccupationCode;
import dk.jobvej.occupation.Taxonomy;

import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.boot.SpringApplication;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The matching benchmark (bench/matching.sh; not part of the test suite). Against a database
 * filled with the national demo data (650,000 citizens on a benefit, each with a candidate
 * profile) it adds open vacancies all over the country (30,000 by default, by population), then
 * times candidates for one vacancy and vacancies for one citizen, each over N queries (default
 * 1,000 after 100 warm-up queries), in the application's own code without HTTP and audit: the
 * server time of the query. The application starts whole (its web server on a free port, as the
 * security configuration needs it) but no request is sent to it. The same queries then run against a plain Lucene index over the same
 * texts (occupations as terms with boosts for related ones, title and description with Lucene's
 * Danish analyzer, a distance filter), side by side. Prints medians and 95th percentiles in ms.
 */
public final class MatchingBench {

	private MatchingBench() {
	}

	public static void main(String[] args) throws Exception {
		var queries = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
		var openVacancies = args.length > 1 ? Integer.parseInt(args[1]) : 30_000;
		var application = new SpringApplication(JobvejApplication.class);
		application.setAdditionalProfiles("demo");
		try (var context = application.run(args.length > 2 ? Arrays.copyOfRange(args, 2, args.length) : new String[0])) {
			var jdbc = context.getBean(JdbcClient.class);
			var matcher = context.getBean(Matcher.class);
			var taxonomy = context.getBean(Taxonomy.class);
			var open = jdbc.sql("select count(*) from matching.vacancy").query(Integer.class).single();
			if (open < openVacancies * 0.95) {
				// rounding by population leaves the total a little off; the batches are idempotent
				addVacancies(context.getBean(EmployerImport.class), taxonomy, context.getBean(Clock.class),
						openVacancies - open);
				System.out.println("Vacancies added; run the benchmark again (the index is rebuilt at start-up).");
				return;
			}
			var candidates = jdbc.sql("select count(*) from matching.candidate").query(Integer.class).single();
			System.out.printf(Locale.ROOT, "Data: %d candidate profiles, %d open vacancies%n", candidates, open);
			var random = new Random(42);
			var vacancyIds = jdbc.sql("select id from matching.vacancy order by id").query(UUID.class).list();
			var citizenIds = jdbc.sql("select citizen from matching.candidate tablesample system (1) limit 5000")
				.query(UUID.class)
				.list();
			var pickedVacancies = random.ints(queries + 100, 0, vacancyIds.size()).mapToObj(vacancyIds::get).toList();
			var pickedCitizens = random.ints(queries + 100, 0, citizenIds.size()).mapToObj(citizenIds::get).toList();

			report("Jobvej: candidates for a vacancy", time(queries, i -> matcher.rankCandidates(pickedVacancies.get(i), 10)));
			report("Jobvej: vacancies for a citizen",
					time(queries, i -> matcher.rankVacancies(new CitizenId(pickedCitizens.get(i)), 10)));

			var lucene = new LuceneReference(jdbc, taxonomy);
			report("Lucene: candidates for a vacancy", time(queries, i -> lucene.candidatesFor(pickedVacancies.get(i))));
			report("Lucene: vacancies for a citizen", time(queries, i -> lucene.vacanciesFor(pickedCitizens.get(i))));
		}
	}

	/** Times each query after the warm-up (the first 100), in milliseconds. */
	private static double[] time(int queries, IntConsumer query) {
		for (var i = 0; i < 100; i++) {
			query.accept(queries + i);
		}
		var times = new double[queries];
		for (var i = 0; i < queries; i++) {
			var start = System.nanoTime();
			query.accept(i);
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(times);
		return times;
	}

	private static void report(String what, double[] sorted) {
		System.out.printf(Locale.ROOT, "%-36s n=%d  median %.1f ms  p95 %.1f ms  max %.1f ms%n", what, sorted.length,
				sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[sorted.length - 1]);
	}

	/** Open vacancies for every municipality by population, at its main postcode, through the employer import. */
	private static void addVacancies(EmployerImport employers, Taxonomy taxonomy, Clock clock, int count) {
		var municipalities = new ArrayList<String[]>();
		try (var in = new ClassPathResource("demo/municipalities.csv").getInputStream()) {
			new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.forEach(line -> municipalities.add(line.split(";")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		var population = municipalities.stream().mapToLong(m -> Long.parseLong(m[2])).sum();
		var codes = taxonomy.all().stream().map(o -> o.code()).toList();
		var random = new Random(851);
		var today = LocalDate.now(clock);
		var batch = new ArrayList<ImportedCompany>();
		var used = new java.util.HashSet<String>();
		for (var m : municipalities) {
			var share = (int) Math.round((double) count * Long.parseLong(m[2]) / population);
			for (var made = 0; made < share; made += 10) {
				var vacancies = new ArrayList<ImportedVacancy>();
				for (var v = 0; v < Math.min(10, share - made); v++) {
					OccupationCode code = codes.get(random.nextInt(codes.size()));
					var title = taxonomy.byCode(code).map(o -> o.danish()).orElse(code.value());
					vacancies.add(new ImportedVacancy(new VacancyId(UUID.randomUUID()), code, title,
							title + " søges. Vi tilbyder et godt arbejdsmiljø og oplæring.", 37, m[3], m[4],
							today.plusDays(30), today.plusDays(14), VacancyKind.JOB, VacancyStatus.OPEN, today));
				}
				String cvr;
				do {
					var seven = String.valueOf(3_000_000 + random.nextInt(7_000_000));
					var check = Cvr.checkDigit(seven);
					cvr = check < 0 ? "" : seven + check;
				}
				while (cvr.isEmpty() || !used.add(cvr));
				batch.add(new ImportedCompany(new CompanyId(UUID.randomUUID()), new Cvr(cvr), "Benchmark " + m[1],
						"04", CompanySize.MEDIUM, "Torvet 1", m[3], m[4], null, Integer.parseInt(m[0]), List.of(),
						List.of(), vacancies));
			}
		}
		for (var n = 0; n * 500 < batch.size(); n++) {
			employers.importBatch("bench-vacancies-" + n, batch.subList(n * 500, Math.min(batch.size(), (n + 1) * 500)));
		}
	}

	/** The same data in a Lucene index: the reference the benchmark compares with. */
	static final class LuceneReference {

		private final IndexSearcher candidates;

		private final IndexSearcher vacancies;

		private final Taxonomy taxonomy;

		private final JdbcClient jdbc;

		private final DanishAnalyzer analyzer = new DanishAnalyzer();

		LuceneReference(JdbcClient jdbc, Taxonomy taxonomy) throws IOException {
			this.jdbc = jdbc;
			this.taxonomy = taxonomy;
			var started = System.nanoTime();
			var candidateDirectory = new ByteBuffersDirectory();
			try (var writer = new IndexWriter(candidateDirectory, new IndexWriterConfig(analyzer))) {
				jdbc.sql("select citizen, municipality_code, occupations, search_text, lat, lon from matching.candidate")
					.query(rs -> {
						var document = new Document();
						document.add(new StringField("id", rs.getString(1), Field.Store.YES));
						document.add(new StringField("municipality", rs.getString(2), Field.Store.NO));
						for (var code : (Object[]) rs.getArray(3).getArray()) {
							document.add(new StringField("occupation", String.valueOf(code), Field.Store.NO));
						}
						document.add(new TextField("text", rs.getString(4), Field.Store.NO));
						if (rs.getObject(5) != null) {
							document.add(new LatLonPoint("place", rs.getDouble(5), rs.getDouble(6)));
						}
						try {
							writer.addDocument(document);
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
					});
			}
			var vacancyDirectory = new ByteBuffersDirectory();
			try (var writer = new IndexWriter(vacancyDirectory, new IndexWriterConfig(analyzer))) {
				jdbc.sql("select id, occupation, title, description, lat, lon from matching.vacancy").query(rs -> {
					var document = new Document();
					document.add(new StringField("id", rs.getString(1), Field.Store.YES));
					document.add(new StringField("occupation", rs.getString(2), Field.Store.NO));
					document.add(new TextField("text", rs.getString(3) + " " + rs.getString(4), Field.Store.NO));
					if (rs.getObject(5) != null) {
						document.add(new LatLonPoint("place", rs.getDouble(5), rs.getDouble(6)));
						document.add(new StoredField("lat", rs.getDouble(5)));
					}
					try {
						writer.addDocument(document);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
			}
			candidates = new IndexSearcher(DirectoryReader.open(candidateDirectory));
			vacancies = new IndexSearcher(DirectoryReader.open(vacancyDirectory));
			System.out.printf(Locale.ROOT, "Lucene %s: indexed %d candidates and %d vacancies in %.1f s%n",
					org.apache.lucene.util.Version.LATEST, candidates.getIndexReader().numDocs(),
					vacancies.getIndexReader().numDocs(), (System.nanoTime() - started) / 1e9);
		}

		/** Occupation terms, the related ones boosted by how related they are. */
		private Query occupations(List<OccupationCode> own) {
			var query = new BooleanQuery.Builder();
			for (var code : own) {
				query.add(new BoostQuery(new TermQuery(new Term("occupation", code.value())), 3f), Occur.SHOULD);
				taxonomy.related(code, 0.3)
					.forEach(r -> query.add(new BoostQuery(new TermQuery(new Term("occupation", r.code().value())),
							(float) (3 * r.relatedness().weight())), Occur.SHOULD));
			}
			return query.build();
		}

		void candidatesFor(UUID vacancy) {
			var row = jdbc.sql("select occupation, title, municipality_code, lat, lon from matching.vacancy where id = ?")
				.param(vacancy)
				.query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4),
						rs.getObject(5) })
				.single();
			var query = new BooleanQuery.Builder()
				.add(new TermQuery(new Term("municipality", (String) row[2])), Occur.FILTER)
				.add(occupations(List.of(new OccupationCode((String) row[0]))), Occur.MUST)
				.add(text((String) row[1]), Occur.SHOULD);
			if (row[3] != null) {
				query.add(LatLonPoint.newDistanceQuery("place", (Double) row[3], (Double) row[4], 100_000), Occur.FILTER);
			}
			search(candidates, query.build());
		}

		void vacanciesFor(UUID citizen) {
			var row = jdbc.sql("select goals, occupations, search_text, lat, lon, max_commute_km from matching.candidate where citizen = ?")
				.param(citizen)
				.query((rs, n) -> new Object[] { rs.getArray(2).getArray(), rs.getString(3), rs.getObject(4),
						rs.getObject(5), rs.getObject(6) })
				.single();
			var own = Arrays.stream((Object[]) row[0]).map(code -> new OccupationCode(String.valueOf(code))).toList();
			if (own.isEmpty()) {
				return;
			}
			var query = new BooleanQuery.Builder().add(occupations(own), Occur.MUST).add(text((String) row[1]), Occur.SHOULD);
			if (row[2] != null) {
				var km = row[4] == null ? 80 : (Integer) row[4];
				query.add(LatLonPoint.newDistanceQuery("place", (Double) row[2], (Double) row[3], km * 1000.0), Occur.FILTER);
			}
			search(vacancies, query.build());
		}

		/** The text's words as the Danish analyzer makes them, any of them. */
		private Query text(String text) {
			var query = new BooleanQuery.Builder();
			try (var tokens = analyzer.tokenStream("text", text)) {
				var term = tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
				tokens.reset();
				var count = 0;
				while (tokens.incrementToken() && count++ < 30) {
					query.add(new TermQuery(new Term("text", term.toString())), Occur.SHOULD);
				}
				tokens.end();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return query.build();
		}

		private static void search(IndexSearcher searcher, Query query) {
			try {
				searcher.search(query, 10);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
