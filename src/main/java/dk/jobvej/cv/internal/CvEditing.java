package dk.jobvej.cv.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.cv.CvPart;
import dk.jobvej.cv.DrivingLicence;
import dk.jobvej.cv.EducationLevel;
import dk.jobvej.cv.LanguageLevel;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a CV, by a member of staff or by the citizen: each checks access first (in the same
 * transaction, so a refused change leaves nothing behind), starts the CV if there is none,
 * checks the version the editor saw, applies the change (the aggregate checks the rules), stores
 * it, publishes {@code CvChanged} and writes the change in the audit trail in the same
 * transaction. Removing an entry that is not there changes nothing.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class CvEditing {

	private final Cvs cvs;

	private final ReferenceLists lists;

	private final Completeness completeness;

	private final AuditLog audit;

	private final Clock clock;

	private final CvEditors editors;

	CvEditing(Cvs cvs, CvEditors editors, ReferenceLists lists, Completeness completeness, AuditLog audit, Clock clock) {
		this.editors = editors;
		this.cvs = cvs;
		this.lists = lists;
		this.completeness = completeness;
		this.audit = audit;
		this.clock = clock;
	}

	public UUID addEducation(CvChangeBy by, @Nullable Integer version, EducationLevel level, String title,
			@Nullable String institution, @Nullable Integer fromYear, @Nullable Integer toYear, boolean completed) {
		return change(by, version, CvPart.EDUCATION, cv -> cv.addEducation(level, title, institution, fromYear,
				toYear, completed, LocalDate.now(clock)));
	}

	public void removeEducation(CvChangeBy by, @Nullable Integer version, UUID entry) {
		remove(by, version, CvPart.EDUCATION, cv -> cv.removeEducation(entry));
	}

	public UUID addExperience(CvChangeBy by, @Nullable Integer version, @Nullable String occupationCode, String title,
			@Nullable String employer, YearMonth from, @Nullable YearMonth to, @Nullable String description) {
		var occupation = occupationCode == null || occupationCode.isBlank() ? null : occupationCode;
		if (occupation != null && !lists.occupationList().contains(occupation)) {
			throw new RuleViolation("occupation", "cv.occupation.unknown");
		}
		return change(by, version, CvPart.EXPERIENCE, cv -> cv.addExperience(occupation, title, employer, from, to,
				description, YearMonth.now(clock)));
	}

	public void removeExperience(CvChangeBy by, @Nullable Integer version, UUID entry) {
		remove(by, version, CvPart.EXPERIENCE, cv -> cv.removeExperience(entry));
	}

	public UUID addSkill(CvChangeBy by, @Nullable Integer version, String name) {
		return change(by, version, CvPart.SKILLS, cv -> cv.addSkill(name));
	}

	public void removeSkill(CvChangeBy by, @Nullable Integer version, UUID entry) {
		remove(by, version, CvPart.SKILLS, cv -> cv.removeSkill(entry));
	}

	public UUID addLanguage(CvChangeBy by, @Nullable Integer version, String code, LanguageLevel level) {
		if (!lists.languages().contains(code)) {
			throw new RuleViolation("code", "cv.language.unknown");
		}
		return change(by, version, CvPart.LANGUAGES, cv -> cv.addLanguage(code, level));
	}

	public void removeLanguage(CvChangeBy by, @Nullable Integer version, UUID entry) {
		remove(by, version, CvPart.LANGUAGES, cv -> cv.removeLanguage(entry));
	}

	public void answerDrivingLicences(CvChangeBy by, @Nullable Integer version, Set<DrivingLicence> categories) {
		change(by, version, CvPart.DRIVING_LICENCE, cv -> {
			cv.answerDrivingLicences(categories);
			return cv.citizen().value();
		});
	}

	public void wish(CvChangeBy by, @Nullable Integer version, int hoursPerWeek, int maxCommuteKm,
			Set<String> branches) {
		branches.stream().filter(code -> !lists.branches().contains(code)).findFirst().ifPresent(code -> {
			throw new RuleViolation("branches", "cv.branch.unknown");
		});
		change(by, version, CvPart.WISHES, cv -> {
			cv.wish(hoursPerWeek, maxCommuteKm, branches);
			return cv.citizen().value();
		});
	}

	public UUID addJobGoal(CvChangeBy by, @Nullable Integer version, String occupationCode, @Nullable String note) {
		if (!lists.occupationList().contains(occupationCode)) {
			throw new RuleViolation("occupation", "cv.occupation.unknown");
		}
		return change(by, version, CvPart.JOB_GOALS, cv -> cv.addJobGoal(occupationCode, note));
	}

	public void removeJobGoal(CvChangeBy by, @Nullable Integer version, UUID entry) {
		remove(by, version, CvPart.JOB_GOALS, cv -> cv.removeJobGoal(entry));
	}

	public void describe(CvChangeBy by, @Nullable Integer version, @Nullable String profile) {
		change(by, version, CvPart.PROFILE, cv -> {
			cv.describe(profile);
			return cv.citizen().value();
		});
	}

	private void remove(CvChangeBy by, @Nullable Integer version, CvPart part, Function<Cv, Boolean> removal) {
		var editor = editors.resolve(by);
		var cv = cvs.findById(editor.citizen().value());
		if (cv.isEmpty()) {
			return;
		}
		cv.get().expectVersion(version);
		if (removal.apply(cv.get())) {
			store(editor, cv.get(), part);
		}
	}

	private UUID change(CvChangeBy by, @Nullable Integer version, CvPart part, Function<Cv, UUID> change) {
		var editor = editors.resolve(by);
		var cv = cvs.findById(editor.citizen().value())
			.orElseGet(() -> Cv.start(editor.citizen(), editor.municipalityCode(), clock.instant(), editor.actor()));
		cv.expectVersion(version);
		var id = change.apply(cv);
		store(editor, cv, part);
		return id;
	}

	private void store(Editor editor, Cv cv, CvPart part) {
		cv.changed(part, editor.actor(), editor.self(), clock.instant(), completeness);
		cvs.save(cv);
		audit.record(new AuditRecord(editor.actor(), AuditAction.CHANGE, "citizen/" + editor.citizen(),
				"cv:" + part.name().toLowerCase(java.util.Locale.ROOT), null, editor.municipalityCode()));
	}

}
