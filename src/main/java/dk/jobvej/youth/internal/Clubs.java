package dk.jobvej.youth.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.youth.ClubKind;
import dk.jobvej.youth.internal.YouthWorklists.Person;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guidance café's clubs (seed 001): the CV and job-search club and the apprenticeship club,
 * and others as needs change. A club has members (young people the staff may open) and meetings,
 * and each meeting records who came; the club page shows each member's attendance.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class Clubs {

	private final JdbcClient jdbc;

	private final YouthAccess access;

	private final YouthWorklists worklists;

	private final Clock clock;

	Clubs(JdbcClient jdbc, YouthAccess access, YouthWorklists worklists, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.worklists = worklists;
		this.clock = clock;
	}

	public record ClubSummary(UUID id, String name, ClubKind kind, int members, int sessions,
			@org.jspecify.annotations.Nullable LocalDate lastSession) {
	}

	@Transactional(readOnly = true)
	public List<ClubSummary> clubs() {
		var staff = access.caller();
		return jdbc.sql("""
				select c.id, c.name, c.kind,
				       (select count(*) from youth.club_member m where m.club = c.id),
				       (select count(*) from youth.club_session s where s.club = c.id),
				       (select max(s.held_on) from youth.club_session s where s.club = c.id)
				from youth.club c where c.municipality_code = ? order by c.name""")
			.param(staff.municipalityCode())
			.query((rs, n) -> new ClubSummary(rs.getObject(1, UUID.class), rs.getString(2),
					ClubKind.valueOf(rs.getString(3)), rs.getInt(4), rs.getInt(5), rs.getObject(6, LocalDate.class)))
			.list();
	}

	public UUID create(String name, ClubKind kind) {
		var staff = access.caller();
		var id = UUID.randomUUID();
		jdbc.sql("insert into youth.club (id, municipality_code, unit, name, kind) values (?, ?, ?, ?, ?)")
			.params(id, staff.municipalityCode(), staff.unit().value(), Texts.required("name", name, Texts.NAME),
					kind.name())
			.update();
		access.changedSetting(staff, AuditAction.CREATE, "youth-club/" + id, "youth-club", null);
		return id;
	}

	/** A member with their attendance: meetings attended of the meetings since they joined the club. */
	public record Member(Person citizen, int attended, int held) {

		public int percent() {
			return held == 0 ? 0 : Math.round(100f * attended / held);
		}

	}

	public record Session(UUID id, LocalDate heldOn, int present) {
	}

	public record Club(UUID id, String name, ClubKind kind, List<Member> members, List<Session> sessions) {
	}

	/** The club with its members (each opened, audited) and meetings, newest first. */
	public Club club(UUID id) {
		var staff = access.caller();
		var club = jdbc.sql("select name, kind from youth.club where id = ? and municipality_code = ?")
			.params(id, staff.municipalityCode())
			.query((rs, n) -> Map.entry(rs.getString(1), ClubKind.valueOf(rs.getString(2))))
			.optional()
			.orElseThrow(() -> new NotFound("youth.club.notFound"));
		var sessions = jdbc.sql("""
				select s.id, s.held_on, (select count(*) from youth.club_attendance a where a.session = s.id)
				from youth.club_session s where s.club = ? order by s.held_on desc""")
			.param(id)
			.query((rs, n) -> new Session(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getInt(3)))
			.list();
		var held = sessions.size();
		var members = new ArrayList<Member>();
		var rows = jdbc.sql("""
				select m.citizen, (select count(*) from youth.club_attendance a join youth.club_session s on s.id = a.session
				                   where s.club = m.club and a.citizen = m.citizen)
				from youth.club_member m where m.club = ?""")
			.param(id)
			.query((rs, n) -> Map.entry(new CitizenId(rs.getObject(1, UUID.class)), rs.getInt(2)))
			.list();
		var people = worklists.people(rows.stream().map(Map.Entry::getKey).toList(), "youth-club");
		rows.forEach(entry -> members.add(new Member(people.get(entry.getKey()), entry.getValue(), held)));
		members.sort(java.util.Comparator.comparing((Member m) -> m.citizen().name() == null ? "" : m.citizen().name()));
		return new Club(id, club.getKey(), club.getValue(), List.copyOf(members), sessions);
	}

	public void join(UUID clubId, CitizenId citizen) {
		var staff = access.caller();
		club(clubId, staff.municipalityCode());
		access.open(citizen, "youth-club");
		var added = jdbc.sql("""
				insert into youth.club_member (club, citizen, municipality_code) values (?, ?, ?) on conflict do nothing""")
			.params(clubId, citizen.value(), staff.municipalityCode())
			.update();
		if (added > 0) {
			access.changed(staff, AuditAction.CHANGE, citizen, staff.municipalityCode(), "youth-club");
		}
	}

	/** A meeting of the club on the day, with the members present (only members can be present). */
	public UUID meet(UUID clubId, LocalDate heldOn, List<CitizenId> present) {
		var staff = access.caller();
		club(clubId, staff.municipalityCode());
		if (heldOn.isAfter(LocalDate.now(clock))) {
			throw new RuleViolation("heldOn", "youth.validation.future");
		}
		Set<UUID> members = new HashSet<>(jdbc.sql("select citizen from youth.club_member where club = ?")
			.param(clubId)
			.query(UUID.class)
			.list());
		for (var citizen : present) {
			if (!members.contains(citizen.value())) {
				throw new RuleViolation("present", "youth.club.notMember");
			}
		}
		var id = UUID.randomUUID();
		jdbc.sql("insert into youth.club_session (id, club, held_on, municipality_code) values (?, ?, ?, ?)")
			.params(id, clubId, heldOn, staff.municipalityCode())
			.update();
		for (var citizen : new HashSet<>(present)) {
			jdbc.sql("insert into youth.club_attendance (session, citizen, municipality_code) values (?, ?, ?)")
				.params(id, citizen.value(), staff.municipalityCode())
				.update();
			access.changed(staff, AuditAction.CHANGE, citizen, staff.municipalityCode(), "youth-club-attendance");
		}
		return id;
	}

	private void club(UUID clubId, int municipalityCode) {
		var exists = jdbc.sql("select exists (select 1 from youth.club where id = ? and municipality_code = ?)")
			.params(clubId, municipalityCode)
			.query(Boolean.class)
			.single();
		if (!exists) {
			throw new NotFound("youth.club.notFound");
		}
	}

}
