package dk.jobvej.contact.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.TargetGroup;
import dk.jobvej.citizen.VisitationCategory;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the {@link CadenceBook} from {@code contact.cadence_rule} and {@code contact.cadence_variant}
 * on first use and keeps it; a change of the variants through the API loads it again. The rules
 * themselves change with a migration.
 */
@Component
class CadenceRules {

	private final JdbcClient jdbc;

	private volatile @Nullable CadenceBook book;

	CadenceRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	CadenceBook book() {
		var loaded = book;
		if (loaded == null) {
			loaded = load();
			book = loaded;
		}
		return loaded;
	}

	/** Forgets the loaded book, after the variants changed. */
	void reload() {
		book = null;
	}

	private CadenceBook load() {
		var rules = jdbc.sql("select * from contact.cadence_rule order by code").query((rs, row) -> rule(rs)).list();
		var variants = jdbc.sql("select * from contact.cadence_variant order by municipality_code, valid_from")
			.query((rs, row) -> new CadenceBook.VariantChoice(rs.getInt("municipality_code"),
					TargetGroup.valueOf(rs.getString("target_group")), rs.getObject("valid_from", LocalDate.class),
					rs.getObject("valid_to", LocalDate.class)))
			.list();
		return new CadenceBook(rules, variants);
	}

	static CadenceRule rule(ResultSet rs) throws SQLException {
		var unit = rs.getString("interval_unit");
		return new CadenceRule(rs.getString("code"), rs.getObject("municipality_code", Integer.class),
				CadenceRule.Variant.valueOf(rs.getString("variant")), parse(BenefitType.class, rs.getString("benefit")),
				parse(TargetGroup.class, rs.getString("target_group")),
				parse(VisitationCategory.class, rs.getString("visitation_category")), rs.getString("programme"),
				rs.getInt("from_week"), rs.getObject("to_week", Integer.class),
				Responsible.valueOf(rs.getString("responsible")), rs.getObject("first_due_days", Integer.class),
				unit == null ? null : new Interval(rs.getInt("interval_value"), Interval.Unit.valueOf(unit)),
				rs.getBoolean("agreed"), rs.getObject("min_count", Integer.class),
				rs.getObject("portfolio_target", Integer.class), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class), CadenceRule.InForceBy.valueOf(rs.getString("in_force_by")),
				rs.getString("source"), rs.getString("certainty").charAt(0));
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}

}
