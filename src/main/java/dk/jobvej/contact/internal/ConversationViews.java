package dk.jobvej.contact.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.contact.Channel;
import dk.jobvej.contact.ConversationId;
import dk.jobvej.contact.ConversationKind;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading conversations as a member of staff: one conversation, a citizen's whole course with its
 * due status, and the caller's own calendar. Every citizen shown is opened through the citizen
 * module, which checks access and audits the read.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class ConversationViews {

	private final Opening opening;

	private final PresentedJobs jobs;

	private final CourseFacts courseFacts;

	private final CadenceRules cadence;

	private final CitizenRegister citizens;

	private final JdbcClient jdbc;

	private final ContactProperties properties;

	private final Clock clock;

	ConversationViews(Opening opening, PresentedJobs jobs, CourseFacts courseFacts, CadenceRules cadence,
			CitizenRegister citizens, JdbcClient jdbc, ContactProperties properties, Clock clock) {
		this.opening = opening;
		this.jobs = jobs;
		this.courseFacts = courseFacts;
		this.cadence = cadence;
		this.citizens = citizens;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	public ConversationView view(ConversationId id, String what) {
		var opened = opening.conversation(id, what);
		var conversation = opened.conversation();
		var zone = clock.getZone();
		var availability = jdbc.sql("select id from contact.availability_case where conversation = ?")
			.param(id.value())
			.query(UUID.class)
			.optional()
			.orElse(null);
		var notifications = jdbc.sql("""
				select kind, created_at, sent_at, attempts, last_error, undeliverable from contact.notification
				where conversation = ? order by created_at""")
			.param(id.value())
			.query((rs, row) -> new ConversationView.NotificationLine(rs.getString("kind"),
					rs.getTimestamp("created_at").toInstant().atZone(zone), zoned(rs, "sent_at"), rs.getInt("attempts"),
					rs.getString("last_error"), rs.getBoolean("undeliverable")))
			.list();
		return new ConversationView(conversation.id(), conversation.citizen(), opened.citizen().name(),
				opened.citizen().maskedCpr(), conversation.caseworker(), opening.nameOf(conversation.caseworker().value()),
				conversation.kind(), conversation.channel(), conversation.startsAt().atZone(zone),
				conversation.endsAt().atZone(zone), conversation.place(), conversation.agenda(), conversation.status(),
				conversation.planned(), conversation.selfBooked(), conversation.participants(), conversation.summary(),
				conversation.journalNote(), conversation.cancelledBy(), conversation.cancelReason(),
				conversation.absenceReason(), conversation.absenceValid(),
				conversation.outcomeAt() == null ? null : conversation.outcomeAt().atZone(zone), jobs.of(id.value()),
				availability, notifications, conversation.version() == null ? 0 : conversation.version());
	}

	/** The citizen's contact course: due status, conversations (newest first), absences and programmes. */
	public CourseView course(CitizenId id) {
		var facts = opening.citizen(id, "contact-course");
		var today = LocalDate.now(clock);
		var known = courseFacts.of(id.value());
		var due = new DueDates(clock.getZone(), properties.dueSoonDays()).status(facts.history(), known, cadence.book(),
				today);
		var names = new HashMap<UUID, String>();
		var lines = jdbc.sql(LINE + "where c.citizen = ? order by c.starts_at desc")
			.param(id.value())
			.query((rs, row) -> line(rs, facts.name(), names))
			.list();
		var absences = jdbc.sql("""
				select p.id, p.type, t.dfdg_code, p.from_date, p.to_date, p.note from contact.absence_period p
				join contact.absence_type t on t.code = p.type where p.citizen = ? order by p.from_date desc""")
			.param(id.value())
			.query((rs, row) -> new CourseView.AbsenceLine(rs.getObject("id", UUID.class), rs.getString("type"),
					rs.getObject("dfdg_code", Integer.class), rs.getObject("from_date", LocalDate.class),
					rs.getObject("to_date", LocalDate.class), rs.getString("note")))
			.list();
		var email = jdbc.sql("select email from contact.notification_address where citizen = ?")
			.param(id.value())
			.query(String.class)
			.optional()
			.orElse(null);
		return new CourseView(facts, due, lines, absences, known.memberships(), email);
	}

	/**
	 * The caller's conversations from {@code from} (inclusive) to {@code to} (exclusive), booked or
	 * done, in time order. Citizens the caller may no longer open are shown without their name.
	 */
	public List<ConversationLine> calendar(LocalDate from, LocalDate to, String what) {
		var me = opening.caller();
		var zone = clock.getZone();
		var names = new HashMap<UUID, String>();
		var rows = jdbc.sql(LINE + "where c.caseworker = ? and c.starts_at >= ? and c.starts_at < ? order by c.starts_at")
			.params(me.id().value(), Timestamp.from(from.atStartOfDay(zone).toInstant()),
					Timestamp.from(to.atStartOfDay(zone).toInstant()))
			.query((rs, row) -> line(rs, null, names))
			.list();
		var opened = new HashMap<CitizenId, String>();
		return rows.stream().map(line -> {
			var name = opened.computeIfAbsent(line.citizen(), citizen -> nameIfOpen(citizen, what));
			return new ConversationLine(line.id(), line.citizen(), name, line.caseworkerName(), line.kind(),
					line.channel(), line.startsAt(), line.endsAt(), line.place(), line.status(), line.planned(),
					line.selfBooked());
		}).toList();
	}

	private String nameIfOpen(CitizenId citizen, String what) {
		try {
			return citizens.open(citizen, what).name();
		}
		catch (NoAccess ex) {
			return "";
		}
	}

	static final String LINE = """
			select c.id, c.citizen, c.caseworker, c.kind, c.channel, c.starts_at, c.ends_at, c.place, c.status, c.planned,
			       c.self_booked
			from contact.conversation c
			""";

	ConversationLine line(ResultSet rs, @Nullable String citizenName, Map<UUID, String> names) throws SQLException {
		var zone = clock.getZone();
		var caseworker = rs.getObject("caseworker", UUID.class);
		return new ConversationLine(new ConversationId(rs.getObject("id", UUID.class)),
				new CitizenId(rs.getObject("citizen", UUID.class)), citizenName == null ? "" : citizenName,
				names.computeIfAbsent(caseworker, opening::nameOf), ConversationKind.valueOf(rs.getString("kind")),
				Channel.valueOf(rs.getString("channel")), rs.getTimestamp("starts_at").toInstant().atZone(zone),
				rs.getTimestamp("ends_at").toInstant().atZone(zone), rs.getString("place"),
				Status.valueOf(rs.getString("status")), rs.getBoolean("planned"), rs.getBoolean("self_booked"));
	}

	private @Nullable ZonedDateTime zoned(ResultSet rs, String column) throws SQLException {
		var at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant().atZone(clock.getZone());
	}

}
