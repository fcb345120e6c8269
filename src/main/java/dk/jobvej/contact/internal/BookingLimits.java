package dk.jobvej.contact.internal;

import java.util.Optional;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.UnitId;
import dk.jobvej.platform.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The limits a unit sets for its citizens' self-booking: how close to the start a slot can be booked
 * or left, how far ahead slots are offered, and how often one booking may be moved. A unit without
 * its own limits uses {@code jobvej.contact.self-booking.*}.
 */
@Service
@Transactional
public class BookingLimits {

	private final JdbcClient jdbc;

	private final Opening opening;

	private final AuditLog audit;

	private final ContactProperties properties;

	BookingLimits(JdbcClient jdbc, Opening opening, AuditLog audit, ContactProperties properties) {
		this.jdbc = jdbc;
		this.opening = opening;
		this.audit = audit;
		this.properties = properties;
	}

	/** A unit's limits; {@code version} is null while the unit uses the defaults. */
	public record Limits(int minNoticeHours, int maxDaysAhead, int maxRebookings, Integer version) {
	}

	public Limits of(UnitId unit) {
		return stored(unit.value()).orElseGet(() -> {
			var defaults = properties.selfBooking();
			return new Limits(defaults.minNoticeHours(), defaults.maxDaysAhead(), defaults.maxRebookings(), null);
		});
	}

	/** For a team leader: sets the limits of their own unit. */
	public void set(int minNoticeHours, int maxDaysAhead, int maxRebookings, Integer version) {
		var me = opening.caller();
		if (!me.has(Role.TEAM_LEADER)) {
			throw new AccessDeniedException("Only team leaders set their unit's booking limits");
		}
		if (minNoticeHours < 0 || minNoticeHours > 24 * 14) {
			throw new RuleViolation("minNoticeHours", "contact.limits.range", 0, 24 * 14);
		}
		if (maxDaysAhead < 1 || maxDaysAhead > 365) {
			throw new RuleViolation("maxDaysAhead", "contact.limits.range", 1, 365);
		}
		if (maxRebookings < 0 || maxRebookings > 20) {
			throw new RuleViolation("maxRebookings", "contact.limits.range", 0, 20);
		}
		var unit = me.unit().value();
		var current = stored(unit);
		int changed;
		if (current.isEmpty() && version == null) {
			changed = jdbc.sql("""
					insert into contact.booking_limit (unit, municipality_code, min_notice_hours, max_days_ahead, max_rebookings)
					values (?, ?, ?, ?, ?) on conflict (unit) do nothing""")
				.params(unit, me.municipalityCode(), minNoticeHours, maxDaysAhead, maxRebookings)
				.update();
		}
		else {
			changed = jdbc.sql("""
					update contact.booking_limit set min_notice_hours = ?, max_days_ahead = ?, max_rebookings = ?,
					       version = version + 1
					where unit = ? and version = ?""")
				.params(minNoticeHours, maxDaysAhead, maxRebookings, unit, version == null ? -1 : version)
				.update();
		}
		if (changed == 0) {
			throw new OptimisticLockingFailureException("The booking limits of unit " + unit + " changed meanwhile");
		}
		audit.record(new AuditRecord(me.username(), AuditAction.CHANGE, "unit/" + unit, "booking-limits", null,
				me.municipalityCode()));
	}

	private Optional<Limits> stored(UUID unit) {
		return jdbc.sql("select min_notice_hours, max_days_ahead, max_rebookings, version from contact.booking_limit where unit = ?")
			.param(unit)
			.query((rs, row) -> new Limits(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
			.optional();
	}

}
