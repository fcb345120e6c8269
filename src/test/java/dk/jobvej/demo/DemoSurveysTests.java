package dk.jobvej.demo;

import java.util.EnumMap;
import java.util.Random;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.Administration;
import dk.jobvej.survey.GroupResult;
import dk.jobvej.survey.SurveyResults;
import dk.jobvej.survey.Topic;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.TestOrganisation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The demo's user surveys reproduce the seeds: 2,070 questionnaires and 1,032 answers (50 %), the
 * nine shares answering 4 or 5 exactly as seed 000 reports them, the topics seed 000 names per
 * house, and the companies' 87 % satisfied and 85 % recommending (seed 003). The same seed gives
 * the same answers.
 */
@JobvejIntegrationTest
class DemoSurveysTests {

	@Autowired
	DemoSurveys surveys;

	@Autowired
	SurveyResults results;

	@Autowired
	Administration administration;

	@Test
	void theCitizensRoundIsCalibratedToSeed000() {
		var municipality = Fresh.municipality();
		var units = units(municipality);

		var round = surveys.citizens(municipality, units, 851, 2025);
		var again = surveys.citizens(municipality, units, 851, 2025);

		assertThat(again).as("imported once").isEqualTo(round);
		var result = results.result(round, municipality).orElseThrow();
		var overall = result.overall();
		assertThat(overall.issued()).isEqualTo(2070);
		assertThat(overall.answers()).isEqualTo(1032);
		assertThat(overall.responseRate().getAsDouble()).isCloseTo(0.50, within(0.005));
		var shares = overall.questions().stream().map(q -> Math.round(q.positiveShare() * 100)).toList();
		assertThat(shares).containsExactly(97L, 74L, 94L, 63L, 80L, 67L, 81L, 81L, 91L);
		assertThat(overall.questions()).allSatisfy(q -> assertThat(q.answered()).isEqualTo(1032));
		var byHouse = new EnumMap<House, GroupResult>(House.class);
		for (var group : result.units()) {
			for (var house : House.values()) {
				if (group.unit().equals(units.of(house))) {
					byHouse.put(house, group);
				}
			}
		}
		assertThat(byHouse.get(House.JOBHUSET).topics().get(Topic.JOB)).isCloseTo(0.97, within(0.005));
		assertThat(byHouse.get(House.JOB_OG_AKTIVHUSET).topics().get(Topic.HEALTH)).isCloseTo(0.89, within(0.005));
		assertThat(byHouse.get(House.JOB_OG_AKTIVHUSET).topics().get(Topic.JOB)).isCloseTo(0.75, within(0.005));
		assertThat(byHouse.get(House.SYGEDAGPENGEHUSET).topics().get(Topic.HEALTH)).isCloseTo(0.92, within(0.005));
		assertThat(byHouse.get(House.UDDANNELSESHUSET).topics().get(Topic.EDUCATION)).isCloseTo(0.91, within(0.005));
		assertThat(byHouse.get(House.UDDANNELSESHUSET).responseRate().getAsDouble()).as("some houses under 50 %")
			.isLessThan(0.5);
		assertThat(byHouse).doesNotContainKey(House.YDELSESCENTRET);
	}

	@Test
	void theCompaniesRoundIsCalibratedToSeed003() {
		var municipality = Fresh.municipality();

		var round = surveys.companies(municipality, units(municipality), 851, 2025);

		var overall = results.result(round, municipality).orElseThrow().overall();
		assertThat(overall.answers()).isEqualTo(200);
		assertThat(overall.questions().get(0).positiveShare()).isEqualTo(0.87);
		assertThat(overall.questions().get(1).positiveShare()).isEqualTo(0.85);
	}

	@Test
	void theSameSeedGivesTheSameScores() {
		var first = DemoSurveys.scores(1032, DemoSurveys.CITIZEN_SHARES, new Random(7));
		var second = DemoSurveys.scores(1032, DemoSurveys.CITIZEN_SHARES, new Random(7));
		var other = DemoSurveys.scores(1032, DemoSurveys.CITIZEN_SHARES, new Random(8));

		assertThat(first).isEqualTo(second).isNotEqualTo(other);
		assertThat(DemoSurveys.CITIZEN_COUNTS.values().stream().mapToInt(counts -> counts[0]).sum()).isEqualTo(2070);
		assertThat(DemoSurveys.CITIZEN_COUNTS.values().stream().mapToInt(counts -> counts[1]).sum()).isEqualTo(1032);
	}

	private DemoUnits units(int municipality) {
		var organisation = new TestOrganisation(administration);
		var houses = new EnumMap<House, dk.jobvej.identity.UnitId>(House.class);
		for (var house : House.values()) {
			houses.put(house, organisation.unit(house.name(), municipality));
		}
		return new DemoUnits(organisation.unit("Afdeling", municipality), houses);
	}

}
