package dk.jobvej.rehab.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import dk.jobvej.rehab.CourseType;
import dk.jobvej.rehab.DocumentKind;
import dk.jobvej.rehab.ExtensionGround;
import dk.jobvej.rehab.RehabCaseType;
import dk.jobvej.rehab.TeamFunction;
import dk.jobvej.rehab.internal.RuleRow.Certainty;
import dk.jobvej.rehab.internal.RuleRow.Transition;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rehabilitation module's rules, read from {@code rehab.rule} once and again after an
 * administrator changed a row. Every question takes the day the case began (its anchor) and the
 * day asked about, so a case keeps or switches its rules as the transitional rules say.
 */
@Component
public class RehabRules {

	static final String ALL = "ALL";

	private final Supplier<RuleBook> loader;

	private final AtomicReference<RuleBook> book = new AtomicReference<>();

	@Autowired
	RehabRules(JdbcClient jdbc) {
		this.loader = () -> load(jdbc);
	}

	private RehabRules(Supplier<RuleBook> loader) {
		this.loader = loader;
	}

	/** Rules from the given rows, for computations outside the database (tests, what-if). */
	public static RehabRules of(RuleBook book) {
		return new RehabRules(() -> book);
	}

	/** The rules as they stand. */
	public RuleBook book() {
		var current = book.get();
		if (current == null) {
			current = loader.get();
			book.set(current);
		}
		return current;
	}

	/** Forgets the rules, so the next question reads them again. */
	void reload() {
		book.set(null);
	}

	private static RuleBook load(JdbcClient jdbc) {
		return new RuleBook(jdbc.sql("""
				select code, kind, subject, value, valid_from, valid_to, transition, certainty, source, note
				from rehab.rule""")
			.query((rs, n) -> new RuleRow(rs.getString("code"), RuleKind.valueOf(rs.getString("kind")),
					rs.getString("subject"), rs.getString("value"), rs.getObject("valid_from", LocalDate.class),
					rs.getObject("valid_to", LocalDate.class), Transition.valueOf(rs.getString("transition")),
					Certainty.valueOf(rs.getString("certainty")), rs.getString("source"), rs.getString("note")))
			.list());
	}

	/** Whether a case of the type that arose on the anchor day goes to the team, asked on the day. */
	public boolean teamRequired(RehabCaseType type, LocalDate anchor, LocalDate day) {
		return book().flag(RuleKind.TEAM_REQUIRED, type.name(), anchor, day);
	}

	/** Whether a case of the type may arise on the day. */
	public boolean newCasesAllowed(RehabCaseType type, LocalDate day) {
		return book().flag(RuleKind.NEW_CASES, type.name(), day, day);
	}

	/** The day the case must be treated by, if a deadline governs it on the day. */
	public Optional<LocalDate> deadline(RehabCaseType type, LocalDate anchor, LocalDate day) {
		return book().period(RuleKind.DEADLINE, type.name(), anchor, day).map(anchor::plus);
	}

	/** The documents the case needs, in the order of the rules. */
	public List<DocumentKind> requiredDocuments(RehabCaseType type, LocalDate anchor, LocalDate day) {
		return book().all(RuleKind.REQUIRED_DOCUMENT, type.name(), anchor, day)
			.stream()
			.map(row -> DocumentKind.valueOf(row.value()))
			.distinct()
			.sorted()
			.toList();
	}

	/** The functions a team must have on the day. */
	public List<TeamFunction> requiredFunctions(LocalDate day) {
		return book().all(RuleKind.TEAM_FUNCTION, ALL, day, day)
			.stream()
			.map(row -> TeamFunction.valueOf(row.value()))
			.distinct()
			.sorted()
			.toList();
	}

	public boolean newCoursesAllowed(CourseType type, LocalDate day) {
		return book().flag(RuleKind.NEW_COURSES, type.name(), day, day);
	}

	/** The last day a course started on the day may be granted to, if the rules set a maximum. */
	public Optional<LocalDate> latestGrant(CourseType type, LocalDate start, LocalDate day) {
		return book().period(RuleKind.COURSE_GRANT_MAX, type.name(), start, day).map(period -> lastDay(start, period));
	}

	/** The first day a course started on the day may be granted to, if the rules set a minimum. */
	public Optional<LocalDate> earliestGrant(CourseType type, LocalDate start, LocalDate day) {
		return book().period(RuleKind.COURSE_GRANT_MIN, type.name(), start, day).map(period -> lastDay(start, period));
	}

	/**
	 * The last day of a period that starts on the day: the day before the start, plus the period
	 * (a year from 29 February 2024 ends on 28 February 2025, a month from 31 January on 29 February).
	 */
	static LocalDate lastDay(LocalDate start, Period period) {
		return start.minusDays(1).plus(period);
	}

	/** When a course with no effort started goes back for a new assessment, if the rule governs it. */
	public Optional<LocalDate> noEffortReview(CourseType type, LocalDate start, LocalDate day) {
		return book().period(RuleKind.NO_EFFORT_REVIEW, type.name(), start, day).map(start::plus);
	}

	Optional<Period> sickness(RuleKind kind, LocalDate firstDay, LocalDate day) {
		return book().period(kind, ALL, firstDay, day);
	}

	OptionalInt sicknessNumber(RuleKind kind, LocalDate firstDay, LocalDate day) {
		return book().number(kind, ALL, firstDay, day);
	}

	/** The longest extension on the ground, in weeks, if the rules set one. */
	public OptionalInt extensionMaxWeeks(ExtensionGround ground, LocalDate firstDay, LocalDate day) {
		return book().number(RuleKind.SDP_EXTENSION_MAX_WEEKS, ground.name(), firstDay, day);
	}

}
