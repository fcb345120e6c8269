package dk.jobvej.citizen.internal;

import java.time.LocalDate;

import dk.jobvej.citizen.TargetGroup;

import org.junit.jupiter.api.Test;

import static dk.jobvej.citizen.BenefitType.A_DAGPENGE;
import static dk.jobvej.citizen.BenefitType.EFTERLOEN;
import static dk.jobvej.citizen.BenefitType.FLEKSJOB;
import static dk.jobvej.citizen.BenefitType.KONTANTHJAELP;
import static dk.jobvej.citizen.BenefitType.SYGEDAGPENGE;
import static dk.jobvej.citizen.BenefitType.UDDANNELSESHJAELP;
import static dk.jobvej.citizen.VisitationCategory.AABENLYST_UDDANNELSESPARAT;
import static dk.jobvej.citizen.VisitationCategory.AKTIVITETSPARAT;
import static dk.jobvej.citizen.VisitationCategory.JOBPARAT;
import static dk.jobvej.citizen.VisitationCategory.SYGEDAGPENGE_KATEGORI_1;
import static dk.jobvej.citizen.VisitationCategory.SYGEDAGPENGE_KATEGORI_2;
import static dk.jobvej.citizen.VisitationCategory.SYGEDAGPENGE_KATEGORI_3;
import static dk.jobvej.citizen.VisitationCategory.UDDANNELSESPARAT;
import static org.assertj.core.api.Assertions.assertThat;

/** Target groups and visitation categories as effective-dated rules. */
class RuleBookTests {

	private static final LocalDate BEFORE_REFORM = LocalDate.of(2024, 5, 1);

	private static final LocalDate AFTER_REFORM = LocalDate.of(2025, 8, 1);

	private final RuleBook rules = Rules.book();

	@Test
	void cashBenefitLeadsToGroup2Or3ByCategory() {
		assertThat(rules.targetGroup(KONTANTHJAELP, JOBPARAT, 45, BEFORE_REFORM)).contains(TargetGroup.LAB_6_2);
		assertThat(rules.targetGroup(KONTANTHJAELP, AKTIVITETSPARAT, 45, AFTER_REFORM)).contains(TargetGroup.LAB_6_3);
		assertThat(rules.targetGroup(KONTANTHJAELP, null, 45, AFTER_REFORM)).as("not yet visited").isEmpty();
	}

	@Test
	void educationBenefitLeadsToGroup4Or5UntilItIsAbolished() {
		assertThat(rules.targetGroup(UDDANNELSESHJAELP, UDDANNELSESPARAT, 24, BEFORE_REFORM))
			.contains(TargetGroup.LAB_6_4);
		assertThat(rules.targetGroup(UDDANNELSESHJAELP, AABENLYST_UDDANNELSESPARAT, 24, BEFORE_REFORM))
			.contains(TargetGroup.LAB_6_4);
		assertThat(rules.targetGroup(UDDANNELSESHJAELP, AKTIVITETSPARAT, 24, BEFORE_REFORM))
			.contains(TargetGroup.LAB_6_5);
		assertThat(rules.targetGroup(UDDANNELSESHJAELP, UDDANNELSESPARAT, 24, AFTER_REFORM))
			.as("uddannelseshjælp is paid as kontanthjælp from 1 July 2025")
			.isEmpty();
	}

	@Test
	void afterTheCashBenefitReformTheAgeFromTheCprDecidesWhetherEducationReadinessApplies() {
		assertThat(rules.targetGroup(KONTANTHJAELP, UDDANNELSESPARAT, 24, AFTER_REFORM)).contains(TargetGroup.LAB_6_4);
		assertThat(rules.targetGroup(KONTANTHJAELP, UDDANNELSESPARAT, 24, BEFORE_REFORM)).isEmpty();
		assertThat(rules.targetGroup(KONTANTHJAELP, UDDANNELSESPARAT, 30, AFTER_REFORM)).isEmpty();
		assertThat(rules.allowedCategories(KONTANTHJAELP, 24, AFTER_REFORM)).containsExactly(JOBPARAT, AKTIVITETSPARAT,
				UDDANNELSESPARAT, AABENLYST_UDDANNELSESPARAT);
		assertThat(rules.allowedCategories(KONTANTHJAELP, 30, AFTER_REFORM)).containsExactly(JOBPARAT, AKTIVITETSPARAT);
	}

	@Test
	void benefitsWithoutCategoryLeadToTheirGroupWhateverTheCategory() {
		assertThat(rules.targetGroup(SYGEDAGPENGE, null, 50, BEFORE_REFORM)).contains(TargetGroup.LAB_6_6);
		assertThat(rules.targetGroup(SYGEDAGPENGE, SYGEDAGPENGE_KATEGORI_2, 50, AFTER_REFORM))
			.contains(TargetGroup.LAB_6_6);
		assertThat(rules.targetGroup(FLEKSJOB, null, 50, AFTER_REFORM)).contains(TargetGroup.LAB_6_9);
	}

	@Test
	void beforeTheRulesBeginThereIsNoTargetGroup() {
		assertThat(rules.targetGroup(SYGEDAGPENGE, null, 50, LocalDate.of(2019, 12, 31))).isEmpty();
	}

	@Test
	void allowedCategoriesFollowTheBenefit() {
		assertThat(rules.allowedCategories(KONTANTHJAELP, 45, BEFORE_REFORM)).containsExactly(JOBPARAT, AKTIVITETSPARAT);
		assertThat(rules.allowedCategories(UDDANNELSESHJAELP, 22, BEFORE_REFORM)).containsExactly(AKTIVITETSPARAT,
				UDDANNELSESPARAT, AABENLYST_UDDANNELSESPARAT);
		assertThat(rules.allowedCategories(A_DAGPENGE, 45, BEFORE_REFORM)).isEmpty();
		assertThat(rules.allowedCategories(EFTERLOEN, 63, BEFORE_REFORM)).isEmpty();
	}

	@Test
	void sicknessCategory3EndsOnTheConfiguredDate() {
		assertThat(rules.allowedCategories(SYGEDAGPENGE, 40, Rules.CATEGORY_3_ABOLISHED.minusDays(1)))
			.containsExactly(SYGEDAGPENGE_KATEGORI_1, SYGEDAGPENGE_KATEGORI_2, SYGEDAGPENGE_KATEGORI_3);
		assertThat(rules.allowedCategories(SYGEDAGPENGE, 40, Rules.CATEGORY_3_ABOLISHED))
			.containsExactly(SYGEDAGPENGE_KATEGORI_1, SYGEDAGPENGE_KATEGORI_2);
	}

	@Test
	void overlapIsAllowedForListedPairsInEitherOrder() {
		assertThat(rules.mayOverlap(SYGEDAGPENGE, FLEKSJOB)).isTrue();
		assertThat(rules.mayOverlap(FLEKSJOB, SYGEDAGPENGE)).isTrue();
		assertThat(rules.mayOverlap(KONTANTHJAELP, A_DAGPENGE)).isFalse();
		assertThat(rules.mayOverlap(KONTANTHJAELP, KONTANTHJAELP)).isFalse();
	}

}
