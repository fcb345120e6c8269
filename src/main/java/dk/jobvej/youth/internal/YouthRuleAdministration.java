package dk.jobvej.youth.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's view of the rules: every row with its source and how sure it is. Rows the
 * reference could not verify (U) or saw only in a secondary source (S) hold its best value and
 * may be changed here: the first day a row is in force (the row before it then ends the day
 * before) and its value. Every change is audited and takes effect at once.
 */
@Service
@Transactional
public class YouthRuleAdministration {

	private final JdbcClient jdbc;

	private final YouthRules rules;

	private final YouthAccess access;

	private final Clock clock;

	YouthRuleAdministration(JdbcClient jdbc, YouthRules rules, YouthAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.access = access;
		this.clock = clock;
	}

	/** A rule row and who changed it last. */
	public record Listed(RuleRow row, @Nullable String changedBy, boolean inForceToday) {
	}

	@Transactional(readOnly = true)
	public List<Listed> rows() {
		var today = LocalDate.now(clock);
		var changedBy = jdbc.sql("select code, changed_by from youth.rule where changed_by is not null")
			.query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
		return rules.book().rows().stream()
			.map(row -> new Listed(row, changedBy.get(row.code()), row.covers(today)))
			.toList();
	}

	/**
	 * Changes a U or S row: its first day (the preceding row of the same kind and subject, if it
	 * ended the day before, moves with it) and its value. A value must read as the kind says.
	 */
	public void change(String code, @Nullable LocalDate validFrom, @Nullable String value, String note) {
		var admin = access.anyone();
		if (!admin.has(dk.jobvej.identity.Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("Only administrators change rules");
		}
		var row = rules.book().byCode(code).orElseThrow(() -> new NotFound("youth.rule.notFound"));
		if (!row.changeable()) {
			throw new RuleViolation("code", "youth.rule.verified");
		}
		var why = Texts.required("note", note, Texts.NOTE);
		var newValue = value == null || value.isBlank() ? row.value() : value.strip();
		checkValue(row.kind(), newValue);
		var newFrom = validFrom == null ? row.validFrom() : validFrom;
		if (row.validTo() != null && newFrom.isAfter(row.validTo())) {
			throw new RuleViolation("validFrom", "youth.rule.afterEnd", row.validTo());
		}
		var previous = rules.book()
			.rows()
			.stream()
			.filter(other -> other.kind() == row.kind() && other.subject().equals(row.subject())
					&& other.validTo() != null && other.validTo().equals(row.validFrom().minusDays(1)))
			.toList();
		for (var before : previous) {
			if (!newFrom.isAfter(before.validFrom())) {
				throw new RuleViolation("validFrom", "youth.rule.beforePrevious", before.validFrom());
			}
		}
		var now = Timestamp.from(clock.instant());
		for (var before : previous) {
			jdbc.sql("update youth.rule set valid_to = ?, changed_by = ?, changed_at = ? where code = ?")
				.params(newFrom.minusDays(1), admin.username(), now, before.code())
				.update();
		}
		jdbc.sql("update youth.rule set valid_from = ?, value = ?, note = ?, changed_by = ?, changed_at = ? where code = ?")
			.params(newFrom, newValue, why, admin.username(), now, code)
			.update();
		access.changedSetting(admin, AuditAction.CHANGE, "youth-rule/" + code, "rule",
				newFrom + " " + newValue);
		rules.reload();
	}

	private static void checkValue(YouthRuleKind kind, String value) {
		if (RuleBook.NONE.equals(value)) {
			return;
		}
		try {
			switch (kind) {
				case NEW_ORDERS, ORDER_IN_FORCE -> {
					if (!value.equals("true") && !value.equals("false")) {
						throw new RuleViolation("value", "youth.rule.flag");
					}
				}
				case FVU_TEST_DEADLINE -> {
					if (Period.parse(value).isNegative()) {
						throw new RuleViolation("value", "youth.rule.period");
					}
				}
				case ORDER_ELIGIBLE, SENIORITY_WEEKS, SENIORITY_TARGET, LEISURE_AGE_MIN, LEISURE_AGE_MAX -> {
					if (Integer.parseInt(value) < 0) {
						throw new RuleViolation("value", "youth.rule.number");
					}
				}
			}
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolation("value", "youth.rule.period");
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolation("value", "youth.rule.value");
		}
	}

}
