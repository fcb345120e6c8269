package dk.jobvej.rehab.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.citizen.CitizenFacts;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.identity.StaffMember;
import dk.jobvej.rehab.Company;
import dk.jobvej.rehab.CourseType;
import dk.jobvej.rehab.DocumentKind;
import dk.jobvej.rehab.DocumentStatus;
import dk.jobvej.rehab.RehabCaseId;
import dk.jobvej.rehab.RehabCaseType;
import dk.jobvej.rehab.SicknessCaseId;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worklists: open team cases, courses due for assessment and sickness cases due for
 * follow-up, each sorted with the overdue first. "Mine" are the cases the caller is caseworker
 * on, "the unit's" (team leaders) the cases of citizens of the caller's unit; courses are the
 * unit's. Deadlines are computed from the rules for every open case; only the rows shown are
 * opened through the citizen module (audited, one read each), the others are only counted.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class RehabWorklists {

	private final JdbcClient jdbc;

	private final RehabRules rules;

	private final RehabAccess access;

	private final RehabProperties properties;

	private final Clock clock;

	RehabWorklists(JdbcClient jdbc, RehabRules rules, RehabAccess access, RehabProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.access = access;
		this.properties = properties;
		this.clock = clock;
	}

	/** Which rows: the caller's own, or (team leaders) the unit's. */
	public enum Scope {

		MINE, UNIT

	}

	/** A worklist: the rows shown and how many there are in all. */
	public record Worklist<T>(List<T> rows, int total) {
	}

	/** A person on a row; null name when the caller may not open the citizen without a reason. */
	public record Person(CitizenId id, @Nullable String name, @Nullable String maskedCpr) {

		public boolean accessible() {
			return name != null;
		}

	}

	public record CaseRow(RehabCaseId id, Person citizen, RehabCaseType type, LocalDate arisenOn, CaseStatus status,
			boolean teamRequired, @Nullable LocalDate deadline, Urgency urgency, int missingDocuments,
			@Nullable LocalDate meetingOn) {
	}

	/** What a course needs: a renewal assessment as its grant ends, or a new assessment for want of an effort. */
	public enum CourseTask {

		BEVILLING_UDLOEBER, INGEN_INDSATS

	}

	public record CourseRow(UUID id, Person citizen, CourseType type, LocalDate startedOn, @Nullable LocalDate grantedTo,
			CourseTask task, LocalDate due, Urgency urgency, @Nullable LocalDate lastEffort) {
	}

	public record SicknessRow(SicknessCaseId id, Person citizen, @Nullable VisitationCategory category,
			LocalDate firstAbsenceDay, @Nullable Company company, FollowUpPlan plan, Urgency urgency) {
	}

	/** The open team cases of the scope, overdue first. */
	public Worklist<CaseRow> cases(Scope scope) {
		var staff = scope == Scope.UNIT ? access.leader() : access.caller();
		var today = LocalDate.now(clock);
		var rows = jdbc.sql("""
				select c.id, c.citizen, c.type, c.arisen_on, c.meeting, c.exemption, c.recommendation,
				       m.held_on,
				       (select string_agg(d.kind || ':' || d.status, ',') from rehab.case_document d
				        where d.rehab_case = c.id) as documents
				from rehab.rehab_case c left join rehab.meeting m on m.id = c.meeting
				where c.municipality_code = :municipality and c.decided_on is null and """ + scope(scope))
			.params(parameters(staff))
			.query((rs, n) -> caseRow(rs, today))
			.list();
		var sorted = rows.stream()
			.sorted(Comparator.comparing(CaseRow::urgency)
				.thenComparing(CaseRow::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(CaseRow::arisenOn))
			.toList();
		return new Worklist<>(named(sorted, "rehab-worklist", CaseRow::citizen,
				(row, person) -> new CaseRow(row.id(), person, row.type(), row.arisenOn(), row.status(),
						row.teamRequired(), row.deadline(), row.urgency(), row.missingDocuments(), row.meetingOn())),
				rows.size());
	}

	private CaseRow caseRow(ResultSet rs, LocalDate today) throws SQLException {
		var type = RehabCaseType.valueOf(rs.getString("type"));
		var arisen = rs.getObject("arisen_on", LocalDate.class);
		var recommended = rs.getString("recommendation") != null;
		var exempted = rs.getString("exemption") != null;
		var onAgenda = rs.getObject("meeting") != null;
		var status = recommended ? CaseStatus.INDSTILLET
				: exempted ? CaseStatus.FRITAGET : onAgenda ? CaseStatus.PAA_DAGSORDEN : CaseStatus.AABEN;
		var treated = recommended || exempted;
		var deadline = treated ? null : rules.deadline(type, arisen, today).orElse(null);
		var missing = missing(rules.requiredDocuments(type, arisen, today), rs.getString("documents"));
		return new CaseRow(new RehabCaseId(rs.getObject("id", UUID.class)),
				new Person(new CitizenId(rs.getObject("citizen", UUID.class)), null, null), type, arisen, status,
				rules.teamRequired(type, arisen, today), deadline, Urgency.of(deadline, today, properties.dueSoonDays()),
				missing, rs.getObject("held_on", LocalDate.class));
	}

	private static int missing(List<DocumentKind> required, @Nullable String stored) {
		var done = new ArrayList<DocumentKind>();
		if (stored != null) {
			for (var part : stored.split(",")) {
				var fields = part.split(":");
				var status = DocumentStatus.valueOf(fields[1]);
				if (status == DocumentStatus.MODTAGET || status == DocumentStatus.IKKE_RELEVANT) {
					done.add(DocumentKind.valueOf(fields[0]));
				}
			}
		}
		return (int) required.stream().filter(kind -> !done.contains(kind)).count();
	}

	/** The unit's running courses that need an assessment now or soon, overdue first. */
	public Worklist<CourseRow> courses() {
		var staff = access.caller();
		var today = LocalDate.now(clock);
		var rows = new ArrayList<CourseRow>();
		jdbc.sql("""
				select c.id, c.citizen, c.type, c.started_on, c.granted_to,
				       (select min(e.started_on) from rehab.effort_start e
				        where e.citizen = c.citizen and e.started_on >= c.started_on) as first_effort,
				       (select max(e.started_on) from rehab.effort_start e
				        where e.citizen = c.citizen and e.started_on >= c.started_on) as last_effort,
				       exists (select 1 from rehab.rehab_case r where r.citizen = c.citizen
				               and r.type = 'RESSOURCEFORLOEB_GENFORELAEGGELSE' and r.arisen_on >= c.started_on) as reviewed
				from rehab.course c
				where c.municipality_code = :municipality and c.unit = :unit and c.ended_on is null""")
			.params(parameters(staff))
			.query((rs, n) -> {
				courseRows(rs, today).forEach(rows::add);
				return 0;
			})
			.list();
		var sorted = rows.stream()
			.sorted(Comparator.comparing(CourseRow::urgency).thenComparing(CourseRow::due))
			.toList();
		return new Worklist<>(named(sorted, "rehab-courses", CourseRow::citizen,
				(row, person) -> new CourseRow(row.id(), person, row.type(), row.startedOn(), row.grantedTo(),
						row.task(), row.due(), row.urgency(), row.lastEffort())),
				rows.size());
	}

	private List<CourseRow> courseRows(ResultSet rs, LocalDate today) throws SQLException {
		var rows = new ArrayList<CourseRow>();
		var id = rs.getObject("id", UUID.class);
		var person = new Person(new CitizenId(rs.getObject("citizen", UUID.class)), null, null);
		var type = CourseType.valueOf(rs.getString("type"));
		var start = rs.getObject("started_on", LocalDate.class);
		var granted = rs.getObject("granted_to", LocalDate.class);
		var firstEffort = rs.getObject("first_effort", LocalDate.class);
		var lastEffort = rs.getObject("last_effort", LocalDate.class);
		if (granted != null && !today.plusWeeks(properties.renewalNoticeWeeks()).isBefore(granted)) {
			rows.add(new CourseRow(id, person, type, start, granted, CourseTask.BEVILLING_UDLOEBER, granted,
					Urgency.of(granted, today, properties.dueSoonDays()), lastEffort));
		}
		var review = rules.noEffortReview(type, start, today);
		if (review.isPresent() && !rs.getBoolean("reviewed") && (firstEffort == null || !firstEffort.isBefore(review.get()))
				&& !today.plusWeeks(4).isBefore(review.get())) {
			rows.add(new CourseRow(id, person, type, start, granted, CourseTask.INGEN_INDSATS, review.get(),
					Urgency.of(review.get(), today, properties.dueSoonDays()), lastEffort));
		}
		return rows;
	}

	/** The open sickness cases of the scope, the next conversation overdue first. */
	public Worklist<SicknessRow> sickness(Scope scope) {
		var staff = scope == Scope.UNIT ? access.leader() : access.caller();
		var today = LocalDate.now(clock);
		var rows = jdbc.sql("""
				select c.id, c.citizen, c.category, c.first_absence_day, c.employed, c.company_cvr, c.company_name,
				       c.expected_weeks, c.early_request_on,
				       (select string_agg(v.held_on::text, ',') from rehab.sickness_conversation v
				        where v.sickness_case = c.id) as held
				from rehab.sickness_case c
				where c.municipality_code = :municipality and c.closed_on is null and """ + scope(scope))
			.params(parameters(staff))
			.query((rs, n) -> sicknessRow(rs, today))
			.list();
		var sorted = rows.stream()
			.sorted(Comparator.comparing(SicknessRow::urgency)
				.thenComparing(row -> row.plan().nextDue(), Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(SicknessRow::firstAbsenceDay))
			.toList();
		return new Worklist<>(named(sorted, "sickness-worklist", SicknessRow::citizen,
				(row, person) -> new SicknessRow(row.id(), person, row.category(), row.firstAbsenceDay(), row.company(),
						row.plan(), row.urgency())),
				rows.size());
	}

	private SicknessRow sicknessRow(ResultSet rs, LocalDate today) throws SQLException {
		var category = rs.getString("category") == null ? null : VisitationCategory.valueOf(rs.getString("category"));
		var first = rs.getObject("first_absence_day", LocalDate.class);
		var held = new ArrayList<LocalDate>();
		var aggregated = rs.getString("held");
		if (aggregated != null) {
			for (var day : aggregated.split(",")) {
				held.add(LocalDate.parse(day));
			}
		}
		var expected = rs.getObject("expected_weeks", Integer.class);
		var plan = FollowUpPlan.of(rules, first, category, rs.getBoolean("employed"), expected,
				rs.getObject("early_request_on", LocalDate.class), held, null, today);
		var cvr = rs.getString("company_cvr");
		return new SicknessRow(new SicknessCaseId(rs.getObject("id", UUID.class)),
				new Person(new CitizenId(rs.getObject("citizen", UUID.class)), null, null), category, first,
				cvr == null ? null : new Company(cvr, rs.getString("company_name")), plan,
				Urgency.of(plan.nextDue(), today, properties.dueSoonDays()));
	}

	/** Retention per company (fastholdelse): what the follow-up of its sick-listed employees looks like. */
	public record CompanyRetention(String cvr, String name, int open, int partlyBack, int withStepUpPlan,
			int roundTables, int backAtWork, int closed) {
	}

	/** The companies of the caller's municipality with sick-listed employees in the last year; no personal data. */
	@Transactional(readOnly = true)
	public List<CompanyRetention> companies() {
		var staff = access.caller();
		var since = LocalDate.now(clock).minusYears(1);
		return jdbc.sql("""
				select c.company_cvr, min(c.company_name),
				       count(*) filter (where c.closed_on is null),
				       count(*) filter (where c.closed_on is null and exists (select 1 from rehab.sickness_partial_return p
				                                                            where p.sickness_case = c.id)),
				       count(*) filter (where exists (select 1 from rehab.sickness_step_up s where s.sickness_case = c.id)),
				       coalesce(sum((select count(*) from rehab.sickness_conversation v
				                     where v.sickness_case = c.id and v.kind = 'RUNDBORD' and v.held_on >= :since)), 0),
				       count(*) filter (where c.close_reason = 'RASKMELDT' and c.closed_on >= :since),
				       count(*) filter (where c.closed_on >= :since)
				from rehab.sickness_case c
				where c.municipality_code = :municipality and c.company_cvr is not null
				  and (c.closed_on is null or c.closed_on >= :since)
				group by c.company_cvr
				order by count(*) filter (where c.closed_on is null) desc, min(c.company_name)""")
			.param("municipality", staff.municipalityCode())
			.param("since", since)
			.query((rs, n) -> new CompanyRetention(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
					rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)))
			.list();
	}

	private static String scope(Scope scope) {
		return scope == Scope.UNIT ? " c.unit = :unit" : " c.caseworker = :me";
	}

	private static Map<String, Object> parameters(StaffMember staff) {
		return Map.of("municipality", staff.municipalityCode(), "unit", staff.unit().value(), "me", staff.id().value());
	}

	/** The first rows up to the limit, each with the citizen's name (opened together, audited); the rest are left out. */
	private <T> List<T> named(List<T> rows, String what, java.util.function.Function<T, Person> person,
			java.util.function.BiFunction<T, Person, T> with) {
		var shown = rows.subList(0, Math.min(rows.size(), properties.worklistLimit()));
		var opened = access.openAll(shown.stream().map(row -> person.apply(row).id()).toList(), what);
		var named = new ArrayList<T>();
		for (var row : shown) {
			var id = person.apply(row).id();
			CitizenFacts facts = opened.get(id);
			named.add(with.apply(row, facts == null ? new Person(id, null, null)
					: new Person(id, facts.name(), facts.maskedCpr())));
		}
		return named;
	}

}
