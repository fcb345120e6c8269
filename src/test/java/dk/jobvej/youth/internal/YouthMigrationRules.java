package dk.jobvej.youth.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;

import dk.jobvej.rehab.internal.MigrationRules;
import dk.jobvej.youth.internal.RuleRow.Certainty;
import dk.jobvej.youth.internal.RuleRow.Transition;

/** The youth rule rows exactly as the Flyway migration seeds them, read from the SQL file. */
final class YouthMigrationRules {

	private static final Path RULES = Path.of("src/main/resources/db/migration/youth/V2__rules.sql");

	private YouthMigrationRules() {
	}

	static YouthRules rules() {
		try {
			var rows = new ArrayList<RuleRow>();
			for (var values : MigrationRules.tuples(Files.readString(RULES))) {
				rows.add(new RuleRow(values.get(0), YouthRuleKind.valueOf(values.get(1)), values.get(2), values.get(3),
						LocalDate.parse(values.get(4)), values.get(5) == null ? null : LocalDate.parse(values.get(5)),
						Transition.valueOf(values.get(6)), Certainty.valueOf(values.get(7)), values.get(8),
						values.get(9)));
			}
			return YouthRules.of(new RuleBook(rows));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
