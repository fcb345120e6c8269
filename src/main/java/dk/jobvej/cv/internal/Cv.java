package dk.jobvej.cv.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.cv.CvChanged;
import dk.jobvej.cv.CvPart;
import dk.jobvej.cv.DrivingLicence;
import dk.jobvej.cv.EducationLevel;
import dk.jobvej.cv.JobGoalsChanged;
import dk.jobvej.cv.LanguageLevel;
import dk.jobvej.cv.internal.Entries.BranchEntry;
import dk.jobvej.cv.internal.Entries.DrivingLicenceEntry;
import dk.jobvej.cv.internal.Entries.EducationEntry;
import dk.jobvej.cv.internal.Entries.ExperienceEntry;
import dk.jobvej.cv.internal.Entries.JobGoalEntry;
import dk.jobvej.cv.internal.Entries.LanguageEntry;
import dk.jobvej.cv.internal.Entries.SkillEntry;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A citizen's CV: who they are as a jobseeker. It changes only through the methods below, which
 * check the rules (lengths, dates, the lists the entries must come from, how many of each) and
 * record a {@link CvChanged} event, and {@link JobGoalsChanged} when the job goals change.
 */
@Table(schema = "cv", name = "cv")
class Cv extends AbstractAggregateRoot<Cv> implements Persistable<UUID> {

	static final int MAX_EDUCATIONS = 20;

	static final int MAX_EXPERIENCES = 30;

	static final int MAX_SKILLS = 30;

	static final int MAX_LANGUAGES = 10;

	static final int MAX_JOB_GOALS = 5;

	static final int MIN_YEAR = 1930;

	@Id
	private final UUID citizen;

	private final int municipalityCode;

	private @Nullable String profile;

	private @Nullable Integer hoursPerWeek;

	private @Nullable Integer maxCommuteKm;

	private boolean drivingLicenceAnswered;

	private final Instant createdAt;

	private Instant updatedAt;

	private String updatedBy;

	@MappedCollection(idColumn = "cv")
	private final Set<EducationEntry> educations;

	@MappedCollection(idColumn = "cv")
	private final Set<ExperienceEntry> experiences;

	@MappedCollection(idColumn = "cv")
	private final Set<SkillEntry> skills;

	@MappedCollection(idColumn = "cv")
	private final Set<LanguageEntry> languages;

	@MappedCollection(idColumn = "cv")
	private final Set<DrivingLicenceEntry> drivingLicences;

	@MappedCollection(idColumn = "cv")
	private final Set<BranchEntry> branches;

	@MappedCollection(idColumn = "cv", keyColumn = "position")
	private final List<JobGoalEntry> jobGoals;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	Cv(UUID citizen, int municipalityCode, @Nullable String profile, @Nullable Integer hoursPerWeek,
			@Nullable Integer maxCommuteKm, boolean drivingLicenceAnswered, Instant createdAt, Instant updatedAt,
			String updatedBy, Set<EducationEntry> educations, Set<ExperienceEntry> experiences, Set<SkillEntry> skills,
			Set<LanguageEntry> languages, Set<DrivingLicenceEntry> drivingLicences, Set<BranchEntry> branches,
			List<JobGoalEntry> jobGoals, @Nullable Integer version) {
		this.citizen = citizen;
		this.municipalityCode = municipalityCode;
		this.profile = profile;
		this.hoursPerWeek = hoursPerWeek;
		this.maxCommuteKm = maxCommuteKm;
		this.drivingLicenceAnswered = drivingLicenceAnswered;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.updatedBy = updatedBy;
		this.educations = new HashSet<>(educations);
		this.experiences = new HashSet<>(experiences);
		this.skills = new HashSet<>(skills);
		this.languages = new HashSet<>(languages);
		this.drivingLicences = new HashSet<>(drivingLicences);
		this.branches = new HashSet<>(branches);
		this.jobGoals = new ArrayList<>(jobGoals);
		this.version = version;
	}

	/** An empty CV for the citizen, started by {@code by}. */
	static Cv start(CitizenId citizen, int municipalityCode, Instant now, String by) {
		return new Cv(citizen.value(), municipalityCode, null, null, null, false, now, now, by, Set.of(), Set.of(),
				Set.of(), Set.of(), Set.of(), Set.of(), List.of(), null);
	}

	UUID addEducation(EducationLevel level, String title, @Nullable String institution, @Nullable Integer fromYear,
			@Nullable Integer toYear, boolean completed, LocalDate today) {
		if (educations.size() >= MAX_EDUCATIONS) {
			throw new RuleViolation("title", "cv.education.tooMany", MAX_EDUCATIONS);
		}
		var lastYear = today.getYear() + 6;
		year("fromYear", fromYear, lastYear);
		year("toYear", toYear, lastYear);
		if (fromYear != null && toYear != null && toYear < fromYear) {
			throw new RuleViolation("toYear", "cv.education.endsBeforeStart");
		}
		if (completed && toYear != null && toYear > today.getYear()) {
			throw new RuleViolation("toYear", "cv.education.completedInFuture");
		}
		var entry = new EducationEntry(UUID.randomUUID(), level, CvText.required("title", title, 150),
				CvText.optional("institution", institution, 150), fromYear, toYear, completed, municipalityCode);
		educations.add(entry);
		return entry.id();
	}

