package dk.jobvej.youth.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.StaffMember;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.youth.SupporterKind;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leisure jobs (fritidsjob, seed 003) for young people aged 13–17: the jobs found at companies,
 * the young people placed in them with a mentor or youth guide, and the share of the
 * municipality's 13–17-year-olds with a leisure job once population figures are imported (seed
 * 003: Aalborg 31.4 % in 2020, the whole country 32.1 %). The young people are not on a benefit and
 * so not citizens of the citizen module; their names are shown only to their unit and their
 * supporter, and every name shown is audited as a read of {@code young-person/<id>}.
 */
@Service
@Transactional
public class LeisureJobs {

	/** The code of the whole country in the population figures. */
	public static final int NATIONAL = 0;

	private final JdbcClient jdbc;

	private final YouthRules rules;

	private final YouthAccess access;

	private final Clock clock;

	LeisureJobs(JdbcClient jdbc, YouthRules rules, YouthAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.access = access;
		this.clock = clock;
	}

	/** Registers a young person of the leisure-job age in the caller's unit. */
	public UUID registerYoungPerson(String givenName, String familyName, LocalDate birthDate) {
		var staff = access.caller();
		var today = LocalDate.now(clock);
		var age = Period.between(birthDate, today).getYears();
		var min = rules.number(YouthRuleKind.LEISURE_AGE_MIN, today).orElse(13);
		var max = rules.number(YouthRuleKind.LEISURE_AGE_MAX, today).orElse(17);
		if (birthDate.isAfter(today) || age < min || age > max) {
			throw new RuleViolation("birthDate", "youth.leisure.age", min, max);
		}
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into youth.young_person (id, municipality_code, unit, given_name, family_name, birth_date, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, staff.municipalityCode(), staff.unit().value(),
					Texts.required("givenName", givenName, Texts.PERSON_NAME),
					Texts.required("familyName", familyName, Texts.PERSON_NAME), birthDate,
					Timestamp.from(clock.instant()))
			.update();
		access.recordAll(List.of(new AuditRecord(staff.username(), AuditAction.CREATE, "young-person/" + id,
				"youth-leisure", null, staff.municipalityCode())));
		return id;
	}

