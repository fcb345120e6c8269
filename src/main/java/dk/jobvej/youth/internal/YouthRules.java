package dk.jobvej.youth.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import dk.jobvej.citizen.CitizenHistory;
import dk.jobvej.youth.internal.RuleRow.Certainty;
import dk.jobvej.youth.internal.RuleRow.Transition;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The youth module's rules, read from {@code youth.rule} once and again after an administrator
 * changed a row. Questions about an order take the day it was issued (its anchor) and the day asked.
 */
@Component
public class YouthRules {

	static final String ALL = "ALL";

	private final Supplier<RuleBook> loader;

	private final AtomicReference<RuleBook> book = new AtomicReference<>();

	@Autowired
	YouthRules(JdbcClient jdbc) {
		this.loader = () -> load(jdbc);
	}

	private YouthRules(Supplier<RuleBook> loader) {
		this.loader = loader;
	}

	/** Rules from the given rows, for computations outside the database (tests). */
	public static YouthRules of(RuleBook book) {
		return new YouthRules(() -> book);
	}

	public RuleBook book() {
		var current = book.get();
		if (current == null) {
			current = loader.get();
			book.set(current);
		}
		return current;
	}

	void reload() {
		book.set(null);
	}

	private static RuleBook load(JdbcClient jdbc) {
		return new RuleBook(jdbc.sql("""
				select code, kind, subject, value, valid_from, valid_to, transition, certainty, source, note
				from youth.rule""")
			.query((rs, n) -> new RuleRow(rs.getString("code"), YouthRuleKind.valueOf(rs.getString("kind")),
					rs.getString("subject"), rs.getString("value"), rs.getObject("valid_from", LocalDate.class),
					rs.getObject("valid_to", LocalDate.class), Transition.valueOf(rs.getString("transition")),
					Certainty.valueOf(rs.getString("certainty")), rs.getString("source"), rs.getString("note")))
			.list());
	}

	/**
	 * Whether the citizen is in the education order's target group on the day: the benefit and
	 * category of that day match a rule, and the citizen is under its age.
	 */
	public boolean eligible(CitizenHistory history, LocalDate day) {
		var benefit = history.benefitOn(day);
		if (benefit.isEmpty()) {
			return false;
		}
		var category = history.categoryOn(day).map(Enum::name).orElse("");
		var age = history.ageOn(day);
		for (var subject : List.of(benefit.get().type().name() + ":" + category, benefit.get().type().name() + ":*")) {
			var under = book().number(YouthRuleKind.ORDER_ELIGIBLE, subject, day, day);
			if (under.isPresent() && age < under.getAsInt()) {
				return true;
			}
		}
		return false;
	}

	public boolean newOrdersAllowed(LocalDate day) {
		return book().flag(YouthRuleKind.NEW_ORDERS, ALL, day, day);
	}

	/** Whether an order issued on the anchor day still has deadlines on the day. */
	public boolean inForce(LocalDate issuedOn, LocalDate day) {
		return book().flag(YouthRuleKind.ORDER_IN_FORCE, ALL, issuedOn, day);
	}

	/** By when the FVU test should be taken after a first meeting on the day. */
	public Optional<LocalDate> fvuDeadline(LocalDate metOn, LocalDate day) {
		return book().period(YouthRuleKind.FVU_TEST_DEADLINE, ALL, metOn, day).map(metOn::plus);
	}

	public OptionalInt number(YouthRuleKind kind, LocalDate day) {
		return book().number(kind, ALL, day, day);
	}

	Optional<Period> period(YouthRuleKind kind, LocalDate day) {
		return book().period(kind, ALL, day, day);
	}

}
