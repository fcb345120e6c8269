package dk.jobvej.citizen.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.Cpr;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.StaffMember;
import dk.jobvej.identity.UnitId;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of citizens: "Mine borgere" (the caller is primary contact), "Enhedens borgere" (a team
 * leader's unit) and search by CPR number or name within the caller's municipality. Each citizen
 * shown is audited as a read; search results outside the caller's unit show name, masked CPR
 * number and unit, and opening them needs a stated reason.
 */
@Service
@Transactional
public class CitizenWorklists {

	private static final String COLUMNS = """
			select c.id, c.cpr, c.given_name, c.family_name, c.unit, c.primary_contact,
			       exists (select 1 from citizen.access_grant g
			               where g.staff = :me and g.citizen = c.id and g.expires_at > :now) as granted
			from citizen.citizen c
			""";

	private static final String ORDER = " order by c.family_name, c.given_name, c.id limit :limit";

	private final JdbcClient jdbc;

	private final CitizenGate gate;

	private final CitizenViews views;

	private final CitizenAudit audit;

	private final CitizenProperties properties;

	private final Clock clock;

	CitizenWorklists(JdbcClient jdbc, CitizenGate gate, CitizenViews views, CitizenAudit audit,
			CitizenProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.gate = gate;
		this.views = views;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** The citizens the caller is primary contact for. */
	public List<CitizenSummary> mine() {
		var me = gate.caller();
		return shown(me, query(me, "where c.municipality_code = :municipality and c.primary_contact = :me", Map.of()),
				"worklist-mine", "worklist");
	}

	/** For a team leader: the citizens of their unit. */
	public List<CitizenSummary> unit() {
		var me = gate.caller();
		if (!me.has(Role.TEAM_LEADER)) {
			throw new AccessDeniedException("Only team leaders see the unit's worklist");
		}
		return shown(me, query(me, "where c.municipality_code = :municipality and c.unit = :unit",
				Map.of("unit", me.unit().value())), "worklist-unit", "worklist");
	}

	/** By exact CPR number (with or without dash) or by part of the name, case-insensitive. */
	public List<CitizenSummary> search(@Nullable String cpr, @Nullable String name) {
		var me = gate.caller();
		if (cpr != null && !cpr.isBlank()) {
			var number = Cpr.parse(cpr);
			return shown(me, query(me, "where c.municipality_code = :municipality and c.cpr = :cpr",
					Map.of("cpr", number.value())), "search", "search:cpr");
		}
		var text = Texts.optional("name", name, Texts.NAME);
		if (text == null || text.length() < 2) {
			throw new RuleViolation("name", "citizen.search.criteria");
		}
		var pattern = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
		return shown(me, query(me, "where c.municipality_code = :municipality and c.search_name like :pattern",
				Map.of("pattern", pattern)), "search", "search:name");
	}

	private List<CitizenSummary> shown(StaffMember me, List<CitizenSummary> citizens, String what, String why) {
		audit.readAll(me, citizens.stream().map(CitizenSummary::id).toList(), what, why);
		return citizens;
	}

	private List<CitizenSummary> query(StaffMember me, String where, Map<String, Object> parameters) {
		var unitNames = new HashMap<UnitId, String>();
		return jdbc.sql(COLUMNS + where + ORDER)
			.param("me", me.id().value())
			.param("now", Timestamp.from(clock.instant()))
			.param("municipality", me.municipalityCode())
			.param("limit", properties.searchLimit())
			.params(parameters)
			.query((rs, row) -> summary(me, rs, unitNames))
			.list();
	}

	private CitizenSummary summary(StaffMember me, ResultSet rs, Map<UnitId, String> unitNames) throws SQLException {
		var unit = new UnitId(rs.getObject("unit", UUID.class));
		var contact = rs.getObject("primary_contact", UUID.class);
		var accessible = me.unit().equals(unit) || me.id().equals(contact == null ? null : new StaffId(contact))
				|| rs.getBoolean("granted");
		return new CitizenSummary(new CitizenId(rs.getObject("id", UUID.class)),
				rs.getString("given_name") + " " + rs.getString("family_name"), Cpr.parse(rs.getString("cpr")).masked(),
				unit, unitNames.computeIfAbsent(unit, views::unitName), accessible);
	}

}
