package dk.jobvej.contact.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.jobvej.citizen.CitizenFacts;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.contact.AvailabilityCaseId;
import dk.jobvej.contact.ConversationId;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.StaffMember;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worklists of the contact course. "Mine opgaver" is made from the caller's caseload (the
 * citizens they are primary contact for), the team's from the leader's unit; the citizen module
 * audits every citizen of the list as read. The due status of each is computed by {@link DueDates}.
 */
@Service
@Transactional
public class ContactTasks {

	private final CitizenRegister citizens;

	private final CourseFacts courseFacts;

	private final CadenceRules cadence;

	private final Opening opening;

	private final Organisation organisation;

	private final JdbcClient jdbc;

	private final ContactProperties properties;

	private final Clock clock;

	ContactTasks(CitizenRegister citizens, CourseFacts courseFacts, CadenceRules cadence, Opening opening,
			Organisation organisation, JdbcClient jdbc, ContactProperties properties, Clock clock) {
		this.citizens = citizens;
		this.courseFacts = courseFacts;
		this.cadence = cadence;
		this.opening = opening;
		this.organisation = organisation;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** The caller's tasks, from the citizens they are primary contact for and the conversations they hold. */
	public TaskList mine() {
		var me = opening.caller();
		return tasks(citizens.caseload("contact-tasks"), "c.caseworker = :who", me.id().value(), me);
	}

	/** For a team leader: the tasks of their unit. */
	public TaskList team() {
		var me = opening.caller();
		return tasks(citizens.unitCaseload("contact-tasks-team"), "c.unit = :who", me.unit().value(), me);
	}

	private TaskList tasks(List<CitizenFacts> caseload, String followUpFilter, UUID who, StaffMember me) {
		var today = LocalDate.now(clock);
		var zone = clock.getZone();
		var dueDates = new DueDates(zone, properties.dueSoonDays());
		var book = cadence.book();
		var facts = courseFacts.of(caseload.stream().map(citizen -> citizen.id().value()).toList());
		var contacts = new java.util.HashMap<StaffId, String>();
		var overdue = new ArrayList<TaskList.Task>();
		var dueSoon = new ArrayList<TaskList.Task>();
		for (var citizen : caseload) {
			var status = dueDates.status(citizen.history(), facts.getOrDefault(citizen.id().value(), ContactFacts.NONE),
					book, today);
			if (status.state() != DueStatus.State.OVERDUE && status.state() != DueStatus.State.DUE_SOON) {
				continue;
			}
			if (status.state() == DueStatus.State.DUE_SOON && status.bookedInTime(zone)) {
				continue;
			}
			var contact = citizen.history().primaryContact();
			var task = new TaskList.Task(citizen.id(), citizen.name(), citizen.maskedCpr(), status,
					status.nextBooked() == null ? null : status.nextBooked().atZone(zone),
					contact == null ? "" : contacts.computeIfAbsent(contact,
							id -> organisation.staffMember(id).map(StaffMember::name).orElse("")));
			(status.state() == DueStatus.State.OVERDUE ? overdue : dueSoon).add(task);
		}
		overdue.sort(Comparator.comparing((TaskList.Task task) -> task.status().due()).thenComparing(TaskList.Task::name));
		dueSoon.sort(Comparator.comparing((TaskList.Task task) -> task.status().due()).thenComparing(TaskList.Task::name));
		var names = caseload.stream().collect(Collectors.toMap(CitizenFacts::id, Function.identity()));
		return new TaskList(overdue, dueSoon, followUps(followUpFilter, who, me, names, today), caseload.size());
	}

	/**
	 * Availability cases not yet decided, and no-shows of the last 30 days with a valid reason and no
	 * booking since, for the conversations the filter picks.
	 */
	private List<TaskList.FollowUp> followUps(String filter, UUID who, StaffMember me, Map<CitizenId, CitizenFacts> known,
			LocalDate today) {
		var zone = clock.getZone();
		var since = Timestamp.from(today.minusDays(30).atStartOfDay(zone).toInstant());
		var rows = jdbc.sql("""
				select c.id, c.citizen, c.starts_at, a.id as availability, a.consultation_deadline, a.citizen_response
				from contact.conversation c
				left join contact.availability_case a on a.conversation = c.id
				where c.municipality_code = :municipality and c.status = 'NO_SHOW' and\s""" + filter + """
				   and ((a.id is not null and a.status = 'CONSULTATION')
				        or (c.absence_valid and c.starts_at >= :since and not exists (
				              select 1 from contact.conversation n where n.citizen = c.citizen and n.starts_at > c.starts_at
				                and n.status in ('BOOKED', 'HELD'))))
				order by c.starts_at""")
			.param("municipality", me.municipalityCode())
			.param("who", who)
			.param("since", since)
			.query((rs, row) -> {
				var citizen = new CitizenId(rs.getObject("citizen", UUID.class));
				var availability = rs.getObject("availability", UUID.class);
				var deadline = rs.getObject("consultation_deadline", LocalDate.class);
				var facts = known.get(citizen);
				return new TaskList.FollowUp(new ConversationId(rs.getObject("id", UUID.class)),
						availability == null ? null : new AvailabilityCaseId(availability), citizen,
						facts == null ? "" : facts.name(), rs.getTimestamp("starts_at").toInstant().atZone(zone), deadline,
						availability != null
								&& (rs.getString("citizen_response") != null || today.isAfter(deadline)));
			})
			.list();
		return rows.stream().map(row -> row.name().isEmpty() ? withName(row) : row).toList();
	}

	/** A follow-up of a citizen outside the caseload (the caller held the conversation): opened and audited. */
	private TaskList.FollowUp withName(TaskList.FollowUp row) {
		try {
			var facts = citizens.open(row.citizen(), "contact-tasks");
			return new TaskList.FollowUp(row.conversation(), row.availabilityCase(), row.citizen(), facts.name(),
					row.missedAt(), row.deadline(), row.decidable());
		}
		catch (dk.jobvej.citizen.NoAccess ex) {
			return row;
		}
	}

}
