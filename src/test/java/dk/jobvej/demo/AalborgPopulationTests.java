package dk.jobvej.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.ImportedBenefitPeriod;
import dk.jobvej.citizen.VisitationCategory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dk.jobvej.citizen.BenefitType.*;
import static dk.jobvej.citizen.VisitationCategory.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The generated citizens of Aalborg, seed 851, as the demo profile makes them. */
class AalborgPopulationTests {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));

	static final LocalDate TODAY = LocalDate.now(CLOCK);

	static List<CitizenProfile> citizens;

	/** Checks every citizen, naming only the first one that fails. */
	static void forEachCitizen(java.util.function.Consumer<CitizenProfile> check) {
		for (var citizen : citizens) {
			try {
				check.accept(citizen);
			}
			catch (AssertionError ex) {
				throw new AssertionError("Citizen " + citizen + ": " + ex.getMessage(), ex);
			}
		}
	}

	@BeforeAll
	static void generate() {
		citizens = new PopulationGenerator(851, CLOCK).generate(Calibration.aalborg(1.0));
	}

	@Test
	void asManyCitizensOnEachBenefitTodayAsTheKeyFigureTableCounts() {
		var current = new EnumMap<BenefitType, Integer>(BenefitType.class);
		citizens.stream().filter(CitizenProfile::current).forEach(c -> current.merge(c.lastBenefit().type(), 1, Integer::sum));
		assertThat(current).containsExactlyInAnyOrderEntriesOf(KeyFigures.aalborg());
		assertThat(current.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(24_411);
	}

	@Test
	void aboutTwentyNineThousandCitizensWereOnABenefitInTheLastYear() {
		var lastYear = citizens.stream().filter(c -> c.onBenefitBetween(TODAY.minusYears(1), TODAY)).count();
		assertThat(lastYear).isBetween(28_710L, 29_290L);
		assertThat(citizens.size()).isGreaterThan(34_000);
	}

	@Test
	void everyCprIsValidUniqueAndPassesModulus11() {
		var numbers = new HashSet<String>();
		forEachCitizen(c -> {
			assertThat(c.cpr().passesModulus11()).isTrue();
			assertThat(numbers.add(c.cpr().value())).as("duplicate %s", c.cpr()).isTrue();
		});
		assertThat(citizens.stream().map(CitizenProfile::id).distinct().count()).isEqualTo(citizens.size());
	}

	@Test
	void periodsOfOneCitizenNeverOverlapAndLieWithinFiveYears() {
		forEachCitizen(c -> {
			var periods = c.benefits();
			assertThat(periods).hasSizeBetween(1, 4);
			for (var i = 0; i < periods.size(); i++) {
				var period = periods.get(i);
				assertThat(period.from()).isAfterOrEqualTo(TODAY.minusYears(5)).isBeforeOrEqualTo(TODAY);
				if (i < periods.size() - 1) {
					assertThat(period.to()).isNotNull().isBefore(periods.get(i + 1).from());
				}
				if (period.to() != null) {
					assertThat(period.to()).isAfterOrEqualTo(period.from()).isBefore(TODAY);
				}
			}
		});
	}

	@Test
	void agesFitTheBenefits() {
		forEachCitizen(c -> {
			for (var period : c.benefits()) {
				var profile = BenefitProfiles.of(period.type());
				var end = period.to() == null ? TODAY : period.to();
				assertThat(c.cpr().ageOn(period.from())).as("%s", period).isGreaterThanOrEqualTo(profile.minAge());
				assertThat(c.cpr().ageOn(end)).as("%s", period).isLessThanOrEqualTo(profile.maxAge());
			}
			if (c.current() && c.lastBenefit().type() == UDDANNELSESHJAELP) {
				assertThat(c.cpr().ageOn(TODAY)).isLessThan(30);
			}
			if (c.current() && c.lastBenefit().type() == EFTERLOEN) {
				assertThat(c.cpr().ageOn(TODAY)).isBetween(60, 67);
			}
		});
	}

	@Test
	void visitationCategoriesFitTheBenefitWithOneToThreeDecisions() {
		var allowed = Map.of(KONTANTHJAELP, Set.of(JOBPARAT, AKTIVITETSPARAT), UDDANNELSESHJAELP,
				Set.of(AABENLYST_UDDANNELSESPARAT, UDDANNELSESPARAT, AKTIVITETSPARAT), INTEGRATIONSYDELSE,
				Set.of(JOBPARAT, AKTIVITETSPARAT), SYGEDAGPENGE,
				Set.of(SYGEDAGPENGE_KATEGORI_1, SYGEDAGPENGE_KATEGORI_2, SYGEDAGPENGE_KATEGORI_3));
		forEachCitizen(c -> {
			var last = c.lastBenefit();
			var categories = allowed.getOrDefault(last.type(), Set.<VisitationCategory>of());
			if (categories.isEmpty()) {
				assertThat(c.decisions()).isEmpty();
				return;
			}
			assertThat(c.decisions()).hasSizeBetween(1, 3);
			var end = last.to() == null ? TODAY : last.to();
			Instant previous = null;
			for (var decision : c.decisions()) {
				assertThat(categories).contains(decision.category());
				var day = LocalDate.ofInstant(decision.decidedAt(), CLOCK.getZone());
				assertThat(day).isBetween(last.from(), end);
				assertThat(decision.decidedAt()).isBeforeOrEqualTo(CLOCK.instant());
				assertThat(decision.reason()).isNotBlank();
				if (previous != null) {
					assertThat(ChronoUnit.DAYS.between(previous, decision.decidedAt())).isGreaterThanOrEqualTo(25);
				}
				previous = decision.decidedAt();
			}
		});
	}

	@Test
	void theCategorySharesArePlausible() {
		var kontanthjaelp = citizens.stream()
			.filter(c -> c.current() && c.lastBenefit().type() == KONTANTHJAELP)
			.collect(Collectors.groupingBy(CitizenProfile::category, Collectors.counting()));
		assertThat(kontanthjaelp.get(AKTIVITETSPARAT)).isBetween(2200L, 2600L);
	}

	@Test
	void eachCitizenIsServedByTheHouseOfTheirBenefit() {
		forEachCitizen(c -> {
			var expected = switch (c.lastBenefit().type()) {
				case A_DAGPENGE -> House.JOBHUSET;
				case KONTANTHJAELP -> c.category() == JOBPARAT ? House.JOBHUSET : House.JOB_OG_AKTIVHUSET;
				case UDDANNELSESHJAELP -> House.UDDANNELSESHUSET;
				case INTEGRATIONSYDELSE -> House.JOB_OG_INTEGRATIONSHUSET;
				case SYGEDAGPENGE, JOBAFKLARINGSFORLOEB -> House.SYGEDAGPENGEHUSET;
				case FOERTIDSPENSION, EFTERLOEN -> House.YDELSESCENTRET;
				default -> House.RESSOURCECENTER;
			};
			assertThat(c.house()).isEqualTo(expected);
		});
	}

	@Test
	void someCitizensMovedFromOneBenefitToAnother() {
		var movedToKontanthjaelp = citizens.stream()
			.filter(c -> c.current() && c.lastBenefit().type() == KONTANTHJAELP)
			.filter(c -> c.benefits().stream().map(ImportedBenefitPeriod::type).anyMatch(t -> t == A_DAGPENGE))
			.count();
		var jobafklaringAfterSygedagpenge = citizens.stream()
			.filter(c -> c.current() && c.lastBenefit().type() == JOBAFKLARINGSFORLOEB)
			.filter(c -> c.benefits().size() > 1 && c.benefits().get(c.benefits().size() - 2).type() == SYGEDAGPENGE)
			.count();
		assertThat(movedToKontanthjaelp).isGreaterThan(100);
		assertThat(jobafklaringAfterSygedagpenge).isGreaterThan(300);
	}

	@Test
	void namesAndAddressesAreDanishAndInAalborgPostcodes() {
		var postcodes = Addresses.aalborg().stream().map(Addresses.District::postcode).collect(Collectors.toSet());
		assertThat(postcodes).contains("9000", "9200", "9210", "9220", "9230", "9240", "9260", "9270", "9280", "9310",
				"9362", "9370", "9380", "9400", "9430");
		forEachCitizen(c -> {
			assertThat(postcodes).contains(c.address().postcode());
			assertThat(c.address().street()).matches("\\D+ \\d+.*");
			assertThat(c.name().given()).isNotBlank();
			assertThat(c.name().family()).isNotBlank();
		});
		var names = citizens.stream().map(c -> c.name().family()).collect(Collectors.toSet());
		assertThat(names).contains("Nielsen", "Jensen", "Hansen", "Ahmadi");
		var integration = citizens.stream()
			.filter(c -> c.lastBenefit().type() == INTEGRATIONSYDELSE)
			.filter(c -> Names.list("family-integration").items().contains(c.name().family()))
			.count();
		assertThat(integration).isGreaterThan(700);
	}

}
