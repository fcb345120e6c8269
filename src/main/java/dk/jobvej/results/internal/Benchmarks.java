package dk.jobvej.results.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.citizen.BenefitType;
import dk.jobvej.identity.Organisation;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.results.BenchmarkImport;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Benchmark sets: full-time persons per benefit of other areas in one month, and their share of
 * the labour force, to compare with the municipality's own figures. The set of seed 000 (the six
 * large cities and the whole country, June 2018) ships with Jobvej.
 *
 * <p>The CSV format is the seed's table as printed: a header {@code benefit;<area>;<area>…}, one
 * line per benefit (the names of {@link BenefitType}), then {@code TOTAL} (the printed "I alt") and
 * optionally {@code SHARE} (per cent of the labour force, decimal comma or point); lines starting
 * with {@code #} are comments. A printed total more than 1 off the sum of its benefits is refused.
 */
@Service
@Transactional
public class Benchmarks implements BenchmarkImport {

	/** The seed 000 table, as shipped. */
	static final String SEED_000 = "results/benchmark-seed-000-2018-06.csv";

	static final String SEED_000_NAME = "Seed 000: seks store byer og hele landet, juni 2018";

	private final JdbcClient jdbc;

	private final Organisation organisation;

	private final AuditLog audit;

	Benchmarks(JdbcClient jdbc, Organisation organisation, AuditLog audit) {
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.audit = audit;
	}

	@Override
	public UUID importSeed000() {
		var existing = find(SEED_000_NAME);
		if (existing.isPresent()) {
			return existing.get();
		}
		try (var in = new ClassPathResource(SEED_000).getInputStream()) {
			return importSet(SEED_000_NAME, YearMonth.of(2018, 6),
					"Seed 000, Aalborg Kommune: Nøgletal – samlet antal borgere på offentlig forsørgelse – fuldtidspersoner, status juni 2018",
					new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Imports a set from CSV; a name in use is refused. Audited as the signed-in administrator. */
	public UUID importSet(String name, YearMonth month, String source, String csv) {
		var cleanName = ResultsTexts.required("name", name, 200);
		var cleanSource = ResultsTexts.required("source", source, 500);
		if (find(cleanName).isPresent()) {
			throw new RuleViolation("name", "results.benchmark.nameTaken");
		}
		var parsed = parse(csv);
		var id = UUID.randomUUID();
		jdbc.sql("insert into results.benchmark_set (id, name, month, source) values (?, ?, ?, ?)")
			.params(id, cleanName, month.atDay(1), cleanSource)
			.update();
		var position = 0;
		for (var area : parsed.entrySet()) {
			for (var value : area.getValue().persons().entrySet()) {
				jdbc.sql("insert into results.benchmark_value (benchmark_set, area, position, benefit, persons) values (?, ?, ?, ?, ?)")
					.params(id, area.getKey(), position, value.getKey(), value.getValue())
					.update();
			}
			if (area.getValue().share() != null) {
				jdbc.sql("insert into results.benchmark_share (benchmark_set, area, share) values (?, ?, ?)")
					.params(id, area.getKey(), area.getValue().share())
					.update();
			}
			position++;
		}
		var me = organisation.current();
		audit.record(new AuditRecord(me.map(m -> m.username()).orElse("system"), AuditAction.CREATE, "benchmark/" + id,
				"benchmark-set", null, me.map(m -> m.municipalityCode()).orElse(0)));
		return id;
	}

	@Transactional(readOnly = true)
	public List<BenchmarkSet> sets() {
		var sets = jdbc.sql("select id, name, month, source from results.benchmark_set order by month desc, name")
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2),
					YearMonth.from(rs.getDate(3).toLocalDate()), rs.getString(4) })
			.list();
		var result = new ArrayList<BenchmarkSet>();
		for (var set : sets) {
			var id = (UUID) set[0];
			var areas = new LinkedHashMap<String, Area>();
			jdbc.sql("select area, benefit, persons from results.benchmark_value where benchmark_set = ? order by position, benefit")
				.param(id)
				.query(rs -> {
					areas.computeIfAbsent(rs.getString(1), a -> new Area(a, new LinkedHashMap<>(), null))
						.persons()
						.put(rs.getString(2), rs.getBigDecimal(3));
				});
			jdbc.sql("select area, share from results.benchmark_share where benchmark_set = ?").param(id).query(rs -> {
				var area = areas.get(rs.getString(1));
				if (area != null) {
					areas.put(area.name(), new Area(area.name(), area.persons(), rs.getBigDecimal(2)));
				}
			});
			result.add(new BenchmarkSet(id, (String) set[1], (YearMonth) set[2], (String) set[3],
					List.copyOf(areas.values())));
		}
		return result;
	}

	private Optional<UUID> find(String name) {
		return jdbc.sql("select id from results.benchmark_set where name = ?").param(name).query(UUID.class).optional();
	}

	/** The areas of the CSV in order, each with its full-time persons per benefit and TOTAL, and its share. */
	static Map<String, Area> parse(String csv) {
		var lines = csv.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
		if (lines.isEmpty() || !lines.getFirst().startsWith("benefit;")) {
			throw new RuleViolation("csv", "results.benchmark.header");
		}
		var areaNames = List.of(lines.getFirst().split(";")).subList(1, lines.getFirst().split(";").length);
		if (areaNames.isEmpty() || areaNames.stream().anyMatch(String::isBlank)) {
			throw new RuleViolation("csv", "results.benchmark.header");
		}
		var areas = new LinkedHashMap<String, Area>();
		areaNames.forEach(area -> areas.put(area.strip(), new Area(area.strip(), new LinkedHashMap<>(), null)));
		var shares = new BigDecimal[areaNames.size()];
		for (var i = 1; i < lines.size(); i++) {
			var cells = lines.get(i).split(";");
			var row = cells[0].strip();
			if (cells.length != areaNames.size() + 1) {
				throw new RuleViolation("csv", "results.benchmark.columns", i + 1);
			}
			if (!row.equals("TOTAL") && !row.equals("SHARE") && !isBenefit(row)) {
				throw new RuleViolation("csv", "results.benchmark.row", i + 1, row);
			}
			for (var c = 1; c < cells.length; c++) {
				var value = number(cells[c], i + 1);
				if (row.equals("SHARE")) {
					shares[c - 1] = value;
				}
				else {
					areas.get(areaNames.get(c - 1).strip()).persons().put(row, value);
				}
			}
		}
		var result = new LinkedHashMap<String, Area>();
		var c = 0;
		for (var area : areas.values()) {
			var total = area.persons().get("TOTAL");
			var sum = area.persons().entrySet().stream().filter(e -> !e.getKey().equals("TOTAL"))
				.map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
			if (total != null && total.subtract(sum).abs().compareTo(BigDecimal.ONE) > 0) {
				throw new RuleViolation("csv", "results.benchmark.total", area.name());
			}
			result.put(area.name(), new Area(area.name(), area.persons(), shares[c++]));
		}
		return result;
	}

	private static boolean isBenefit(String name) {
		try {
			BenefitType.valueOf(name);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static BigDecimal number(String cell, int line) {
		try {
			var value = new BigDecimal(cell.strip().replace(',', '.'));
			if (value.signum() < 0) {
				throw new NumberFormatException();
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new RuleViolation("csv", "results.benchmark.number", line, cell.strip());
		}
	}

	/** A benchmark set: its month, source and areas. */
	public record BenchmarkSet(UUID id, String name, YearMonth month, String source, List<Area> areas) {
	}

	/**
	 * An area of a set: full-time persons by benefit name (and {@code TOTAL}), and its share of
	 * the labour force in per cent, if given.
	 */
	public record Area(String name, Map<String, BigDecimal> persons, @Nullable BigDecimal share) {

		public @Nullable BigDecimal of(BenefitType type) {
			return persons.get(type.name());
		}

		public @Nullable BigDecimal total() {
			return persons.get("TOTAL");
		}

	}

}
