package dk.jobvej.cv.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.cv.CvChanged;
import dk.jobvej.cv.CvPart;
import dk.jobvej.cv.EducationLevel;
import dk.jobvej.cv.JobGoalsChanged;
import dk.jobvej.cv.LanguageLevel;
import dk.jobvej.platform.RuleViolation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CV's own rules: dates, lengths, duplicates, how many, and what completeness counts. */
class CvTests {

	private static final long SEED = System.nanoTime();

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	private final Completeness completeness = new Completeness(
			new CvProperties(Set.of(CvPart.JOB_GOALS, CvPart.EDUCATION, CvPart.SKILLS, CvPart.LANGUAGES, CvPart.WISHES),
					Set.of()));

	private final Cv cv = Cv.start(new CitizenId(UUID.randomUUID()), 851, Instant.now(), "tester");

	@Test
	void educationYearsAreCheckedAndNamed() {
		assertThatThrownBy(() -> cv.addEducation(EducationLevel.GYMNASIAL, "Stx", null, 2012, 2009, true, TODAY))
			.satisfies(ex -> assertThat(((RuleViolation) ex).field()).isEqualTo("toYear"));
		assertThatThrownBy(() -> cv.addEducation(EducationLevel.GYMNASIAL, "Stx", null, 1899, null, true, TODAY))
			.satisfies(ex -> assertThat(((RuleViolation) ex).field()).isEqualTo("fromYear"));
		assertThatThrownBy(() -> cv.addEducation(EducationLevel.ERHVERVSUDDANNELSE, "Tømrer", null, 2025, 2028, true, TODAY))
			.satisfies(ex -> assertThat(((RuleViolation) ex).messageKey()).isEqualTo("cv.education.completedInFuture"));
		cv.addEducation(EducationLevel.ERHVERVSUDDANNELSE, "Tømrer", null, 2025, 2028, false, TODAY);
		assertThatThrownBy(() -> cv.addEducation(EducationLevel.GYMNASIAL, "  ", null, null, null, true, TODAY))
			.satisfies(ex -> assertThat(((RuleViolation) ex).field()).isEqualTo("title"));
		assertThatThrownBy(() -> cv.addEducation(EducationLevel.GYMNASIAL, "Stx\u202E", null, null, null, true, TODAY))
			.satisfies(ex -> assertThat(((RuleViolation) ex).messageKey()).isEqualTo("cv.text.control"));
	}

	@Test
	void skillsLanguagesAndJobGoalsComeOnceAndAreLimited() {
		cv.addSkill("Truckkørsel");
		assertThatThrownBy(() -> cv.addSkill("TRUCKKØRSEL")).isInstanceOf(RuleViolation.class);
		cv.addLanguage("da", LanguageLevel.MODERSMAAL);
		assertThatThrownBy(() -> cv.addLanguage("da", LanguageLevel.GODT)).isInstanceOf(RuleViolation.class);
		IntStream.range(0, Cv.MAX_JOB_GOALS).forEach(i -> cv.addJobGoal("000" + i, null));
		assertThatThrownBy(() -> cv.addJobGoal("9999", null))
			.satisfies(ex -> assertThat(((RuleViolation) ex).messageKey()).isEqualTo("cv.jobGoal.tooMany"));
	}

	@Test
	void completenessCountsTheFilledPartsAndUsableNeedsTheRequiredOnes() {
		assertThat(completeness.percent(cv)).isZero();
		cv.addJobGoal("5223", null);
		cv.addEducation(EducationLevel.GRUNDSKOLE, "9. klasse", null, null, 2010, true, TODAY);
		cv.addSkill("Kundeservice");
		cv.addLanguage("da", LanguageLevel.MODERSMAAL);
		assertThat(completeness.usable(cv)).isFalse();
		cv.wish(25, 15, Set.of());
		assertThat(completeness.usable(cv)).isTrue();
		assertThat(completeness.percent(cv)).isEqualTo(63);
		cv.answerDrivingLicences(Set.of());
		assertThat(cv.filled()).contains(CvPart.DRIVING_LICENCE);
	}

	@Test
	void aChangeRecordsTheEventsOtherModulesHear() {
		cv.addJobGoal("9333", null);
		cv.changed(CvPart.JOB_GOALS, "borger:x", true, Instant.now(), completeness);

		assertThat(cv.events()).hasSize(2);
		assertThat(cv.events().get(0)).isInstanceOf(CvChanged.class);
		assertThat(((JobGoalsChanged) cv.events().get(1)).occupationCodes()).containsExactly("9333");
	}

	/** Random months: an experience is accepted exactly when it neither starts nor ends after this month, nor ends before it starts. */
	@ParameterizedTest(name = "case {index} (seed printed on failure)")
	@MethodSource("months")
	void experienceMonthsAreAcceptedExactlyWhenTheyMakeSense(long caseSeed) {
		var random = new Random(caseSeed);
		var now = YearMonth.of(2026, 11);
		var from = now.minusMonths(random.nextInt(400) - 20);
		var to = random.nextInt(5) == 0 ? null : from.plusMonths(random.nextInt(60) - 10);
		var sensible = !from.isAfter(now) && from.getYear() >= 1930 && (to == null || (!to.isBefore(from) && !to.isAfter(now)));
		var fresh = Cv.start(new CitizenId(UUID.randomUUID()), 851, Instant.now(), "t");
		boolean accepted;
		try {
			fresh.addExperience(null, "Job", null, from, to, null, now);
			accepted = true;
		}
		catch (RuleViolation violation) {
			accepted = false;
			assertThat(violation.field()).isIn("from", "to");
		}
		assertThat(accepted).as("seed %d/%d: %s–%s", SEED, caseSeed, from, to).isEqualTo(sensible);
	}

	static Stream<Long> months() {
		var random = new Random(SEED);
		return IntStream.range(0, 200).mapToObj(i -> random.nextLong());
	}

}
