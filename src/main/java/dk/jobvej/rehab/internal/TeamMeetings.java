package dk.jobvej.rehab.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.rehab.DocumentKind;
import dk.jobvej.rehab.RehabCaseId;
import dk.jobvej.rehab.RehabCaseType;
import dk.jobvej.rehab.TeamFunction;
import dk.jobvej.rehab.internal.CaseView.Checklist;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams and their meetings: the team's composition (checked against the functions the rules
 * require), the meetings, and each meeting's agenda of cases with the documents each still
 * misses. Reading an agenda opens every citizen on it through the citizen module (audited).
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class TeamMeetings {

	/** How many of the caller's own cases the agenda page offers to add. */
	static final int CANDIDATES = 20;

	private final Teams teams;

	private final Meetings meetings;

	private final Cases cases;

	private final TeamCases teamCases;

	private final RehabRules rules;

	private final RehabAccess access;

	private final JdbcClient jdbc;

	private final Clock clock;

	TeamMeetings(Teams teams, Meetings meetings, Cases cases, TeamCases teamCases, RehabRules rules,
			RehabAccess access, JdbcClient jdbc, Clock clock) {
		this.teams = teams;
		this.meetings = meetings;
		this.cases = cases;
		this.teamCases = teamCases;
		this.rules = rules;
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A team with the functions the rules require today that it lacks. */
	public record TeamView(UUID id, String name, List<TeamMember> members, List<TeamFunction> missing) {
	}

	@Transactional(readOnly = true)
	public List<TeamView> teams() {
		var staff = access.caller();
		var required = rules.requiredFunctions(LocalDate.now(clock));
		return teams.findByMunicipalityCodeOrderByName(staff.municipalityCode())
			.stream()
			.map(team -> new TeamView(team.id(), team.name(), team.members(), team.missing(required)))
			.toList();
	}

	/** The functions a team must have today (none after the 2026 reform). */
	public List<TeamFunction> requiredFunctions() {
		return rules.requiredFunctions(LocalDate.now(clock));
	}

	public UUID formTeam(String name, List<TeamMember> members) {
		var staff = access.leader();
		var team = Team.form(UUID.randomUUID(), staff.municipalityCode(), name, members);
		teams.save(team);
		access.changedSetting(staff, AuditAction.CREATE, "rehab-team/" + team.id(), "rehab-team", null);
		return team.id();
	}

	/** A meeting in a list: when, where, which team and how many cases. */
	public record MeetingSummary(UUID id, LocalDate heldOn, LocalTime startsAt, String location, String teamName,
			int cases) {
	}

	/** The meetings of the caller's municipality from a month ago on. */
	@Transactional(readOnly = true)
	public List<MeetingSummary> meetings() {
		var staff = access.caller();
		return jdbc.sql("""
				select m.id, m.held_on, m.starts_at, m.location, t.name,
				       (select count(*) from rehab.rehab_case c where c.meeting = m.id) as cases
				from rehab.meeting m join rehab.team t on t.id = m.team
				where m.municipality_code = ? and m.held_on >= ?
				order by m.held_on, m.starts_at""")
			.params(staff.municipalityCode(), LocalDate.now(clock).minusMonths(1))
			.query((rs, n) -> new MeetingSummary(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalTime.class), rs.getString(4), rs.getString(5), rs.getInt(6)))
			.list();
	}

	public UUID plan(UUID team, LocalDate heldOn, LocalTime startsAt, String location, int slotMinutes) {
		var staff = access.caller();
		teams.findById(team)
			.filter(candidate -> candidate.municipalityCode() == staff.municipalityCode())
			.orElseThrow(() -> new RuleViolation("team", "rehab.team.unknown"));
		var meeting = Meeting.plan(UUID.randomUUID(), staff.municipalityCode(), team, heldOn, startsAt, location,
				slotMinutes, LocalDate.now(clock));
		meetings.save(meeting);
		access.changedSetting(staff, AuditAction.CREATE, "rehab-meeting/" + meeting.id(), "rehab-meeting", null);
		return meeting.id();
	}

	/** One case on the agenda; the name is empty when the caller may not open the citizen. */
	public record AgendaItem(int position, LocalTime startsAt, RehabCaseId id, RehabCaseType type,
			@Nullable String citizenName, @Nullable String maskedCpr, String caseworkerName, CaseStatus status,
			List<DocumentKind> missing, List<Checklist> checklist, @Nullable LocalDate deadline, boolean overdue) {

		public boolean accessible() {
			return citizenName != null;
		}

	}

	/** A meeting and its agenda. */
	public record Agenda(UUID id, LocalDate heldOn, LocalTime startsAt, String location, int slotMinutes,
			TeamView team, List<AgendaItem> items, List<CandidateCase> candidates) {

		public int missingDocuments() {
			return items.stream().mapToInt(item -> item.missing().size()).sum();
		}

	}

	/** A case of the caller's that could go on the agenda, with the citizen's name (opened, audited). */
	public record CandidateCase(RehabCaseId id, RehabCaseType type, LocalDate arisenOn, String citizenName) {
	}

	/** The agenda; each citizen on it is opened (audited as {@code rehab-meeting}). */
	public Agenda agenda(UUID meetingId) {
		var staff = access.caller();
		var meeting = find(meetingId);
		var today = LocalDate.now(clock);
		var team = teams.findById(meeting.team()).orElseThrow();
		var teamView = new TeamView(team.id(), team.name(), team.members(),
				team.missing(rules.requiredFunctions(today)));
		var items = new ArrayList<AgendaItem>();
		var onAgenda = jdbc.sql("select id from rehab.rehab_case where meeting = ? order by agenda_position")
			.param(meetingId)
			.query(UUID.class)
			.list();
		var agendaCases = new ArrayList<RehabCase>();
		cases.findAllById(onAgenda).forEach(agendaCases::add);
		var opened = access.openAll(agendaCases.stream().map(RehabCase::citizen).toList(), "rehab-meeting");
		for (var rehabCase : agendaCases) {
			var facts = opened.get(rehabCase.citizen());
			var position = rehabCase.agendaPosition() == null ? items.size() + 1 : rehabCase.agendaPosition();
			if (facts == null) {
				items.add(new AgendaItem(position, meeting.slot(position), rehabCase.id(), rehabCase.type(), null, null,
						access.staffName(rehabCase.caseworker()), TeamCases.status(rehabCase), List.of(), List.of(),
						null, false));
				continue;
			}
			var view = teamCases.view(rehabCase, facts, today);
			items.add(new AgendaItem(position, meeting.slot(position), view.id(), view.type(), view.citizenName(),
					view.maskedCpr(), view.caseworkerName(), view.status(), view.missing(), view.checklist(),
					view.deadline(), view.overdue()));
		}
		var candidates = new ArrayList<CandidateCase>();
		var rows = jdbc.sql("""
				select id, type, arisen_on, citizen from rehab.rehab_case
				where municipality_code = :municipality and caseworker = :me
				  and meeting is null and decided_on is null and exemption is null and recommendation is null
				order by arisen_on limit :limit""")
			.params(Map.of("municipality", staff.municipalityCode(), "me", staff.id().value(), "limit",
					CANDIDATES))
			.query((rs, n) -> new Object[] { new RehabCaseId(rs.getObject(1, UUID.class)),
					RehabCaseType.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
					new dk.jobvej.citizen.CitizenId(rs.getObject(4, UUID.class)) })
			.list();
		var names = access.openAll(rows.stream().map(row -> (dk.jobvej.citizen.CitizenId) row[3]).toList(),
				"rehab-meeting");
		for (var row : rows) {
			var facts = names.get((dk.jobvej.citizen.CitizenId) row[3]);
			if (facts != null) {
				candidates.add(new CandidateCase((RehabCaseId) row[0], (RehabCaseType) row[1], (LocalDate) row[2],
						facts.name()));
			}
		}
		items.sort(Comparator.comparingInt(AgendaItem::position));
		return new Agenda(meeting.id(), meeting.heldOn(), meeting.startsAt(), meeting.location(), meeting.slotMinutes(),
				teamView, List.copyOf(items), List.copyOf(candidates));
	}

	/** The meetings not yet held, for putting a case on one; no personal data. */
	@Transactional(readOnly = true)
	public List<MeetingSummary> upcoming() {
		var today = LocalDate.now(clock);
		return meetings().stream().filter(meeting -> !meeting.heldOn().isBefore(today)).toList();
	}

	/** Puts the case last on the meeting's agenda. */
	public void addToAgenda(UUID meetingId, RehabCaseId caseId) {
		var staff = access.caller();
		var meeting = find(meetingId);
		var rehabCase = teamCases.find(caseId);
		access.open(rehabCase.citizen(), "rehab-agenda");
		if (meeting.heldOn().isBefore(LocalDate.now(clock))) {
			throw new RuleViolation("case", "rehab.agenda.meetingPassed");
		}
		if (meetingId.equals(rehabCase.meeting())) {
			return;
		}
		var last = jdbc.sql("select coalesce(max(agenda_position), 0) from rehab.rehab_case where meeting = ?")
			.param(meetingId)
			.query(Integer.class)
			.single();
		rehabCase.putOnAgenda(meetingId, last + 1);
		cases.save(rehabCase);
		access.changed(staff, AuditAction.CHANGE, rehabCase.citizen(), rehabCase.municipalityCode(), "rehab-agenda");
	}

	/** Takes the case off the meeting's agenda; the cases after it move up. */
	public void removeFromAgenda(UUID meetingId, RehabCaseId caseId) {
		var staff = access.caller();
		find(meetingId);
		var rehabCase = teamCases.find(caseId);
		if (!meetingId.equals(rehabCase.meeting())) {
			throw new RuleViolation("case", "rehab.agenda.notOnAgenda");
		}
		access.open(rehabCase.citizen(), "rehab-agenda");
		var position = rehabCase.agendaPosition();
		rehabCase.takeOffAgenda();
		cases.save(rehabCase);
		jdbc.sql("""
				update rehab.rehab_case set agenda_position = agenda_position - 1, version = version + 1
				where meeting = ? and agenda_position > ?""")
			.params(meetingId, position)
			.update();
		access.changed(staff, AuditAction.CHANGE, rehabCase.citizen(), rehabCase.municipalityCode(), "rehab-agenda");
	}

	private Meeting find(UUID id) {
		var staff = access.caller();
		return meetings.findById(id)
			.filter(meeting -> meeting.municipalityCode() == staff.municipalityCode())
			.orElseThrow(() -> new NotFound("rehab.meeting.notFound"));
	}

}
