package dk.jobvej.demo;

import java.util.Map;

import dk.jobvej.citizen.BenefitType;

import org.junit.jupiter.api.Test;

import static dk.jobvej.citizen.BenefitType.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The plans follow seed 000's key-figure table, June 2018. */
class CalibrationTests {

	@Test
	void aalborgIsTheAalborgColumnOfTheKeyFigureTable() {
		var plan = Calibration.aalborg(1.0);
		assertThat(plan.current()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(Map.entry(A_DAGPENGE, 3671),
				Map.entry(KONTANTHJAELP, 3430), Map.entry(UDDANNELSESHJAELP, 1874), Map.entry(REVALIDERING, 170),
				Map.entry(FORREVALIDERING, 21), Map.entry(INTEGRATIONSYDELSE, 773), Map.entry(SYGEDAGPENGE, 2106),
				Map.entry(JOBAFKLARINGSFORLOEB, 455), Map.entry(RESSOURCEFORLOEB, 830),
				Map.entry(LEDIGHEDSYDELSE, 428), Map.entry(FLEKSJOB, 2170), Map.entry(FOERTIDSPENSION, 6609),
				Map.entry(EFTERLOEN, 1874)));
		assertThat(plan.currentTotal()).isEqualTo(24_411);
		assertThat(plan.currentTotal() + plan.recentlyEnded()).isEqualTo(29_000);
	}

	@Test
	void nationalPlansAddUpToHeleLandetForEveryBenefit() {
		var plans = Calibration.national(1.0);
		assertThat(plans).hasSize(98);
		for (var type : BenefitType.values()) {
			var sum = plans.stream().mapToInt(p -> p.current().get(type)).sum();
			assertThat(sum).as(type.name()).isEqualTo(KeyFigures.national().get(type));
		}
		assertThat(plans.stream().mapToInt(MunicipalityPlan::currentTotal).sum()).isEqualTo(649_096);
	}

	@Test
	void nationalPlansKeepTheColumnsOfTheTableAndWeightTheRestByPopulation() {
		var plans = Calibration.national(1.0);
		var aalborg = plans.stream().filter(p -> p.municipality().code() == 851).findFirst().orElseThrow();
		assertThat(aalborg.current()).isEqualTo(Calibration.aalborg(1.0).current());
		var esbjerg = plan(plans, 561).current().get(FLEKSJOB) + plan(plans, 563).current().get(FLEKSJOB);
		assertThat(esbjerg).isEqualTo(1655);
		assertThat(plan(plans, 101).current().get(A_DAGPENGE)).isEqualTo(12402);
		assertThat(plan(plans, 630).currentTotal()).isGreaterThan(plan(plans, 825).currentTotal() * 30);
		assertThat(plans).allSatisfy(p -> assertThat(p.currentTotal()).isPositive());
	}

	@Test
	void aScaleFactorScalesEveryCount() {
		var plan = Calibration.aalborg(0.1);
		assertThat(plan.current().get(A_DAGPENGE)).isEqualTo(367);
		assertThat(plan.current().get(FORREVALIDERING)).isEqualTo(2);
	}

	private static MunicipalityPlan plan(java.util.List<MunicipalityPlan> plans, int code) {
		return plans.stream().filter(p -> p.municipality().code() == code).findFirst().orElseThrow();
	}

}
