package dk.jobvej.citizen.internal;

import dk.jobvej.testing.CprGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.citizen.Address;
import dk.jobvej.citizen.BenefitPeriodEnded;
import dk.jobvej.citizen.BenefitPeriodStarted;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenRegistered;
import dk.jobvej.citizen.VisitationChanged;
import dk.jobvej.citizen.CitizenMovedToUnit;
import dk.jobvej.citizen.PrimaryContactChanged;
import dk.jobvej.identity.OrganisationalUnit;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.StaffMember;
import dk.jobvej.identity.UnitId;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;

import static dk.jobvej.citizen.BenefitType.A_DAGPENGE;
import static dk.jobvej.citizen.BenefitType.FLEKSJOB;
import static dk.jobvej.citizen.BenefitType.KONTANTHJAELP;
import static dk.jobvej.citizen.BenefitType.SYGEDAGPENGE;
import static dk.jobvej.citizen.VisitationCategory.AKTIVITETSPARAT;
import static dk.jobvej.citizen.VisitationCategory.JOBPARAT;
import static dk.jobvej.citizen.VisitationCategory.SYGEDAGPENGE_KATEGORI_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The citizen aggregate: benefit periods, visitation history and their rules. */
class CitizenTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");

	private final RuleBook rules = Rules.book();

	private final StaffId caseworker = new StaffId(UUID.randomUUID());

	private final Citizen citizen = Citizen.register(new CitizenId(UUID.randomUUID()),
			new CprGenerator(new Random(7)).adult(TODAY), "Mette", "Sørensen", new Address("Vesterbro 1", "9000", "Aalborg"),
			851, new UnitId(UUID.randomUUID()), caseworker, NOW);

	@Test
	void registeringAnnouncesTheNewCitizen() {
		assertThat(citizen.events()).singleElement().isInstanceOf(CitizenRegistered.class);
		assertThat(citizen.name()).isEqualTo("Mette Sørensen");
	}

	@Nested
	class BenefitPeriods {

		@Test
		void mayNotOverlapAnExclusiveBenefitAndTheRefusalNamesTheClashingPeriod() {
			citizen.startBenefit(A_DAGPENGE, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), rules);

			var refusal = catchThrowableOfType(RuleViolation.class,
					() -> citizen.startBenefit(KONTANTHJAELP, LocalDate.of(2025, 6, 1), null, rules));

			assertThat(refusal.field()).isEqualTo("from");
			assertThat(refusal.messageKey()).isEqualTo("citizen.benefit.overlap");
			assertThat(refusal.arguments()).hasSize(3);
			assertThat(((MessageSourceResolvable) refusal.arguments()[0]).getCodes())
				.containsExactly("citizen.benefitType.A_DAGPENGE");
			assertThat(refusal.arguments()[1]).isEqualTo(LocalDate.of(2025, 1, 1));
			assertThat(refusal.arguments()[2]).isEqualTo(LocalDate.of(2025, 6, 30));
			assertThat(citizen.benefitPeriods()).hasSize(1);
		}

		@Test
		void aRunningPeriodClashesWithEverythingAfterItsStart() {
			citizen.startBenefit(KONTANTHJAELP, LocalDate.of(2024, 1, 1), null, rules);

			var refusal = catchThrowableOfType(RuleViolation.class,
					() -> citizen.startBenefit(A_DAGPENGE, LocalDate.of(2030, 1, 1), LocalDate.of(2030, 2, 1), rules));

			assertThat(((MessageSourceResolvable) refusal.arguments()[2]).getCodes())
				.containsExactly("citizen.benefit.running");
		}

		@Test
		void periodsThatTouchButDoNotShareADayAreFine() {
			citizen.startBenefit(A_DAGPENGE, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), rules);
			citizen.startBenefit(KONTANTHJAELP, LocalDate.of(2025, 7, 1), null, rules);

			assertThat(citizen.benefitPeriods()).hasSize(2);
		}

		@Test
		void benefitsTheRulesAllowToOverlapMay() {
			citizen.startBenefit(FLEKSJOB, LocalDate.of(2024, 1, 1), null, rules);
			citizen.startBenefit(SYGEDAGPENGE, LocalDate.of(2026, 2, 1), null, rules);

			assertThat(citizen.benefitPeriods()).hasSize(2);
			assertThat(citizen.currentBenefit(TODAY)).get().extracting(BenefitPeriod::type)
				.as("of overlapping periods the one started last is current")
				.isEqualTo(SYGEDAGPENGE);
		}

		@Test
		void mayNotEndBeforeItStarts() {
			assertThatThrownBy(
					() -> citizen.startBenefit(KONTANTHJAELP, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 31), rules))
				.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("to"));
		}

		@Test
		void endingARunningPeriodSetsItsLastDayOnce() {
			var period = citizen.startBenefit(KONTANTHJAELP, LocalDate.of(2025, 2, 1), null, rules);

			citizen.endBenefit(period, LocalDate.of(2025, 12, 31));

			assertThat(citizen.benefitPeriods().getFirst().to()).isEqualTo(LocalDate.of(2025, 12, 31));
			assertThat(citizen.events()).hasAtLeastOneElementOfType(BenefitPeriodStarted.class)
				.hasAtLeastOneElementOfType(BenefitPeriodEnded.class);
			assertThatThrownBy(() -> citizen.endBenefit(period, LocalDate.of(2026, 1, 31)))
				.isInstanceOfSatisfying(RuleViolation.class,
						v -> assertThat(v.messageKey()).isEqualTo("citizen.benefit.alreadyEnded"));
		}

		@Test
		void endingBeforeTheStartOrAnUnknownPeriodIsRefused() {
			var period = citizen.startBenefit(KONTANTHJAELP, LocalDate.of(2025, 2, 1), null, rules);

			assertThatThrownBy(() -> citizen.endBenefit(period, LocalDate.of(2025, 1, 1)))
				.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("to"));
			assertThatThrownBy(() -> citizen.endBenefit(new dk.jobvej.citizen.BenefitPeriodId(UUID.randomUUID()),
					LocalDate.of(2025, 3, 1)))
				.isInstanceOf(NotFound.class);
		}

	}

	@Nested
	class Visitation {

		@Test
		void eachDecisionIsAppendedAndEarlierOnesStayAsTheyWere() {
			citizen.startBenefit(KONTANTHJAELP, LocalDate.of(2025, 2, 1), null, rules);
			citizen.changeVisitation(AKTIVITETSPARAT, "Første samtale", caseworker, NOW, TODAY, rules);
			var first = citizen.visitationHistory().getFirst();

			citizen.changeVisitation(JOBPARAT, "Klar til job", caseworker, NOW.plusSeconds(3600), TODAY, rules);

			assertThat(citizen.visitationHistory()).hasSize(2);
			assertThat(citizen.visitationHistory().getFirst()).isEqualTo(first);
			assertThat(citizen.visitationHistory().getLast().reason()).isEqualTo("Klar til job");
			assertThat(citizen.category()).contains(JOBPARAT);
			assertThat(citizen.events()).filteredOn(VisitationChanged.class::isInstance).hasSize(2);
			assertThatThrownBy(() -> citizen.visitationHistory().clear())
				.as("the history cannot be changed from outside")
				.isInstanceOf(UnsupportedOperationException.class);
		}

		@Test
		void aReasonIsRequired() {
			citizen.startBenefit(KONTANTHJAELP, LocalDate.of(2025, 2, 1), null, rules);

			assertThatThrownBy(() -> citizen.changeVisitation(JOBPARAT, "  ", caseworker, NOW, TODAY, rules))
				.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("reason"));
			assertThat(citizen.visitationHistory()).isEmpty();
		}

		@Test
		void aCategoryTheCurrentBenefitDoesNotAllowIsRefusedNamingTheField() {
			citizen.startBenefit(KONTANTHJAELP, LocalDate.of(2025, 2, 1), null, rules);

			assertThatThrownBy(
					() -> citizen.changeVisitation(SYGEDAGPENGE_KATEGORI_1, "Syg", caseworker, NOW, TODAY, rules))
				.isInstanceOfSatisfying(RuleViolation.class, v -> {
					assertThat(v.field()).isEqualTo("category");
					assertThat(v.messageKey()).isEqualTo("citizen.visitation.notAllowed");
				});
		}

		@Test
		void withoutACurrentBenefitNoCategoryCanBeChosen() {
			assertThat(citizen.allowedCategories(TODAY, rules)).isEmpty();
			assertThatThrownBy(() -> citizen.changeVisitation(JOBPARAT, "Ledig", caseworker, NOW, TODAY, rules))
				.isInstanceOf(RuleViolation.class);
		}

		@Test
		void theTargetGroupFollowsTheCurrentBenefitAndCategory() {
			citizen.startBenefit(KONTANTHJAELP, LocalDate.of(2025, 2, 1), null, rules);
			assertThat(citizen.targetGroup(TODAY, rules)).as("kontanthjælp awaits visitation").isEmpty();

			citizen.changeVisitation(AKTIVITETSPARAT, "Første samtale", caseworker, NOW, TODAY, rules);

			assertThat(citizen.targetGroup(TODAY, rules)).contains(dk.jobvej.citizen.TargetGroup.LAB_6_3);
		}

	}

	@Test
	void aChangeBasedOnAnOldVersionIsAConflict() {
		assertThatThrownBy(() -> citizen.expectVersion(3)).isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Nested
	class Assignment {

		private final UnitId otherUnit = new UnitId(UUID.randomUUID());

		private StaffMember staff(int municipalityCode, Role... roles) {
			return new StaffMember(new StaffId(UUID.randomUUID()), "k", "Karin Kontakt", otherUnit, Set.of(roles),
					municipalityCode);
		}

		@Test
		void movingToAnotherUnitOfTheMunicipalityAnnouncesTheMove() {
			var previous = citizen.unit();

			citizen.moveToUnit(new OrganisationalUnit(otherUnit, "Jobhuset", null, 851), caseworker, NOW);

			assertThat(citizen.unit()).isEqualTo(otherUnit);
			assertThat(citizen.events()).last()
				.isEqualTo(new CitizenMovedToUnit(citizen.id(), previous, otherUnit, caseworker, NOW, 851));
		}

		@Test
		void aUnitOfAnotherMunicipalityIsRefusedOnTheFieldUnit() {
			var previous = citizen.unit();

			var refusal = catchThrowableOfType(RuleViolation.class, () -> citizen
				.moveToUnit(new OrganisationalUnit(otherUnit, "Aarhus", null, 751), caseworker, NOW));

			assertThat(refusal.field()).isEqualTo("unit");
			assertThat(refusal.messageKey()).isEqualTo("citizen.unit.unknown");
			assertThat(citizen.unit()).isEqualTo(previous);
		}

		@Test
		void stayingInTheSameUnitOrWithTheSameContactAnnouncesNothing() {
			var unit = citizen.unit();
			var events = citizen.events().size();

			citizen.moveToUnit(new OrganisationalUnit(unit, "Samme", null, 851), caseworker, NOW);
			citizen.assignPrimaryContact(new StaffMember(caseworker, "r", "Rådgiver", unit, Set.of(Role.CASEWORKER), 851),
					caseworker, NOW);

			assertThat(citizen.events()).hasSize(events);
		}

		@Test
		void aNewPrimaryContactIsAnnouncedWithThePreviousOne() {
			var contact = staff(851, Role.MENTOR);

			citizen.assignPrimaryContact(contact, caseworker, NOW);

			assertThat(citizen.primaryContact()).contains(contact.id());
			assertThat(citizen.events()).last()
				.isEqualTo(new PrimaryContactChanged(citizen.id(), caseworker, contact.id(), caseworker, NOW, 851));
		}

		@Test
		void theContactMustWorkWithCitizensInTheCitizensMunicipality() {
			for (var wrong : new StaffMember[] { staff(751, Role.CASEWORKER), staff(851, Role.ADMINISTRATOR),
					staff(851, Role.AUDITOR) }) {
				var refusal = catchThrowableOfType(RuleViolation.class,
						() -> citizen.assignPrimaryContact(wrong, caseworker, NOW));

				assertThat(refusal.field()).as(wrong.toString()).isEqualTo("primaryContact");
				assertThat(refusal.messageKey()).isEqualTo("citizen.primaryContact.unknown");
				assertThat(citizen.primaryContact()).contains(caseworker);
			}
		}

	}

}