	public UUID createJob(String cvr, String companyName, String title, int hoursPerWeek) {
		var staff = access.caller();
		var number = cvr.replace(" ", "");
		if (!Cvr.valid(number)) {
			throw new RuleViolation("cvr", "youth.cvr.invalid");
		}
		if (hoursPerWeek < 1 || hoursPerWeek > 37) {
			throw new RuleViolation("hoursPerWeek", "youth.leisure.hours");
		}
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into youth.leisure_job (id, municipality_code, company_cvr, company_name, title, hours_per_week,
				       created_at) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, staff.municipalityCode(), number, Texts.required("companyName", companyName, Texts.NAME),
					Texts.required("title", title, Texts.NAME), hoursPerWeek, Timestamp.from(clock.instant()))
			.update();
		access.changedSetting(staff, AuditAction.CREATE, "youth-leisure-job/" + id, "youth-leisure-job", null);
		return id;
	}

	/** Places a young person the caller may see in the job, with a supporter; they must be of the age on the first day. */
	public UUID place(UUID jobId, UUID youngPerson, SupporterKind kind, @Nullable StaffId supporter, LocalDate startedOn,
			@Nullable LocalDate endedOn) {
		var staff = access.caller();
		job(jobId, staff.municipalityCode());
		var person = visiblePerson(staff, youngPerson);
		var min = rules.number(YouthRuleKind.LEISURE_AGE_MIN, startedOn).orElse(13);
		var max = rules.number(YouthRuleKind.LEISURE_AGE_MAX, startedOn).orElse(17);
		var age = Period.between(person.birthDate(), startedOn).getYears();
		if (age < min || age > max) {
			throw new RuleViolation("startedOn", "youth.leisure.age", min, max);
		}
		if (endedOn != null && endedOn.isBefore(startedOn)) {
			throw new RuleViolation("endedOn", "youth.leisure.endBeforeStart");
		}
		var helper = supporter == null ? staff.id()
				: access.colleague(supporter, staff.municipalityCode(), "supporter").id();
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into youth.leisure_placement (id, job, young_person, municipality_code, supporter_kind, supporter,
				       started_on, ended_on) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, jobId, youngPerson, staff.municipalityCode(), kind.name(), helper.value(), startedOn, endedOn)
			.update();
		access.recordAll(List.of(new AuditRecord(staff.username(), AuditAction.CHANGE, "young-person/" + youngPerson,
				"youth-leisure-placement", null, staff.municipalityCode())));
		return id;
	}

	/** A young person as the list shows them to those who may see them. */
	public record YoungPerson(UUID id, String name, LocalDate birthDate, int age) {
	}

	public record Placement(UUID id, @Nullable YoungPerson youngPerson, SupporterKind supporterKind,
			String supporterName, LocalDate startedOn, @Nullable LocalDate endedOn) {
	}

	public record Job(UUID id, String cvr, String companyName, String title, int hoursPerWeek,
			List<Placement> placements) {
	}

	/** The municipality's jobs with their placements; names only of the young people the caller may see (audited). */
	public List<Job> jobs() {
		var staff = access.caller();
		var today = LocalDate.now(clock);
		var placements = new java.util.LinkedHashMap<UUID, List<Placement>>();
		var shown = new ArrayList<AuditRecord>();
		jdbc.sql("""
				select p.id, p.job, p.supporter_kind, p.supporter, p.started_on, p.ended_on, y.id, y.given_name,
				       y.family_name, y.birth_date, y.unit
				from youth.leisure_placement p join youth.young_person y on y.id = p.young_person
				where p.municipality_code = ? order by p.started_on desc""")
			.param(staff.municipalityCode())
			.query((rs, n) -> {
				var supporter = rs.getObject(4, UUID.class);
				var visible = staff.unit().value().equals(rs.getObject(11, UUID.class))
						|| staff.id().value().equals(supporter);
				var personId = rs.getObject(7, UUID.class);
				var birth = rs.getObject(10, LocalDate.class);
				if (visible) {
					shown.add(new AuditRecord(staff.username(), AuditAction.READ, "young-person/" + personId,
							"youth-leisure", null, staff.municipalityCode()));
				}
				placements.computeIfAbsent(rs.getObject(2, UUID.class), job -> new ArrayList<>())
					.add(new Placement(rs.getObject(1, UUID.class),
							visible ? new YoungPerson(personId, rs.getString(8) + " " + rs.getString(9), birth,
									Period.between(birth, today).getYears()) : null,
							SupporterKind.valueOf(rs.getString(3)), access.staffName(new StaffId(supporter)),
							rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)));
				return 0;
			})
			.list();
		access.recordAll(shown.stream().distinct().toList());
		return jdbc.sql("""
				select id, company_cvr, company_name, title, hours_per_week from youth.leisure_job
				where municipality_code = ? order by company_name, title""")
			.param(staff.municipalityCode())
			.query((rs, n) -> new Job(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), placements.getOrDefault(rs.getObject(1, UUID.class), List.of())))
			.list();
	}

	/** The young people of the caller's unit (for placing them), each name audited. */
	public List<YoungPerson> youngPeople() {
		var staff = access.caller();
		var today = LocalDate.now(clock);
		var people = jdbc.sql("""
				select id, given_name, family_name, birth_date from youth.young_person
				where municipality_code = ? and unit = ? order by family_name, given_name limit 200""")
			.params(staff.municipalityCode(), staff.unit().value())
			.query((rs, n) -> new YoungPerson(rs.getObject(1, UUID.class), rs.getString(2) + " " + rs.getString(3),
					rs.getObject(4, LocalDate.class), Period.between(rs.getObject(4, LocalDate.class), today).getYears()))
			.list();
		access.recordAll(people.stream()
			.map(person -> new AuditRecord(staff.username(), AuditAction.READ, "young-person/" + person.id(),
					"youth-leisure", null, staff.municipalityCode()))
			.toList());
		return people;
	}

	/** The share of 13–17-year-olds with a leisure job in a year, in the municipality and the whole country. */
	public record Share(int year, @Nullable Figure municipality, @Nullable Figure national, int placedByJobcenter) {

		public @Nullable Double placedShare() {
			return municipality == null ? null : 100.0 * placedByJobcenter / municipality.population();
		}

	}

	/** Imported figures: the population 13–17 and, from the statistics, how many had a leisure job. */
	public record Figure(int municipalityCode, int year, int population, @Nullable Integer withLeisureJob) {

		public @Nullable Double share() {
			return withLeisureJob == null ? null : 100.0 * withLeisureJob / population;
		}

	}

	@Transactional(readOnly = true)
	public List<Integer> years() {
		var staff = access.caller();
		return jdbc.sql("""
				select distinct year from youth.population_figure where municipality_code in (?, ?) order by year desc""")
			.params(staff.municipalityCode(), NATIONAL)
			.query(Integer.class)
			.list();
	}

	@Transactional(readOnly = true)
	public Share share(int year) {
		var staff = access.caller();
		var min = rules.number(YouthRuleKind.LEISURE_AGE_MIN, LocalDate.of(year, 12, 31)).orElse(13);
		var max = rules.number(YouthRuleKind.LEISURE_AGE_MAX, LocalDate.of(year, 12, 31)).orElse(17);
		var placed = jdbc.sql("""
				select count(distinct p.young_person) from youth.leisure_placement p
				join youth.young_person y on y.id = p.young_person
				where p.municipality_code = :municipality and p.started_on <= :end
				  and (p.ended_on is null or p.ended_on >= :start)
				  and date_part('year', age(p.started_on, y.birth_date)) between :min and :max""")
			.params(Map.of("municipality", staff.municipalityCode(), "start", LocalDate.of(year, 1, 1), "end",
					LocalDate.of(year, 12, 31), "min", min, "max", max))
			.query(Integer.class)
			.single();
		return new Share(year, figure(staff.municipalityCode(), year), figure(NATIONAL, year), placed);
	}

	private @Nullable Figure figure(int municipalityCode, int year) {
		return jdbc.sql("""
				select population_13_17, with_leisure_job from youth.population_figure
				where municipality_code = ? and year = ?""")
			.params(municipalityCode, year)
			.query((rs, n) -> new Figure(municipalityCode, year, rs.getInt(1), rs.getObject(2, Integer.class)))
			.optional()
			.orElse(null);
	}

	/** One imported line. */
	public record FigureLine(int municipalityCode, int year, int population, @Nullable Integer withLeisureJob) {
	}

	/**
	 * Imports population figures for the caller's municipality and the whole country (0); a year
	 * imported again replaces the earlier figures. All lines or none.
	 */
	public int importFigures(List<FigureLine> lines) {
		var staff = access.anyone();
		var now = Timestamp.from(clock.instant());
		for (var i = 0; i < lines.size(); i++) {
			var line = lines.get(i);
			var field = "figures[" + i + "]";
			if (line.municipalityCode() != NATIONAL && line.municipalityCode() != staff.municipalityCode()) {
				throw new RuleViolation(field + ".municipalityCode", "youth.figures.municipality",
						staff.municipalityCode());
			}
			if (line.year() < 2000 || line.year() > 2100) {
				throw new RuleViolation(field + ".year", "youth.figures.year");
			}
			if (line.population() <= 0) {
				throw new RuleViolation(field + ".population", "youth.figures.population");
			}
			if (line.withLeisureJob() != null
					&& (line.withLeisureJob() < 0 || line.withLeisureJob() > line.population())) {
				throw new RuleViolation(field + ".withLeisureJob", "youth.figures.withLeisureJob");
			}
		}
		for (var line : lines) {
			jdbc.sql("""
					insert into youth.population_figure (municipality_code, year, population_13_17, with_leisure_job,
					       imported_by, imported_at) values (?, ?, ?, ?, ?, ?)
					on conflict (municipality_code, year) do update set population_13_17 = excluded.population_13_17,
					       with_leisure_job = excluded.with_leisure_job, imported_by = excluded.imported_by,
					       imported_at = excluded.imported_at""")
				.params(line.municipalityCode(), line.year(), line.population(), line.withLeisureJob(),
						staff.username(), now)
				.update();
		}
		access.changedSetting(staff, AuditAction.CHANGE, "youth-population/" + staff.municipalityCode(),
				"population-figures", lines.size() + " lines");
		return lines.size();
	}

	private void job(UUID jobId, int municipalityCode) {
		var exists = jdbc.sql("select exists (select 1 from youth.leisure_job where id = ? and municipality_code = ?)")
			.params(jobId, municipalityCode)
			.query(Boolean.class)
			.single();
		if (!exists) {
			throw new NotFound("youth.leisure.jobNotFound");
		}
	}

	private YoungPerson visiblePerson(StaffMember staff, UUID id) {
		return jdbc.sql("""
				select id, given_name, family_name, birth_date from youth.young_person
				where id = ? and municipality_code = ? and unit = ?""")
			.params(id, staff.municipalityCode(), staff.unit().value())
			.query((rs, n) -> new YoungPerson(rs.getObject(1, UUID.class), rs.getString(2) + " " + rs.getString(3),
					rs.getObject(4, LocalDate.class),
					Period.between(rs.getObject(4, LocalDate.class), LocalDate.now(clock)).getYears()))
			.optional()
			.orElseThrow(() -> new RuleViolation("youngPerson", "youth.leisure.personUnknown"));
	}

	/** CVR numbers: 8 digits, modulus 11 with weights 2, 7, 6, 5, 4, 3, 2, 1. */
	static final class Cvr {

		private static final int[] WEIGHTS = { 2, 7, 6, 5, 4, 3, 2, 1 };

		private Cvr() {
		}

		static boolean valid(String cvr) {
			if (!cvr.matches("[0-9]{8}")) {
				return false;
			}
			var sum = 0;
			for (var i = 0; i < 8; i++) {
				sum += (cvr.charAt(i) - '0') * WEIGHTS[i];
			}
			return sum % 11 == 0;
		}

	}

}
