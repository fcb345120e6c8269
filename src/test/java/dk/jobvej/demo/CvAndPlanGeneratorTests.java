package dk.jobvej.demo;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenHistory;
import dk.jobvej.cv.Occupation;
import dk.jobvej.cv.Occupations;
import dk.jobvej.identity.UnitId;
import dk.jobvej.plan.OfferStatus;
import dk.jobvej.plan.OfferType;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo CVs, plans and offers of Aalborg (seed 851), generated from the demo population as the
 * demo profile makes it: the yearly starts of the KPIs match seed 003 in each of the last two
 * years, every offer starts while its citizen is on a benefit, most citizens who must have a CV
 * have one, Håndværkerprojektet is nearly full, and the same seed gives the same data.
 */
class CvAndPlanGeneratorTests {

	static final LocalDate TODAY = AalborgPopulationTests.TODAY;

	static List<CitizenHistory> histories;

	static CvAndPlanGenerator.Result result;

	@BeforeAll
	static void generate() {
		var units = new EnumMap<House, UnitId>(House.class);
		for (var house : House.values()) {
			units.put(house, new UnitId(UUID.nameUUIDFromBytes(house.name().getBytes())));
		}
		histories = new PopulationGenerator(851, AalborgPopulationTests.CLOCK).generate(Calibration.aalborg(1.0))
			.stream()
			.map(profile -> new CitizenHistory(profile.id(), 851, units.get(profile.house()), null,
					profile.cpr().birthDate(),
					profile.benefits().stream().map(b -> new CitizenHistory.Benefit(b.type(), b.from(), b.to())).toList(),
					profile.decisions()
						.stream()
						.map(d -> new CitizenHistory.Visitation(d.category(),
								d.decidedAt().atZone(AalborgPopulationTests.CLOCK.getZone()).toLocalDate()))
						.toList(),
					null))
			.toList();
		result = generator().generate(histories);
	}

	private static CvAndPlanGenerator generator() {
		return new CvAndPlanGenerator(851, TODAY, AalborgPopulationTests.CLOCK.getZone(), new TitlesByCode());
	}

	@Test
	void theKpiStartsOfEachOfTheLastTwoYearsAreTheSeedsFigures() {
		for (var year = 0; year < 2; year++) {
			var to = TODAY.minusDays(365L * year);
			var starts = CvAndPlanGenerator.startsWithin(result.offers(), to.minusDays(364), to);
			assertThat(starts.get(OfferType.VIRKSOMHEDSPRAKTIK)).as("internships, year %d", year).isEqualTo(3_900);
			assertThat(starts.get(OfferType.LOENTILSKUD_PRIVAT) + starts.get(OfferType.LOENTILSKUD_OFFENTLIG))
				.as("wage subsidy, year %d", year).isEqualTo(420);
			assertThat(starts.get(OfferType.VOKSENLAERLING)).as("adult apprentices, year %d", year).isEqualTo(591);
			assertThat(starts.get(OfferType.ORDINAERE_TIMER)).as("ordinary hours, year %d", year).isEqualTo(1_416);
		}
		var personalAssistanceToday = result.offers()
			.stream()
			.filter(o -> o.type() == OfferType.PERSONLIG_ASSISTANCE && o.status() == OfferStatus.GRANTED)
			.filter(o -> !o.startDate().isAfter(TODAY) && (o.plannedEnd() == null || !o.plannedEnd().isBefore(TODAY)))
			.count();
		assertThat(personalAssistanceToday).isEqualTo(175);
	}

	@Test
	void everyOfferStartsWhileItsCitizenIsOnABenefitAndEndsAfterItStarts() {
		var byId = new HashMap<UUID, CitizenHistory>();
		histories.forEach(h -> byId.put(h.id().value(), h));
		var wrong = result.offers().stream().filter(offer -> {
			var history = byId.get(offer.citizen().value());
			return !(history.benefitOn(offer.startDate()).isPresent() || offer.status() == OfferStatus.WAITING)
					|| (offer.plannedEnd() != null && offer.plannedEnd().isBefore(offer.startDate()))
					|| (offer.endedOn() != null && offer.endedOn().isBefore(offer.startDate()))
					|| !offer.unit().equals(history.unit());
		}).toList();
		assertThat(wrong).as("offers outside a benefit period, ending before they start, or in another unit").isEmpty();
		assertThat(result.offers()).extracting(o -> o.id()).doesNotHaveDuplicates();
	}

	@Test
	void haandvaerkerprojektetHas98Of106PlacesTakenTodayAndSixWaiting() {
		var project = result.offers().stream().filter(o -> CvAndPlanGenerator.HAANDVAERKERPROJEKTET.equals(o.project())).toList();
		var running = project.stream()
			.filter(o -> o.status() == OfferStatus.GRANTED && !o.startDate().isAfter(TODAY)
					&& !o.plannedEnd().isBefore(TODAY))
			.count();
		assertThat(running).isEqualTo(98);
		assertThat(project.stream().filter(o -> o.status() == OfferStatus.WAITING)).hasSize(6);
	}

	@Test
	void mostCitizensWhoMustHaveACvHaveOneAndEveryOfferHasAPlan() {
		var withCv = new java.util.HashSet<UUID>();
		result.cvs().forEach(cv -> withCv.add(cv.citizen().value()));
		var required = histories.stream()
			.filter(h -> h.benefitOn(TODAY)
				.map(b -> b.type() != BenefitType.SYGEDAGPENGE && b.type() != BenefitType.FLEKSJOB
						&& b.type() != BenefitType.FOERTIDSPENSION && b.type() != BenefitType.EFTERLOEN)
				.orElse(false))
			.toList();
		var covered = required.stream().filter(h -> withCv.contains(h.id().value())).count();
		assertThat((double) covered / required.size()).isBetween(0.85, 0.95);
		var withPlan = new java.util.HashSet<UUID>();
		result.plans().forEach(plan -> withPlan.add(plan.citizen().value()));
		var withoutPlan = result.offers().stream().filter(offer -> !withPlan.contains(offer.citizen().value())).toList();
		assertThat(withoutPlan).as("offers of citizens without a plan").isEmpty();
	}

	@Test
	void theSameSeedGivesTheSameData() {
		var again = generator().generate(histories);

		assertThat(again.offers()).isEqualTo(result.offers());
		assertThat(again.cvs()).isEqualTo(result.cvs());
		assertThat(again.plans()).isEqualTo(result.plans());
	}

	/** The generator needs only a title for each code it picks; the taxonomy's titles are the running application's. */
	private static final class TitlesByCode implements Occupations {

		@Override
		public List<Occupation> all() {
			return List.of();
		}

		@Override
		public java.util.Optional<Occupation> byCode(String code) {
			return java.util.Optional.of(new Occupation(code, "Stilling " + code, "Occupation " + code));
		}

	}

}