	boolean removeEducation(UUID id) {
		return educations.removeIf(entry -> entry.id().equals(id));
	}

	UUID addExperience(@Nullable String occupationCode, String title, @Nullable String employer, YearMonth from,
			@Nullable YearMonth to, @Nullable String description, YearMonth now) {
		if (experiences.size() >= MAX_EXPERIENCES) {
			throw new RuleViolation("title", "cv.experience.tooMany", MAX_EXPERIENCES);
		}
		if (from.isAfter(now)) {
			throw new RuleViolation("from", "cv.experience.future");
		}
		if (from.getYear() < MIN_YEAR) {
			throw new RuleViolation("from", "cv.experience.tooEarly", MIN_YEAR);
		}
		if (to != null && to.isBefore(from)) {
			throw new RuleViolation("to", "cv.experience.endsBeforeStart");
		}
		if (to != null && to.isAfter(now)) {
			throw new RuleViolation("to", "cv.experience.future");
		}
		var entry = new ExperienceEntry(UUID.randomUUID(), occupationCode, CvText.required("title", title, 100),
				CvText.optional("employer", employer, 100), from.atDay(1), to == null ? null : to.atDay(1),
				CvText.optional("description", description, 1000), municipalityCode);
		experiences.add(entry);
		return entry.id();
	}

	boolean removeExperience(UUID id) {
		return experiences.removeIf(entry -> entry.id().equals(id));
	}

	UUID addSkill(String name) {
		var skill = CvText.required("name", name, 60);
		if (skills.stream().anyMatch(existing -> same(existing.name(), skill))) {
			throw new RuleViolation("name", "cv.skill.duplicate");
		}
		if (skills.size() >= MAX_SKILLS) {
			throw new RuleViolation("name", "cv.skill.tooMany", MAX_SKILLS);
		}
		var entry = new SkillEntry(UUID.randomUUID(), skill, municipalityCode);
		skills.add(entry);
		return entry.id();
	}

	boolean removeSkill(UUID id) {
		return skills.removeIf(entry -> entry.id().equals(id));
	}

	UUID addLanguage(String code, LanguageLevel level) {
		if (languages.stream().anyMatch(existing -> existing.code().equals(code))) {
			throw new RuleViolation("code", "cv.language.duplicate");
		}
		if (languages.size() >= MAX_LANGUAGES) {
			throw new RuleViolation("code", "cv.language.tooMany", MAX_LANGUAGES);
		}
		var entry = new LanguageEntry(UUID.randomUUID(), code, level, municipalityCode);
		languages.add(entry);
		return entry.id();
	}

	boolean removeLanguage(UUID id) {
		return languages.removeIf(entry -> entry.id().equals(id));
	}

	/** The citizen's driving licences; an empty set answers "no driving licence". */
	void answerDrivingLicences(Set<DrivingLicence> categories) {
		drivingLicences.clear();
		categories.forEach(category -> drivingLicences.add(new DrivingLicenceEntry(category, municipalityCode)));
		drivingLicenceAnswered = true;
	}

	/** Hours per week, how far the citizen will commute, and the branches they wish to work in. */
	void wish(int hours, int commuteKm, Set<String> branchCodes) {
		if (hours < 1 || hours > 48) {
			throw new RuleViolation("hoursPerWeek", "cv.wishes.hours", 1, 48);
		}
		if (commuteKm < 0 || commuteKm > 300) {
			throw new RuleViolation("maxCommuteKm", "cv.wishes.commute", 0, 300);
		}
		hoursPerWeek = hours;
		maxCommuteKm = commuteKm;
		branches.clear();
		branchCodes.forEach(code -> branches.add(new BranchEntry(code, municipalityCode)));
	}

	UUID addJobGoal(String occupationCode, @Nullable String note) {
		if (jobGoals.stream().anyMatch(goal -> goal.occupationCode().equals(occupationCode))) {
			throw new RuleViolation("occupation", "cv.jobGoal.duplicate");
		}
		if (jobGoals.size() >= MAX_JOB_GOALS) {
			throw new RuleViolation("occupation", "cv.jobGoal.tooMany", MAX_JOB_GOALS);
		}
		var entry = new JobGoalEntry(UUID.randomUUID(), occupationCode, CvText.optional("note", note, 200),
				municipalityCode);
		jobGoals.add(entry);
		return entry.id();
	}

	boolean removeJobGoal(UUID id) {
		return jobGoals.removeIf(goal -> goal.id().equals(id));
	}

