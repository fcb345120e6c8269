package dk.jobvej.youth.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import dk.jobvej.youth.internal.RuleRow.Transition;

/**
 * The effective-dated rules, and how a case finds its rule on a day. A case began on its
 * {@code anchor} day under the row in force then; each later row that starts on or before the
 * day and says {@link Transition#SWITCH} moves the case to the rules in force on that row's first
 * day, while a {@link Transition#KEEP} row leaves running cases where they were. A case asked
 * about on the day it began simply gets the rules of that day.
 */
public final class RuleBook {

	/** The value a row has when it abolishes a period rule. */
	static final String NONE = "none";

	private final List<RuleRow> rows;

	private final Map<String, List<RuleRow>> byKindAndSubject;

	public RuleBook(List<RuleRow> rows) {
		this.rows = rows.stream()
			.sorted(Comparator.comparing(RuleRow::kind)
				.thenComparing(RuleRow::subject)
				.thenComparing(RuleRow::validFrom)
				.thenComparing(RuleRow::value))
			.toList();
		this.byKindAndSubject = this.rows.stream()
			.collect(Collectors.groupingBy(row -> key(row.kind(), row.subject())));
	}

	/** Every row, by kind, subject and first day. */
	public List<RuleRow> rows() {
		return rows;
	}

	/** The day whose rules govern a case that began on the anchor day, asked about on the day. */
	LocalDate regimeDay(YouthRuleKind kind, String subject, LocalDate anchor, LocalDate day) {
		var regime = anchor.isAfter(day) ? day : anchor;
		for (var row : byKindAndSubject.getOrDefault(key(kind, subject), List.of())) {
			if (row.validFrom().isAfter(regime) && !row.validFrom().isAfter(day)
					&& row.transition() == Transition.SWITCH) {
				regime = row.validFrom();
			}
		}
		return regime;
	}

	/** All rows of the kind and subject that govern the case (several for documents and functions). */
	List<RuleRow> all(YouthRuleKind kind, String subject, LocalDate anchor, LocalDate day) {
		var regime = regimeDay(kind, subject, anchor, day);
		var governing = new ArrayList<RuleRow>();
		for (var row : byKindAndSubject.getOrDefault(key(kind, subject), List.of())) {
			if (row.covers(regime) && !NONE.equals(row.value())) {
				governing.add(row);
			}
		}
		return governing;
	}

	/** The one row that governs the case, if any. */
	Optional<RuleRow> row(YouthRuleKind kind, String subject, LocalDate anchor, LocalDate day) {
		var regime = regimeDay(kind, subject, anchor, day);
		return byKindAndSubject.getOrDefault(key(kind, subject), List.of())
			.stream()
			.filter(row -> row.covers(regime))
			.reduce((earlier, later) -> later);
	}

	/** A flag rule; false where no row governs. */
	boolean flag(YouthRuleKind kind, String subject, LocalDate anchor, LocalDate day) {
		return row(kind, subject, anchor, day).map(row -> Boolean.parseBoolean(row.value())).orElse(false);
	}

	/** A period rule; empty where no row governs or the row says none. */
	Optional<Period> period(YouthRuleKind kind, String subject, LocalDate anchor, LocalDate day) {
		return row(kind, subject, anchor, day).filter(row -> !NONE.equals(row.value()))
			.map(row -> Period.parse(row.value()));
	}

	/** A number rule; empty where no row governs or the row says none. */
	OptionalInt number(YouthRuleKind kind, String subject, LocalDate anchor, LocalDate day) {
		return row(kind, subject, anchor, day).filter(row -> !NONE.equals(row.value()))
			.map(row -> OptionalInt.of(Integer.parseInt(row.value())))
			.orElse(OptionalInt.empty());
	}

	/** The row with the code. */
	Optional<RuleRow> byCode(String code) {
		return rows.stream().filter(row -> row.code().equals(code)).findFirst();
	}

	private static String key(YouthRuleKind kind, String subject) {
		return kind + "|" + subject;
	}

}
