package dk.jobvej.demo;

import java.util.EnumMap;
import java.util.Map;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.citizen.BenefitType;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.UnitId;
import dk.jobvej.plan.OfferType;
import dk.jobvej.programme.ExitDestination;
import dk.jobvej.programme.ProgrammeImport;
import dk.jobvej.programme.VisitationGroup;
import dk.jobvej.programme.internal.ProgrammeReports;
import dk.jobvej.programme.internal.ProgrammeSelections;
import dk.jobvej.programme.internal.Programmes;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.TestOrganisation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's programmes reproduce the seeds' figures through the same code path as the status
 * report: JobFirst (seeds 001 and 004) from its placements and exits, Flere Skal Med (seed 000)
 * from its visitations. The cohorts are loaded into a municipality of their own.
 */
@JobvejIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeDemoTests {

	@Autowired
	DemoProgrammes demo;

	@Autowired
	Administration administration;

	@Autowired
	ProgrammeImport programmes;

	@Autowired
	Programmes service;

	@Autowired
	ProgrammeReports reports;

	@Autowired
	ProgrammeSelections selections;

	private int municipality;

	@BeforeAll
	void loadTheCohorts() {
		municipality = Fresh.municipality();
		var organisation = new TestOrganisation(administration);
		var units = new EnumMap<House, UnitId>(House.class);
		for (var house : House.values()) {
			var unit = organisation.unit(Fresh.name(house.name()), municipality);
			organisation.hire(unit, Role.CASEWORKER);
			organisation.hire(unit, Role.MENTOR);
			units.put(house, unit);
		}
		demo.ensure(municipality, units, 851);
	}

	@Test
	void jobFirstStartedAndCompletedCoursesAsTheSeedReports() {
		var report = reports.status(service.get(programmes.find(municipality, "JOBFIRST").orElseThrow(), municipality));
		assertThat(report.members()).isEqualTo(350);
		assertThat(report.cohort()).isEqualTo(178);
		assertThat(report.cohortByStratum()).containsExactlyInAnyOrderEntriesOf(
				Map.of(BenefitType.KONTANTHJAELP.name(), 156, BenefitType.RESSOURCEFORLOEB.name(), 22));
		assertThat(report.startedTotal()).isEqualTo(144);
		assertThat(report.percent(report.startedTotal())).isEqualTo(81);
		assertThat(report.started()).containsExactlyInAnyOrderEntriesOf(
				Map.of(OfferType.VIRKSOMHEDSPRAKTIK, 140, OfferType.LOENTILSKUD_PRIVAT, 4));
		assertThat(report.completedTotal()).isEqualTo(108);
		assertThat(report.percent(report.completedTotal())).isEqualTo(61);
		assertThat(report.completed()).containsExactlyInAnyOrderEntriesOf(
				Map.of(OfferType.VIRKSOMHEDSPRAKTIK, 105, OfferType.LOENTILSKUD_PRIVAT, 3));
	}

	@Test
	void jobFirstExitsAsTheSeedReports() {
		var report = reports.status(service.get(programmes.find(municipality, "JOBFIRST").orElseThrow(), municipality));
		assertThat(report.exits()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(Map.entry(ExitDestination.SMALL_JOB, 10),
				Map.entry(ExitDestination.ORDINARY_JOB, 7), Map.entry(ExitDestination.EDUCATION_SU, 5),
				Map.entry(ExitDestination.FLEX_JOB_EMPLOYED, 12), Map.entry(ExitDestination.FLEX_JOB_AWAITING, 6),
				Map.entry(ExitDestination.DISABILITY_PENSION, 9), Map.entry(ExitDestination.REHABILITATION, 2),
				Map.entry(ExitDestination.RESOURCE_COURSE, 3), Map.entry(ExitDestination.MOVED, 5),
				Map.entry(ExitDestination.ASSETS, 2), Map.entry(ExitDestination.SANCTION, 1)));
		assertThat(report.flexJob()).isEqualTo(18);
	}

	@Test
	void jobFirstGrantReconcilesWithTheBudget() {
		var grants = reports.status(service.get(programmes.find(municipality, "JOBFIRST").orElseThrow(), municipality))
			.grants();
		assertThat(grants).isNotNull();
		assertThat(grants.startAmount()).isEqualTo(144 * 6_000L);
		assertThat(grants.completionAmount()).isEqualTo(108 * 10_000L);
		assertThat(grants.earned()).isEqualTo(1_944_000L);
		assertThat(grants.ceiling()).isEqualTo(2_520_000L);
		assertThat(grants.frame()).isEqualTo(3_370_000L);
		assertThat(grants.payable()).isEqualTo(1_944_000L);
		assertThat(grants.received()).isEqualTo(1_802_000L);
		assertThat(grants.outstanding()).isEqualTo(142_000L);
	}

	@Test
	void jobFirstDrawIsIntactAndNearMissesAreListed() {
		var id = programmes.find(municipality, "JOBFIRST").orElseThrow();
		assertThat(service.verify(id).intact()).isTrue();
		var selection = selections.of(service.get(id, municipality));
		assertThat(selection.nearMisses()).hasSize(24);
		assertThat(selection.nearMisses()).anySatisfy(miss -> assertThat(miss.reasons().getFirst().code()).isEqualTo("interruption"));
		assertThat(selection.nearMisses()).anySatisfy(miss -> assertThat(miss.reasons().getFirst().code()).isEqualTo("ageUnder"));
	}

	@Test
	void flereSkalMedGroupsInJobOgAktivhusetAsSeed000() {
		var report = reports.status(service.get(programmes.find(municipality, "FLERE-SKAL-MED").orElseThrow(), municipality));
		assertThat(report.members()).isEqualTo(1243);
		assertThat(report.exitsTotal()).isEqualTo(251 + 33);
		assertThat(report.exits().get(ExitDestination.MOVED)).isEqualTo(33);
		var jah = report.units().stream().filter(u -> u.unit().startsWith(House.JOB_OG_AKTIVHUSET.name())).findFirst().orElseThrow();
		assertThat(jah.members()).isEqualTo(709);
		assertThat(jah.groups().get(VisitationGroup.GROUP_1)).isEqualTo(393);
		assertThat(jah.percent(VisitationGroup.GROUP_1)).isEqualTo(55);
		assertThat(jah.groups().get(VisitationGroup.GROUP_2)).isEqualTo(139);
		assertThat(jah.groups().get(VisitationGroup.GROUP_3)).isEqualTo(125);
		assertThat(report.units().stream().mapToInt(u -> u.members()).sum()).isEqualTo(959);
		assertThat(report.lacking().groupOne()).isEqualTo(393 + 96 + 30 + 6);
		assertThat(report.lacking().cv()).isPositive().isLessThan(report.lacking().groupOne());
		assertThat(report.lacking().plan()).isPositive().isLessThan(report.lacking().groupOne());
	}

}