	void describe(@Nullable String text) {
		profile = CvText.optional("profile", text, 1000);
	}

	/** Records that the part changed, by whom and when, with the CV's completeness after the change. */
	void changed(CvPart part, String by, boolean bySelf, Instant at, Completeness completeness) {
		updatedAt = at;
		updatedBy = by;
		var percent = completeness.percent(this);
		registerEvent(new CvChanged(citizen(), municipalityCode, part, bySelf, percent, completeness.usable(this), at));
		if (part == CvPart.JOB_GOALS) {
			registerEvent(new JobGoalsChanged(citizen(), municipalityCode,
					jobGoals.stream().map(JobGoalEntry::occupationCode).toList(), at));
		}
	}

	/** The events recorded since the CV was loaded; published when it is saved. */
	List<Object> events() {
		return List.copyOf(domainEvents());
	}

	/** The parts that are filled in. */
	Set<CvPart> filled() {
		var parts = EnumSet.noneOf(CvPart.class);
		if (!jobGoals.isEmpty()) {
			parts.add(CvPart.JOB_GOALS);
		}
		if (!educations.isEmpty()) {
			parts.add(CvPart.EDUCATION);
		}
		if (!experiences.isEmpty()) {
			parts.add(CvPart.EXPERIENCE);
		}
		if (!skills.isEmpty()) {
			parts.add(CvPart.SKILLS);
		}
		if (!languages.isEmpty()) {
			parts.add(CvPart.LANGUAGES);
		}
		if (drivingLicenceAnswered) {
			parts.add(CvPart.DRIVING_LICENCE);
		}
		if (hoursPerWeek != null && maxCommuteKm != null) {
			parts.add(CvPart.WISHES);
		}
		if (profile != null) {
			parts.add(CvPart.PROFILE);
		}
		return parts;
	}

	/** Fails when the caller saw another version than the one stored (someone changed it since). */
	void expectVersion(@Nullable Integer seen) {
		if (seen != null && version != null && !seen.equals(version)) {
			throw new OptimisticLockingFailureException("CV " + citizen + " was changed by someone else");
		}
	}

	CitizenId citizen() {
		return new CitizenId(citizen);
	}

	int municipalityCode() {
		return municipalityCode;
	}

	@Nullable String profile() {
		return profile;
	}

	@Nullable Integer hoursPerWeek() {
		return hoursPerWeek;
	}

	@Nullable Integer maxCommuteKm() {
		return maxCommuteKm;
	}

	boolean drivingLicenceAnswered() {
		return drivingLicenceAnswered;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	String updatedBy() {
		return updatedBy;
	}

	Instant createdAt() {
		return createdAt;
	}

	/** Newest first: the ones still running or without an end year first, then by end and start year. */
	List<EducationEntry> educations() {
		return educations.stream()
			.sorted(Comparator.comparing((EducationEntry e) -> e.toYear() == null ? Integer.MAX_VALUE : e.toYear())
				.thenComparing(e -> e.fromYear() == null ? 0 : e.fromYear())
				.reversed()
				.thenComparing(EducationEntry::title))
			.toList();
	}

	/** Newest first: current jobs first, then by the last and first month. */
	List<ExperienceEntry> experiences() {
		return experiences.stream()
			.sorted(Comparator.comparing((ExperienceEntry e) -> e.toMonth() == null ? LocalDate.MAX : e.toMonth())
				.thenComparing(ExperienceEntry::fromMonth)
				.reversed()
				.thenComparing(ExperienceEntry::title))
			.toList();
	}

	List<SkillEntry> skills() {
		return skills.stream().sorted(Comparator.comparing(s -> s.name().toLowerCase(Locale.ROOT))).toList();
	}

	List<LanguageEntry> languages() {
		return languages.stream()
			.sorted(Comparator.comparing(LanguageEntry::level).thenComparing(LanguageEntry::code))
			.toList();
	}

	Set<DrivingLicence> drivingLicences() {
		var set = EnumSet.noneOf(DrivingLicence.class);
		drivingLicences.forEach(entry -> set.add(entry.category()));
		return set;
	}

	List<String> branches() {
		return branches.stream().map(BranchEntry::code).sorted().toList();
	}

	/** Most wanted first. */
	List<JobGoalEntry> jobGoals() {
		return List.copyOf(jobGoals);
	}

	@Nullable Integer version() {
		return version;
	}

	@Override
	public UUID getId() {
		return citizen;
	}

	@Override
	public boolean isNew() {
		return version == null;
	}

	private static void year(String field, @Nullable Integer year, int last) {
		if (year != null && (year < MIN_YEAR || year > last)) {
			throw new RuleViolation(field, "cv.education.yearRange", MIN_YEAR, last);
		}
	}

	private static boolean same(String one, String other) {
		return one.toLowerCase(Locale.ROOT).equals(other.toLowerCase(Locale.ROOT));
	}

}
