package dk.jobvej.citizen.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.TargetGroup;
import dk.jobvej.citizen.VisitationCategory;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the {@link RuleBook} from the rule tables once, on first use, and keeps it: the rules
 * change with a migration, that is with a new release.
 */
@Component
class CitizenRules {

	private final JdbcClient jdbc;

	private final CitizenProperties properties;

	private volatile @Nullable RuleBook book;

	CitizenRules(JdbcClient jdbc, CitizenProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	RuleBook book() {
		var loaded = book;
		if (loaded == null) {
			loaded = load();
			book = loaded;
		}
		return loaded;
	}

	private RuleBook load() {
		var targetGroups = jdbc.sql("select * from citizen.target_group_rule order by id")
			.query((rs, row) -> new TargetGroupRule(BenefitType.valueOf(rs.getString("benefit")),
					category(rs.getString("visitation_category")), rs.getObject("min_age", Integer.class),
					rs.getObject("max_age", Integer.class), TargetGroup.valueOf(rs.getString("target_group")),
					rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)))
			.list();
		var visitations = jdbc.sql("select * from citizen.visitation_rule order by id")
			.query((rs, row) -> new VisitationRule(BenefitType.valueOf(rs.getString("benefit")),
					VisitationCategory.valueOf(rs.getString("visitation_category")),
					rs.getObject("min_age", Integer.class), rs.getObject("max_age", Integer.class),
					rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)))
			.list();
		var overlaps = new HashSet<List<BenefitType>>(jdbc.sql("select benefit, other from citizen.benefit_overlap")
			.query((rs, row) -> List.of(BenefitType.valueOf(rs.getString("benefit")),
					BenefitType.valueOf(rs.getString("other"))))
			.list());
		return new RuleBook(targetGroups, visitations, overlaps, properties.sicknessCategory3AbolishedFrom());
	}

	private static @Nullable VisitationCategory category(@Nullable String name) {
		return name == null ? null : VisitationCategory.valueOf(name);
	}

}
