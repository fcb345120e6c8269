package dk.jobvej.plan.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.identity.Organisation;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offer catalogue (tilbudsvifte) of the signed-in member of staff's municipality: its
 * projects, their places and waiting lists, and how full each is week by week. A project's own
 * duration rule (base weeks, extension, maximum) is effective-dated: a change closes the rule in
 * force yesterday and starts a new one today.
 */
@Service
@Transactional
public class Catalogue {

	private final Projects projects;

	private final JdbcClient jdbc;

	private final PlanRules rules;

	private final Organisation organisation;

	private final MessageSource messages;

	private final AuditLog audit;

	private final Clock clock;

	Catalogue(Projects projects, JdbcClient jdbc, PlanRules rules, Organisation organisation, MessageSource messages,
			AuditLog audit, Clock clock) {
		this.projects = projects;
		this.jdbc = jdbc;
		this.rules = rules;
		this.organisation = organisation;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/** How long offers at a project last: weeks of the first grant, of an extension, in all. */
	public record DurationTerms(@Nullable Integer baseWeeks, @Nullable Integer extensionWeeks,
			@Nullable Integer maxWeeks) {

		boolean given() {
			return baseWeeks != null;
		}

	}

	/** One ISO week of a project: places taken (granted offers running in the week) and places. */
	public record Week(int year, int week, LocalDate monday, int occupied, @Nullable Integer places) {

		public boolean full() {
			return places != null && occupied >= places;
		}

	}

	/** A project's line in the occupancy overview. */
	public record Occupancy(ProjectView project, List<Week> weeks) {
	}

	/** An offer on a project's waiting list: no name, only where it stands. */
	public record Waiting(int position, UUID offer, UUID citizen, String unitName, LocalDate referredOn,
			LocalDate wishedStart, @Nullable LocalDate wishedEnd) {
	}

	@Transactional(readOnly = true)
	public List<ProjectView> projects() {
		var municipality = organisation.signedIn().municipalityCode();
		return projects.findByMunicipality(municipality).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public ProjectView project(UUID id) {
		return view(find(id));
	}

	public UUID create(ProjectDescription description, DurationTerms terms) {
		var admin = organisation.signedIn();
		if (projects.nameTaken(admin.municipalityCode(), description.name(), new UUID(0, 0))) {
			throw new RuleViolation("name", "plan.project.nameTaken");
		}
		checkTerms(terms);
		var project = projects.save(Project.create(admin.municipalityCode(), description, clock.instant()));
		if (terms.given()) {
			writeRule(project, terms);
		}
		record(admin.username(), AuditAction.CREATE, project);
		return project.id();
	}

	public void change(UUID id, ProjectDescription description, DurationTerms terms, @Nullable Integer version) {
		var admin = organisation.signedIn();
		var project = find(id);
		project.expectVersion(version);
		if (projects.nameTaken(admin.municipalityCode(), description.name(), id)) {
			throw new RuleViolation("name", "plan.project.nameTaken");
		}
		checkTerms(terms);
		project.describe(description);
		projects.save(project);
		var current = view(project);
		if (terms.given() && !(java.util.Objects.equals(terms.baseWeeks(), current.baseWeeks())
				&& java.util.Objects.equals(terms.extensionWeeks(), current.extensionWeeks())
				&& java.util.Objects.equals(terms.maxWeeks(), current.maxWeeks()))) {
			writeRule(project, terms);
		}
		record(admin.username(), AuditAction.CHANGE, project);
	}

	/** The weeks from the one containing {@code from}, how many places are taken in each. */
	@Transactional(readOnly = true)
	public List<Week> weeks(UUID id, LocalDate from, int count) {
		return weeks(find(id), from, count);
	}

	/** Every project with a number of places, week by week. */
	@Transactional(readOnly = true)
	public List<Occupancy> occupancy(LocalDate from, int count) {
		var municipality = organisation.signedIn().municipalityCode();
		return projects.findByMunicipality(municipality)
			.stream()
			.filter(project -> project.places() != null && project.active())
			.map(project -> new Occupancy(view(project), weeks(project, from, count)))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<Waiting> waitingList(UUID id) {
		var project = find(id);
		var waiting = new ArrayList<Waiting>();
		for (var row : jdbc.sql("""
				select id, citizen, unit, created_at, start_date, planned_end from plan.offer
				where project = ? and status = 'WAITING' order by created_at, id""").param(project.id()).query().listOfRows()) {
			var unit = new dk.jobvej.identity.UnitId((UUID) row.get("unit"));
			waiting.add(new Waiting(waiting.size() + 1, (UUID) row.get("id"), (UUID) row.get("citizen"),
					organisation.unit(unit).map(dk.jobvej.identity.OrganisationalUnit::name).orElse(""),
					((java.sql.Timestamp) row.get("created_at")).toInstant().atZone(clock.getZone()).toLocalDate(),
					((Date) row.get("start_date")).toLocalDate(),
					row.get("planned_end") == null ? null : ((Date) row.get("planned_end")).toLocalDate()));
		}
		return waiting;
	}

	/** Whether some week of the period has no free place, or others are already waiting. */
	boolean full(UUID projectId, LocalDate start, @Nullable LocalDate end) {
		var project = projects.findById(projectId).orElseThrow(() -> new NotFound("plan.project.notFound"));
		jdbc.sql("select id from plan.project where id = ? for update").param(projectId).query().listOfRows();
		if (project.places() == null) {
			return false;
		}
		var last = end == null ? start : end;
		var monday = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		var count = (int) java.time.temporal.ChronoUnit.WEEKS.between(monday, last) + 1;
		return weeks(project, start, count).stream().anyMatch(Week::full);
	}

	/** The position of a waiting offer on its project's list (1 is next). */
	int position(UUID projectId, UUID offer) {
		var ids = jdbc.sql("select id from plan.offer where project = ? and status = 'WAITING' order by created_at, id")
			.param(projectId)
			.query(UUID.class)
			.list();
		return ids.indexOf(offer) + 1;
	}

	int waitingCount(UUID projectId) {
		return jdbc.sql("select count(*) from plan.offer where project = ? and status = 'WAITING'")
			.param(projectId)
			.query(Integer.class)
			.single();
	}

	Project find(UUID id) {
		var municipality = organisation.signedIn().municipalityCode();
		return projects.findById(id)
			.filter(project -> project.municipalityCode() == municipality)
			.orElseThrow(() -> new NotFound("plan.project.notFound"));
	}

	/** A project of any municipality, for a citizen's own pages (the offer names it). */
	java.util.Optional<Project> anyProject(UUID id) {
		return projects.findById(id);
	}

	ProjectView view(Project project) {
		var today = LocalDate.now(clock);
		var rule = rules.durationRules(project.offerType(), null, project.id(), today)
			.stream()
			.filter(candidate -> project.id().equals(candidate.project()))
			.findFirst();
		return new ProjectView(project.id(), project.name(), project.heading(), project.providerKind(),
				project.providerName(), project.offerType(), project.targetGroup(), project.content(),
				project.prerequisites(), project.intake(), project.duration(), project.meetingHours(), project.places(),
				project.source(), project.active(), rule.map(r -> weeks(r.maxInitial())).orElse(null),
				rule.map(r -> r.extensionStep() == null ? null : weeks(r.extensionStep())).orElse(null),
				rule.map(r -> r.maxTotal() == null ? null : weeks(r.maxTotal())).orElse(null),
				waitingCount(project.id()), project.version());
	}

	private List<Week> weeks(Project project, LocalDate from, int count) {
		var first = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		var last = first.plusWeeks(count).minusDays(1);
		var periods = jdbc.sql("""
				select start_date, coalesce(ended_on, planned_end) as last_day from plan.offer
				where project = :project and status in ('GRANTED', 'ENDED') and start_date <= :last
				and (coalesce(ended_on, planned_end) is null or coalesce(ended_on, planned_end) >= :first)""")
			.params(Map.of("project", project.id(), "first", first, "last", last))
			.query((rs, row) -> new LocalDate[] { rs.getObject("start_date", LocalDate.class),
					rs.getObject("last_day", LocalDate.class) })
			.list();
		var weeks = new ArrayList<Week>();
		for (var i = 0; i < count; i++) {
			var monday = first.plusWeeks(i);
			var sunday = monday.plusDays(6);
			var occupied = (int) periods.stream()
				.filter(p -> !p[0].isAfter(sunday) && (p[1] == null || !p[1].isBefore(monday)))
				.count();
			weeks.add(new Week(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
					monday, occupied, project.places()));
		}
		return weeks;
	}

	private void checkTerms(DurationTerms terms) {
		if (terms.baseWeeks() == null && (terms.extensionWeeks() != null || terms.maxWeeks() != null)) {
			throw new RuleViolation("baseWeeks", "plan.text.required");
		}
		if (terms.baseWeeks() != null && (terms.baseWeeks() < 1 || terms.baseWeeks() > 260)) {
			throw new RuleViolation("baseWeeks", "plan.project.weeks");
		}
		if (terms.extensionWeeks() != null && (terms.extensionWeeks() < 1 || terms.extensionWeeks() > 260)) {
			throw new RuleViolation("extensionWeeks", "plan.project.weeks");
		}
		if (terms.maxWeeks() != null && terms.baseWeeks() != null && terms.maxWeeks() < terms.baseWeeks()) {
			throw new RuleViolation("maxWeeks", "plan.project.maxBelowBase");
		}
	}

	/** Closes the project's rule in force and writes the new one from today. */
	private void writeRule(Project project, DurationTerms terms) {
		var today = LocalDate.now(clock);
		jdbc.sql("""
				update plan.duration_rule set valid_to = :yesterday
				where project = :project and valid_to is null and valid_from < :today""")
			.params(Map.of("yesterday", today.minusDays(1), "project", project.id(), "today", today))
			.update();
		jdbc.sql("delete from plan.duration_rule where project = :project and valid_from = :today")
			.params(Map.of("project", project.id(), "today", today))
			.update();
		var args = new Object[] { project.name(), terms.baseWeeks(), terms.extensionWeeks() == null ? 0 : terms.extensionWeeks(),
				terms.maxWeeks() == null ? 0 : terms.maxWeeks() };
		jdbc.sql("""
				insert into plan.duration_rule (code, name_da, name_en, offer_type, project, max_initial, extension_step,
				  max_total, source, certainty, valid_from)
				values (:code, :da, :en, :type, :project, :initial, :step, :total, :source, 'L', :today)""")
			.params(Map.of("code", "PROJEKT", "da", messages.getMessage("plan.project.rule", args, Locale.forLanguageTag("da")),
					"en", messages.getMessage("plan.project.rule", args, Locale.ENGLISH), "type",
					project.offerType().name(), "project", project.id(), "initial", "P" + terms.baseWeeks() + "W",
					"step", terms.extensionWeeks() == null ? "" : "P" + terms.extensionWeeks() + "W", "total",
					terms.maxWeeks() == null ? "" : "P" + terms.maxWeeks() + "W", "source",
					messages.getMessage("plan.project.ruleSource", null, Locale.forLanguageTag("da")), "today", today))
			.update();
		jdbc.sql("update plan.duration_rule set extension_step = nullif(extension_step, ''), max_total = nullif(max_total, '') where project = ?")
			.param(project.id())
			.update();
		rules.reload();
	}

	private void record(String actor, AuditAction action, Project project) {
		audit.record(new AuditRecord(actor, action, "project/" + project.id(), "catalogue", null,
				project.municipalityCode()));
	}

	private static int weeks(Period period) {
		return period.getDays() / 7 + period.getMonths() * 4 + period.getYears() * 52;
	}

}
