package dk.jobvej.rehab.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.jobvej.rehab.internal.RuleRow.Certainty;
import dk.jobvej.rehab.internal.RuleRow.Transition;

/**
 * The rule rows exactly as the Flyway migration seeds them, read from the SQL file, so that the
 * deadline tests test the shipped rules without a database.
 */
public final class MigrationRules {

	private static final Path RULES = Path.of("src/main/resources/db/migration/rehab/V2__rules.sql");

	private MigrationRules() {
	}

	public static RuleBook book() {
		return new RuleBook(rows());
	}

	public static RehabRules rules() {
		return RehabRules.of(book());
	}

	public static List<RuleRow> rows() {
		var rows = new ArrayList<RuleRow>();
		for (var values : tuples(read(RULES))) {
			rows.add(new RuleRow(values.get(0), RuleKind.valueOf(values.get(1)), values.get(2), values.get(3),
					LocalDate.parse(values.get(4)), values.get(5) == null ? null : LocalDate.parse(values.get(5)),
					Transition.valueOf(values.get(6)), Certainty.valueOf(values.get(7)), values.get(8), values.get(9)));
		}
		return rows;
	}

	static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The value tuples of the INSERT: quoted strings ('' for a quote) and null. Comments are skipped. */
	public static List<List<String>> tuples(String sql) {
		var tuples = new ArrayList<List<String>>();
		var body = sql.substring(sql.indexOf(" values") + 7);
		var i = 0;
		List<String> current = null;
		while (i < body.length()) {
			var c = body.charAt(i);
			if (c == '-' && i + 1 < body.length() && body.charAt(i + 1) == '-') {
				i = body.indexOf('\n', i);
				if (i < 0) {
					break;
				}
				continue;
			}
			if (c == '(' && current == null) {
				current = new ArrayList<>();
			}
			else if (c == ')' && current != null) {
				tuples.add(current);
				current = null;
			}
			else if (c == '\'' && current != null) {
				var value = new StringBuilder();
				i++;
				while (true) {
					if (body.charAt(i) == '\'' && i + 1 < body.length() && body.charAt(i + 1) == '\'') {
						value.append('\'');
						i += 2;
						continue;
					}
					if (body.charAt(i) == '\'') {
						break;
					}
					value.append(body.charAt(i++));
				}
				current.add(value.toString());
			}
			else if (current != null && body.startsWith("null", i)) {
				current.add(null);
				i += 3;
			}
			i++;
		}
		return tuples;
	}

}
