package dk.jobvej.contact.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dk.jobvej.contact.Channel;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Times a caseworker publishes for self-booking (as STAR's Jobcenter Planner): a series of slots of
 * equal length from a start time. Slots of one caseworker never overlap each other, nor a
 * conversation already booked for the caseworker; a slot a citizen has booked cannot be withdrawn
 * (the conversation is cancelled instead).
 */
@Service
@Transactional
public class Slots {

	/** The most slots one publication makes. */
	static final int MOST = 40;

	private final JdbcClient jdbc;

	private final Opening opening;

	private final Clock clock;

	Slots(JdbcClient jdbc, Opening opening, Clock clock) {
		this.jdbc = jdbc;
		this.opening = opening;
		this.clock = clock;
	}

	/** Publishes {@code count} slots of {@code minutes} each from {@code start} (Danish time); answers their ids. */
	public List<UUID> publish(LocalDateTime start, int minutes, int count, Channel channel, @Nullable String place) {
		var me = opening.caller();
		if (minutes < 5 || minutes > 480) {
			throw new RuleViolation("durationMinutes", "contact.duration.range", 5, 480);
		}
		if (count < 1 || count > MOST) {
			throw new RuleViolation("count", "contact.slot.count", MOST);
		}
		var first = ZonedDateTime.of(start, clock.getZone()).toInstant();
		if (!first.isAfter(clock.instant())) {
			throw new RuleViolation("startsAt", "contact.startsAt.past");
		}
		var where = Texts.optional("place", place, Texts.PLACE);
		var ids = new ArrayList<UUID>();
		for (var i = 0; i < count; i++) {
			var from = first.plus(Duration.ofMinutes((long) minutes * i));
			var to = from.plus(Duration.ofMinutes(minutes));
			var busy = jdbc.sql("""
					select exists (select 1 from contact.conversation where caseworker = ? and status = 'BOOKED'
					               and tstzrange(starts_at, ends_at) && tstzrange(?, ?))""")
				.params(me.id().value(), Timestamp.from(from), Timestamp.from(to))
				.query(Boolean.class)
				.single();
			if (busy) {
				throw new RuleViolation("startsAt", "contact.slot.busy");
			}
			var id = UUID.randomUUID();
			try {
				jdbc.sql("""
						insert into contact.slot (id, caseworker, unit, municipality_code, starts_at, ends_at, channel, place,
						                          published_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(id, me.id().value(), me.unit().value(), me.municipalityCode(), Timestamp.from(from),
							Timestamp.from(to), channel.name(), where, Timestamp.from(clock.instant()))
					.update();
			}
			catch (DataIntegrityViolationException ex) {
				throw new RuleViolation("startsAt", "contact.slot.overlap");
			}
			ids.add(id);
		}
		return ids;
	}

	/** Withdraws a slot no citizen has booked: one of the caller's own, or, for a team leader, one of their unit's. */
	public void withdraw(UUID slot) {
		var me = opening.caller();
		var found = jdbc.sql("select caseworker, unit, conversation, withdrawn from contact.slot where id = ? and municipality_code = ?")
			.params(slot, me.municipalityCode())
			.query((rs, row) -> new Object[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), rs.getBoolean(4) })
			.optional()
			.orElseThrow(() -> new NotFound("contact.slot.notFound"));
		var own = me.id().value().equals(found[0])
				|| (me.has(dk.jobvej.identity.Role.TEAM_LEADER) && me.unit().value().equals(found[1]));
		if (!own) {
			throw new RuleViolation("slot", "contact.slot.notYours");
		}
		if (found[2] != null) {
			throw new RuleViolation("slot", "contact.slot.booked");
		}
		jdbc.sql("update contact.slot set withdrawn = true where id = ? and conversation is null").param(slot).update();
	}

	/** The caller's slots from today on. */
	public List<SlotView> mine() {
		var me = opening.caller();
		return jdbc.sql(SELECT + "where s.caseworker = ? and not s.withdrawn and s.ends_at >= ? order by s.starts_at")
			.params(me.id().value(), Timestamp.from(LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant()))
			.query((rs, row) -> view(rs, me.name()))
			.list();
	}

	static final String SELECT = """
			select s.id, s.caseworker, s.starts_at, s.ends_at, s.channel, s.place, s.conversation from contact.slot s
			""";

	SlotView view(java.sql.ResultSet rs, String caseworkerName) throws java.sql.SQLException {
		var zone = clock.getZone();
		return new SlotView(rs.getObject("id", UUID.class), rs.getObject("caseworker", UUID.class), caseworkerName,
				rs.getTimestamp("starts_at").toInstant().atZone(zone), rs.getTimestamp("ends_at").toInstant().atZone(zone),
				Channel.valueOf(rs.getString("channel")), rs.getString("place"), rs.getObject("conversation", UUID.class));
	}

}
