package dk.jobvej.citizen.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenFacts;
import dk.jobvej.citizen.CitizenHistory;
import dk.jobvej.citizen.CitizenHistory.Benefit;
import dk.jobvej.citizen.CitizenHistory.Visitation;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.Cpr;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads citizens' histories in one query each: the benefit periods and visitation decisions come
 * aggregated per citizen, so a whole municipality streams through a cursor without loading the
 * aggregates.
 */
@Component
class CitizenHistories {

	private static final String SELECT = """
			select c.id, c.cpr, c.given_name, c.family_name, c.municipality_code, c.unit, c.primary_contact,
			       (select string_agg(b.type || ' ' || b.from_date || ' ' || coalesce(b.to_date::text, '-'), ','
			                          order by b.from_date, b.type)
			        from citizen.benefit_period b where b.citizen = c.id) as benefits,
			       (select string_agg(v.category || ' ' || (v.decided_at at time zone :zone)::date, ','
			                          order by v.position)
			        from citizen.visitation_decision v where v.citizen = c.id) as visitations
			from citizen.citizen c
			where\s""";

	private static final int FETCH_SIZE = 2_000;

	private final NamedParameterJdbcTemplate jdbc;

	private final CitizenRules rules;

	private final Clock clock;

	CitizenHistories(DataSource dataSource, CitizenRules rules, Clock clock) {
		var template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(template);
		this.rules = rules;
		this.clock = clock;
	}

	List<CitizenFacts> find(String where, Map<String, ?> parameters) {
		var reader = new Reader();
		return jdbc.query(SELECT + where + " order by c.family_name, c.given_name, c.id", withZone(parameters),
				(rs, row) -> reader.facts(rs));
	}

	/** Every citizen of the municipality through a cursor; needs a transaction for the cursor. */
	void stream(int municipalityCode, Consumer<CitizenHistory> each) {
		var reader = new Reader();
		jdbc.query(SELECT + "c.municipality_code = :municipality", withZone(Map.of("municipality", municipalityCode)),
				(RowCallbackHandler) rs -> each.accept(reader.history(rs)));
	}

	private Map<String, Object> withZone(Map<String, ?> parameters) {
		var all = new HashMap<String, Object>(parameters);
		all.put("zone", clock.getZone().getId());
		return all;
	}

	/** Turns rows into histories with the target group of today, by the rules in force today. */
	private final class Reader {

		private final LocalDate today = LocalDate.now(clock);

		private final RuleBook book = rules.book();

		CitizenFacts facts(ResultSet rs) throws SQLException {
			var history = history(rs);
			var cpr = Cpr.parse(rs.getString("cpr"));
			return new CitizenFacts(history, rs.getString("given_name") + " " + rs.getString("family_name"),
					cpr.masked());
		}

		CitizenHistory history(ResultSet rs) throws SQLException {
			var birthDate = Cpr.parse(rs.getString("cpr")).birthDate();
			var benefits = benefits(rs.getString("benefits"));
			var visitations = visitations(rs.getString("visitations"));
			var contact = rs.getObject("primary_contact", UUID.class);
			var history = new CitizenHistory(new CitizenId(rs.getObject("id", UUID.class)),
					rs.getInt("municipality_code"), new UnitId(rs.getObject("unit", UUID.class)),
					contact == null ? null : new StaffId(contact), birthDate, benefits, visitations, null);
			return history.withTargetGroup(history.benefitOn(today)
				.flatMap(benefit -> book.targetGroup(benefit.type(), history.categoryOn(today).orElse(null),
						history.ageOn(today), today))
				.orElse(null));
		}

		private List<Benefit> benefits(@Nullable String aggregated) {
			var benefits = new ArrayList<Benefit>();
			for (var part : parts(aggregated)) {
				var fields = part.split(" ");
				benefits.add(new Benefit(BenefitType.valueOf(fields[0]), LocalDate.parse(fields[1]),
						"-".equals(fields[2]) ? null : LocalDate.parse(fields[2])));
			}
			return benefits;
		}

		private List<Visitation> visitations(@Nullable String aggregated) {
			var visitations = new ArrayList<Visitation>();
			for (var part : parts(aggregated)) {
				var fields = part.split(" ");
				visitations.add(new Visitation(VisitationCategory.valueOf(fields[0]), LocalDate.parse(fields[1])));
			}
			return visitations;
		}

		private static String[] parts(@Nullable String aggregated) {
			return aggregated == null || aggregated.isEmpty() ? new String[0] : aggregated.split(",");
		}

	}

}
