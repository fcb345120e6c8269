package dk.jobvej.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenHistory;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;
import dk.jobvej.rehab.Company;
import dk.jobvej.rehab.DocumentKind;
import dk.jobvej.rehab.DocumentStatus;
import dk.jobvej.rehab.RehabCaseType;
import dk.jobvej.rehab.RehabImport;
import dk.jobvej.youth.OrderStep;
import dk.jobvej.youth.YouthImport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data of the rehabilitation and youth modules for Aalborg (seed 851, on 22 November
 * 2026), from the generated population in memory: calibrated to seed 001's education-order steps
 * and seed 002's free-municipality saving, consistent with the rules (team until the reform, the
 * reform's documents after), and the same for the same seed.
 */
class DemoRehabYouthTests {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));

	static final LocalDate TODAY = LocalDate.now(CLOCK);

	static List<CitizenHistory> histories;

	static DemoUnits units;

	static RehabImport.Batch rehab;

	static int exempted;

	static int certificates;

	static YouthImport.Batch youth;

	static final StaffId UNGE = new StaffId(UUID.randomUUID());

	static final List<StaffId> MENTORS = List.of(new StaffId(UUID.randomUUID()), new StaffId(UUID.randomUUID()));

	@BeforeAll
	static void generate() {
		var houses = new EnumMap<House, UnitId>(House.class);
		for (var house : House.values()) {
			houses.put(house, new UnitId(UUID.nameUUIDFromBytes(house.name().getBytes())));
		}
		units = new DemoUnits(new UnitId(UUID.randomUUID()), houses);
		histories = new ArrayList<>();
		for (var profile : new PopulationGenerator(851, CLOCK).generate(Calibration.aalborg(1.0))) {
			histories.add(history(profile));
		}
		histories.sort(java.util.Comparator.comparing(history -> history.id().value()));
		var generated = DemoRehab.generate(histories, units, new StaffId(UUID.randomUUID()),
				new StaffId(UUID.randomUUID()), 851, TODAY);
		rehab = generated.batch();
		exempted = generated.exempted();
		certificates = generated.certificates();
		youth = DemoYouth.generate(histories, units, UNGE, MENTORS, 851, TODAY);
	}

	private static CitizenHistory history(CitizenProfile profile) {
		var benefits = profile.benefits()
			.stream()
			.map(period -> new CitizenHistory.Benefit(period.type(), period.from(), period.to()))
			.toList();
		var visitations = profile.decisions()
			.stream()
			.map(decision -> new CitizenHistory.Visitation(decision.category(),
					LocalDate.ofInstant(decision.decidedAt(), CLOCK.getZone())))
			.toList();
		var contact = profile.current() ? new StaffId(UUID.nameUUIDFromBytes(profile.id().toString().getBytes())) : null;
		return new CitizenHistory(profile.id(), 851, units.of(profile.house()), contact, profile.cpr().birthDate(),
				benefits, visitations, null);
	}

	@Test
	void theEducationOrdersAreOnTheStepsAsSeed001CountsThem() {
		var steps = new EnumMap<OrderStep, Integer>(OrderStep.class);
		youth.orders().forEach(order -> steps.merge(order.steps().getLast().step(), 1, Integer::sum));

		assertThat(youth.orders()).hasSize(1_460);
		assertThat(steps).containsEntry(OrderStep.TRIN_1, 987)
			.containsEntry(OrderStep.TRIN_2, 245)
			.containsEntry(OrderStep.TRIN_3, 121)
			.containsEntry(OrderStep.TRIN_4, 107);
		assertThat(Math.round(100.0 * 987 / 1460)).isEqualTo(68);
		for (var order : youth.orders()) {
			assertThat(order.issuedOn()).isBeforeOrEqualTo(TODAY);
			var previous = order.issuedOn();
			for (var step : order.steps()) {
				assertThat(step.startedOn()).as("%s", order).isEqualTo(previous);
				assertThat(step.deadline()).as("%s", order).isAfter(step.startedOn());
				previous = step.completedOn() == null ? previous : step.completedOn();
			}
			assertThat(order.steps().getLast().completedOn()).isNull();
			assertThat(order.steps().getLast().step().ordinal()).isEqualTo(order.steps().size() - 1);
		}
		var overdue = youth.orders().stream().filter(order -> order.steps().getLast().deadline().isBefore(TODAY)).count();
		assertThat(overdue).as("about one in six overdue").isBetween(150L, 350L);
	}

	@Test
	void theFreeMunicipalityTrialSavedWhatSeed002Says() {
		assertThat(exempted).isEqualTo(DemoRehab.EXEMPTIONS);
		assertThat(certificates).isEqualTo(DemoRehab.CERTIFICATES);
		var exemptions = rehab.cases().stream().filter(c -> c.exemption() != null).toList();
		var skipped = rehab.cases()
			.stream()
			.flatMap(c -> c.documents().stream())
			.filter(d -> d.kind() == DocumentKind.LAEGEATTEST_LAE265 && d.status() == DocumentStatus.IKKE_RELEVANT)
			.toList();
		assertThat(exemptions).hasSize(500)
			.allSatisfy(c -> assertThat(c.exemptedOn()).isBetween(DemoRehab.FREE_FROM, DemoRehab.FREE_TO));
		assertThat(skipped).hasSize(360)
			.allSatisfy(d -> assertThat(d.on()).isBetween(DemoRehab.FREE_FROM, DemoRehab.FREE_TO));
		assertThat(rehab.settings()).singleElement().satisfies(setting -> {
			assertThat(setting.from()).isEqualTo(DemoRehab.FREE_FROM);
			assertThat((long) exemptions.size() * setting.meetingUnitCost()).as("saved on meetings")
				.isEqualTo(2_500_000L);
			assertThat((long) skipped.size() * setting.certificateUnitCost()).as("saved on LÆ 265")
				.isEqualTo(720_000L);
		});
	}

	@Test
	void casesFollowTheRulesOfTheirDayTheTeamUntilTheReformTheHealthAdviceAfter() {
		var meetings = new HashMap<UUID, LocalDate>();
		rehab.meetings().forEach(meeting -> meetings.put(meeting.id(), meeting.heldOn()));
		var decided = rehab.cases().stream().filter(c -> c.decidedOn() != null).toList();
		assertThat(decided).hasSizeGreaterThan(5_000);
		for (var c : decided) {
			assertThat(c.decidedOn()).as("%s", c).isBeforeOrEqualTo(TODAY).isAfterOrEqualTo(c.arisenOn());
			var kinds = c.documents().stream().map(RehabImport.Document::kind).toList();
			if (c.decidedOn().isBefore(DemoRehab.REFORM)) {
				assertThat(c.meeting() != null || c.exemption() != null).as("%s", c).isTrue();
				assertThat(kinds).as("%s", c).contains(DocumentKind.FORBEREDENDE_DEL);
				if (c.meeting() != null) {
					assertThat(meetings.get(c.meeting())).as("%s", c).isBeforeOrEqualTo(c.decidedOn());
					assertThat(c.recommendation()).isNotNull();
				}
			}
			else {
				assertThat(c.meeting()).as("%s", c).isNull();
				assertThat(kinds).as("%s", c).containsExactly(DocumentKind.SAMLET_BESKRIVELSE,
						DocumentKind.SUNDHEDSKOORDINATOR);
			}
		}
		assertThat(rehab.cases()).filteredOn(c -> c.type() == RehabCaseType.RESSOURCEFORLOEB)
			.allSatisfy(c -> assertThat(c.arisenOn()).isBefore(DemoRehab.REFORM));
		var open = rehab.cases().stream().filter(c -> c.decidedOn() == null).toList();
		assertThat(open).isNotEmpty().allSatisfy(c -> assertThat(c.arisenOn()).isAfter(TODAY.minusDays(60)));
		assertThat(open).filteredOn(c -> c.meeting() != null)
			.allSatisfy(c -> assertThat(meetings.get(c.meeting())).isAfter(TODAY));
	}

	@Test
	void everyCitizenOnSicknessBenefitHasAFollowUpCaseAndEveryEmployedOneACompany() {
		var onSickness = histories.stream()
			.filter(h -> h.benefitOn(TODAY).filter(b -> b.type() == BenefitType.SYGEDAGPENGE).isPresent())
			.count();
		var open = rehab.sicknessCases().stream().filter(s -> s.closedOn() == null).toList();

		assertThat(onSickness).isEqualTo(2_106);
		assertThat(open).hasSize(2_106);
		assertThat(rehab.sicknessCases()).filteredOn(s -> s.closedOn() != null)
			.allSatisfy(s -> assertThat(s.closedOn()).isAfter(TODAY.minusYears(1)));
		assertThat(rehab.sicknessCases()).filteredOn(RehabImport.Sickness::employed)
			.allSatisfy(s -> assertThat(Company.valid(s.company().cvr())).isTrue());
		var byCaseworker = new HashMap<StaffId, Integer>();
		open.forEach(s -> byCaseworker.merge(s.caseworker(), 1, Integer::sum));
		assertThat(byCaseworker.values()).contains(75);
	}

	@Test
	void theLeisureJobFiguresGiveSeed003sShares() {
		var figures = youth.figures();
		assertThat(figures).hasSize(2);
		for (var figure : figures) {
			var share = Math.round(1000.0 * figure.withLeisureJob() / figure.population()) / 10.0;
			assertThat(share).isEqualTo(figure.municipalityCode() == 0 ? 32.1 : 31.4);
		}
		for (var job : youth.jobs()) {
			for (var placement : job.placements()) {
				var person = youth.youngPeople().stream().filter(p -> p.id().equals(placement.youngPerson())).findFirst()
					.orElseThrow();
				var age = java.time.Period.between(person.birthDate(), placement.startedOn()).getYears();
				assertThat(age).isBetween(13, 17);
				assertThat(placement.startedOn()).isBeforeOrEqualTo(TODAY);
			}
		}
		assertThat(youth.clubs()).extracting(YouthImport.Club::name)
			.containsExactly("CV- og jobsøgningsklubben", "Lærlingeklubben");
	}

	@Test
	void theSameSeedGivesTheSameData() {
		assertThat(DemoYouth.generate(histories, units, UNGE, MENTORS, 851, TODAY)).isEqualTo(youth);
		var other = DemoRehab.generate(histories, units, new StaffId(UUID.randomUUID()), new StaffId(UUID.randomUUID()),
				852, TODAY);
		assertThat(other.batch().cases().getFirst().id()).isNotEqualTo(rehab.cases().getFirst().id());
	}

}
