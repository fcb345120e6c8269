package dk.jobvej.contact.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.TargetGroup;
import dk.jobvej.citizen.VisitationCategory;

/**
 * The cadence rules exactly as the migration seeds them, read from the SQL file itself, so that
 * unit tests of the due dates run against the real rule data without a database.
 */
final class SeededCadence {

	private static final Path MIGRATION = Path.of("src/main/resources/db/migration/contact/V2__cadence_rules.sql");

	private static final List<CadenceRule> RULES = parse();

	private SeededCadence() {
	}

	static List<CadenceRule> rules() {
		return RULES;
	}

	/** The seeded rules with the free-municipality variant switched on as given. */
	static CadenceBook book(CadenceBook.VariantChoice... variants) {
		return new CadenceBook(RULES, List.of(variants));
	}

	private static List<CadenceRule> parse() {
		String sql;
		try {
			sql = Files.readString(MIGRATION);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		var start = sql.indexOf("insert into contact.cadence_rule (");
		var columnsEnd = sql.indexOf(')', start);
		var columns = sql.substring(sql.indexOf('(', start) + 1, columnsEnd).replaceAll("\\s+", "").split(",");
		var valuesAt = sql.indexOf("values", columnsEnd) + "values".length();
		var rules = new ArrayList<CadenceRule>();
		for (var tuple : tuples(sql, valuesAt)) {
			var row = new LinkedHashMap<String, String>();
			for (var i = 0; i < columns.length; i++) {
				row.put(columns[i], tuple.get(i));
			}
			rules.add(rule(row));
		}
		return List.copyOf(rules);
	}

	/** The value tuples of one INSERT, up to its semicolon: strings unquoted, null as null. */
	private static List<List<String>> tuples(String sql, int from) {
		var tuples = new ArrayList<List<String>>();
		List<String> tuple = null;
		var value = new StringBuilder();
		var quoted = false;
		var wasQuoted = false;
		for (var i = from; i < sql.length(); i++) {
			var c = sql.charAt(i);
			if (quoted) {
				if (c == '\'' && i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
					value.append('\'');
					i++;
				}
				else if (c == '\'') {
					quoted = false;
				}
				else {
					value.append(c);
				}
				continue;
			}
			if (c == '-' && sql.startsWith("--", i)) {
				i = sql.indexOf('\n', i);
				continue;
			}
			switch (c) {
				case '\'' -> {
					quoted = true;
					wasQuoted = true;
					value.setLength(0);
				}
				case '(' -> {
					tuple = new ArrayList<>();
					value.setLength(0);
					wasQuoted = false;
				}
				case ',', ')' -> {
					if (tuple != null) {
						var text = wasQuoted ? value.toString() : value.toString().strip();
						tuple.add(!wasQuoted && text.equals("null") ? null : text);
						value.setLength(0);
						wasQuoted = false;
						if (c == ')') {
							tuples.add(tuple);
							tuple = null;
						}
					}
				}
				case ';' -> {
					return tuples;
				}
				default -> {
					if (tuple != null && !wasQuoted) {
						value.append(c);
					}
				}
			}
		}
		return tuples;
	}

	private static CadenceRule rule(Map<String, String> row) {
		var unit = row.get("interval_unit");
		return new CadenceRule(row.get("code"), integer(row.get("municipality_code")),
				CadenceRule.Variant.valueOf(row.get("variant")), parse(BenefitType.class, row.get("benefit")),
				parse(TargetGroup.class, row.get("target_group")),
				parse(VisitationCategory.class, row.get("visitation_category")), row.get("programme"),
				Integer.parseInt(row.get("from_week")), integer(row.get("to_week")),
				Responsible.valueOf(row.get("responsible")), integer(row.get("first_due_days")),
				unit == null ? null : new Interval(Integer.parseInt(row.get("interval_value")), Interval.Unit.valueOf(unit)),
				Boolean.parseBoolean(row.get("agreed")), integer(row.get("min_count")),
				integer(row.get("portfolio_target")), LocalDate.parse(row.get("valid_from")), date(row.get("valid_to")),
				CadenceRule.InForceBy.valueOf(row.get("in_force_by")), row.get("source"), row.get("certainty").charAt(0));
	}

	private static Integer integer(String text) {
		return text == null ? null : Integer.valueOf(text);
	}

	private static LocalDate date(String text) {
		return text == null ? null : LocalDate.parse(text);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}

}
