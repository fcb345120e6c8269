package dk.jobvej.employer.internal;

import java.time.LocalDate;
import java.util.UUID;

import dk.jobvej.employer.VacancyKind;
import dk.jobvej.employer.VacancyStatus;
import dk.jobvej.occupation.OccupationCode;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A vacancy at a company: a job as the company described it, a task carved out of a job (job
 * carving: the job split into concrete tasks that one or more citizens who match parts of it can
 * do), or a small task (småjob) of at least the minimum hours a week. Open until filled or closed.
 */
@Table(schema = "employer", name = "vacancy")
class Vacancy {

	@Id
	private final UUID id;

	private final UUID company;

	private final @Nullable UUID parent;

	private final String occupation;

	private final String title;

	private final String description;

	private final int hoursPerWeek;

	private final String postcode;

	private final String city;

	private final @Nullable LocalDate startsOn;

	private final @Nullable LocalDate deadline;

	private final String kind;

	private String status;

	private final String source;

	private final String createdBy;

	private final LocalDate createdOn;

	private final int municipalityCode;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	Vacancy(UUID id, UUID company, @Nullable UUID parent, String occupation, String title, String description,
			int hoursPerWeek, String postcode, String city, @Nullable LocalDate startsOn, @Nullable LocalDate deadline,
			String kind, String status, String source, String createdBy, LocalDate createdOn, int municipalityCode,
			@Nullable Integer version) {
		this.id = id;
		this.company = company;
		this.parent = parent;
		this.occupation = occupation;
		this.title = title;
		this.description = description;
		this.hoursPerWeek = hoursPerWeek;
		this.postcode = postcode;
		this.city = city;
		this.startsOn = startsOn;
		this.deadline = deadline;
		this.kind = kind;
		this.status = status;
		this.source = source;
		this.createdBy = createdBy;
		this.createdOn = createdOn;
		this.municipalityCode = municipalityCode;
		this.version = version;
	}

	/**
	 * Opens a vacancy. Hours are 1–48 a week, and a small task has at least the minimum hours; the
	 * deadline may not be in the past nor after the start.
	 */
	static Vacancy open(UUID company, @Nullable UUID parent, OccupationCode occupation, String title,
			String description, int hoursPerWeek, String postcode, String city, @Nullable LocalDate startsOn,
			@Nullable LocalDate deadline, VacancyKind kind, VacancySource source, String createdBy, LocalDate today,
			int municipalityCode, int smallTaskMinimumHours) {
		if (hoursPerWeek < 1 || hoursPerWeek > 48) {
			throw new RuleViolation("hoursPerWeek", "employer.vacancy.hours");
		}
		if (kind == VacancyKind.SMALL_TASK && hoursPerWeek < smallTaskMinimumHours) {
			throw new RuleViolation("hoursPerWeek", "employer.vacancy.smallTaskHours", smallTaskMinimumHours);
		}
		if (deadline != null && deadline.isBefore(today)) {
			throw new RuleViolation("deadline", "employer.vacancy.deadlinePassed");
		}
		if (deadline != null && startsOn != null && deadline.isAfter(startsOn)) {
			throw new RuleViolation("deadline", "employer.vacancy.deadlineAfterStart");
		}
		return new Vacancy(UUID.randomUUID(), company, parent, occupation.value(), Texts.required("title", title, 200),
				Texts.required("description", description, 4000), hoursPerWeek, Texts.postcode("postcode", postcode),
				Texts.required("city", city, 100), startsOn, deadline, kind.name(), VacancyStatus.OPEN.name(),
				source.name(), createdBy, today, municipalityCode, null);
	}

	/**
	 * A task carved out of this job: its own occupation, title and hours, at the same place and
	 * start. Only an open job can be carved, and the tasks may together not exceed the job's hours
	 * by more than the job itself would take (checked by the caller over all tasks).
	 */
	Vacancy carve(OccupationCode taskOccupation, String taskTitle, String taskDescription, int taskHours,
			String createdBy, LocalDate today, int smallTaskMinimumHours) {
		if (kind() != VacancyKind.JOB) {
			throw new RuleViolation("tasks", "employer.vacancy.onlyJobsCarved");
		}
		if (status() != VacancyStatus.OPEN) {
			throw new RuleViolation("tasks", "employer.vacancy.notOpen");
		}
		if (taskHours < smallTaskMinimumHours) {
			throw new RuleViolation("hoursPerWeek", "employer.vacancy.smallTaskHours", smallTaskMinimumHours);
		}
		if (taskHours > hoursPerWeek) {
			throw new RuleViolation("hoursPerWeek", "employer.vacancy.taskLongerThanJob", hoursPerWeek);
		}
		return open(company, id, taskOccupation, taskTitle, taskDescription, taskHours, postcode, city, startsOn,
				deadline != null && deadline.isBefore(today) ? null : deadline, VacancyKind.TASK, VacancySource.CONSULTANT,
				createdBy, today, municipalityCode, smallTaskMinimumHours);
	}

	/** Filled or closed; only an open vacancy can be. */
	void close(VacancyStatus outcome) {
		if (outcome == VacancyStatus.OPEN) {
			throw new RuleViolation("status", "employer.vacancy.closeHow");
		}
		if (status() != VacancyStatus.OPEN) {
			throw new RuleViolation("status", "employer.vacancy.notOpen");
		}
		status = outcome.name();
	}

	UUID id() {
		return id;
	}

	UUID company() {
		return company;
	}

	@Nullable UUID parent() {
		return parent;
	}

	OccupationCode occupation() {
		return new OccupationCode(occupation);
	}

	String title() {
		return title;
	}

	String description() {
		return description;
	}

	int hoursPerWeek() {
		return hoursPerWeek;
	}

	String postcode() {
		return postcode;
	}

	String city() {
		return city;
	}

	@Nullable LocalDate startsOn() {
		return startsOn;
	}

	@Nullable LocalDate deadline() {
		return deadline;
	}

	VacancyKind kind() {
		return VacancyKind.valueOf(kind);
	}

	VacancyStatus status() {
		return VacancyStatus.valueOf(status);
	}

	VacancySource source() {
		return VacancySource.valueOf(source);
	}

	LocalDate createdOn() {
		return createdOn;
	}

	int municipalityCode() {
		return municipalityCode;
	}

	@Nullable Integer version() {
		return version;
	}

}
