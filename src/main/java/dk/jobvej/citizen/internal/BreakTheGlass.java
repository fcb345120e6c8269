package dk.jobvej.citizen.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.Cpr;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Break-the-glass: a member of staff states why they need a citizen of another unit and gets
 * access for a limited time (jobvej.citizen.break-the-glass-duration). Each grant is audited
 * with its reason and listed for the leader of the citizen's unit.
 */
@Service
@Transactional
public class BreakTheGlass {

	private final AccessGrants grants;

	private final CitizenGate gate;

	private final CitizenAudit audit;

	private final CitizenViews views;

	private final JdbcClient jdbc;

	private final CitizenProperties properties;

	private final Clock clock;

	BreakTheGlass(AccessGrants grants, CitizenGate gate, CitizenAudit audit, CitizenViews views, JdbcClient jdbc,
			CitizenProperties properties, Clock clock) {
		this.grants = grants;
		this.gate = gate;
		this.audit = audit;
		this.views = views;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** Grants the caller access to the citizen for the configured time; returns when it expires. */
	public ZonedDateTime grant(CitizenId id, String reason) {
		var staff = gate.caller();
		var citizen = gate.find(staff, id);
		var grant = grants.save(AccessGrant.grant(staff.id(), id, citizen.unit(), reason, clock.instant(),
				properties.breakTheGlassDuration(), citizen.municipalityCode()));
		audit.record(staff, AuditAction.BREAK_THE_GLASS, id, citizen.municipalityCode(), "citizen", grant.reason());
		return ZonedDateTime.ofInstant(grant.expiresAt(), clock.getZone());
	}

	/** The unit of a citizen of the caller's municipality, for the no-access page. */
	@Transactional(readOnly = true)
	public UnitId unitOf(CitizenId id) {
		return gate.find(gate.caller(), id).unit();
	}

	/** How long a grant lasts. */
	public Duration duration() {
		return properties.breakTheGlassDuration();
	}

	/** For a team leader: the grants on citizens of their unit, newest first; audited per citizen shown. */
	public List<GrantView> grantsOnMyUnit() {
		var leader = gate.caller();
		if (!leader.has(Role.TEAM_LEADER)) {
			throw new AccessDeniedException("Only team leaders review break-the-glass grants");
		}
		var now = clock.instant();
		var names = new HashMap<StaffId, String>();
		var shown = jdbc.sql("""
				select g.id, g.staff, g.citizen, g.reason, g.granted_at, g.expires_at, c.given_name, c.family_name, c.cpr
				from citizen.access_grant g join citizen.citizen c on c.id = g.citizen
				where g.citizen_unit = ? and g.municipality_code = ?
				order by g.granted_at desc limit 500""")
			.params(leader.unit().value(), leader.municipalityCode())
			.query((rs, row) -> {
				var staff = new StaffId(rs.getObject("staff", UUID.class));
				var expires = rs.getTimestamp("expires_at").toInstant();
				return new GrantView(rs.getObject("id", UUID.class), staff, views.staffName(staff, names),
						new CitizenId(rs.getObject("citizen", UUID.class)),
						rs.getString("given_name") + " " + rs.getString("family_name"),
						Cpr.parse(rs.getString("cpr")).masked(), rs.getString("reason"),
						zoned(rs.getTimestamp("granted_at").toInstant()), zoned(expires), now.isBefore(expires));
			})
			.list();
		audit.readAll(leader, shown.stream().map(GrantView::citizen).distinct().toList(), "access-grants",
				"review:break-the-glass");
		return shown;
	}

	private ZonedDateTime zoned(Instant instant) {
		return ZonedDateTime.ofInstant(instant, clock.getZone());
	}

}
