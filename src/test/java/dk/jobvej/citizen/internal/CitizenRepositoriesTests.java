package dk.jobvej.citizen.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.UUID;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.citizen.Address;
import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenRegistered;
import dk.jobvej.citizen.CprGenerator;
import dk.jobvej.citizen.JournalNoteWritten;
import dk.jobvej.citizen.TargetGroup;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.citizen.VisitationChanged;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The module's repositories and rule tables against the embedded PostgreSQL. */
@JobvejIntegrationTest
@RecordApplicationEvents
class CitizenRepositoriesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");

	@Autowired
	Citizens citizens;

	@Autowired
	JournalNotes notes;

	@Autowired
	AccessGrants grants;

	@Autowired
	CitizenRules rules;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	private final CprGenerator cprs = new CprGenerator(new Random());

	private final StaffId caseworker = new StaffId(UUID.randomUUID());

	@Test
	void citizensAreStoredWithTheirBenefitPeriodsAndVisitationHistory() {
		var citizen = newCitizen();
		citizen.startBenefit(BenefitType.A_DAGPENGE, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
				rules.book());
		citizen.startBenefit(BenefitType.KONTANTHJAELP, LocalDate.of(2025, 1, 1), null, rules.book());
		citizen.changeVisitation(VisitationCategory.AKTIVITETSPARAT, "Første samtale", caseworker, NOW, TODAY,
				rules.book());
		citizens.save(citizen);

		var loaded = citizens.findById(citizen.getId()).orElseThrow();
		loaded.changeVisitation(VisitationCategory.JOBPARAT, "Klar", caseworker, NOW.plusSeconds(60), TODAY,
				rules.book());
		citizens.save(loaded);
		var again = citizens.findById(citizen.getId()).orElseThrow();

		assertThat(again.cpr()).isEqualTo(citizen.cpr());
		assertThat(again.benefitPeriods()).extracting(BenefitPeriod::type)
			.containsExactly(BenefitType.KONTANTHJAELP, BenefitType.A_DAGPENGE);
		assertThat(again.visitationHistory()).extracting(VisitationDecision::category)
			.containsExactly(VisitationCategory.AKTIVITETSPARAT, VisitationCategory.JOBPARAT);
		assertThat(again.visitationHistory().getFirst().decidedAt()).isEqualTo(NOW);
		assertThat(again.targetGroup(TODAY, rules.book())).contains(TargetGroup.LAB_6_2);
		assertThat(again.version()).isEqualTo(1);
		assertThat(citizens.existsByMunicipalityCodeAndCpr(851, citizen.cpr().value())).isTrue();
		assertThat(citizens.existsByMunicipalityCodeAndCpr(751, citizen.cpr().value())).isFalse();
		assertThat(jdbc.sql("select count(*) from citizen.benefit_period where citizen = ? and municipality_code = 851")
			.param(citizen.getId())
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(events.stream(CitizenRegistered.class)).hasSize(1);
		assertThat(events.stream(VisitationChanged.class)).hasSize(2);
	}

	@Test
	void savingAStaleCopyIsAConflict() {
		var citizen = newCitizen();
		citizens.save(citizen);
		var first = citizens.findById(citizen.getId()).orElseThrow();
		var second = citizens.findById(citizen.getId()).orElseThrow();
		first.startBenefit(BenefitType.KONTANTHJAELP, LocalDate.of(2025, 1, 1), null, rules.book());
		citizens.save(first);

		second.startBenefit(BenefitType.SYGEDAGPENGE, LocalDate.of(2025, 1, 1), null, rules.book());

		assertThatThrownBy(() -> citizens.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(citizens.findById(citizen.getId()).orElseThrow().benefitPeriods()).hasSize(1);
	}

	@Test
	void journalNotesAreAppendOnly() {
		var citizen = citizens.save(newCitizen());
		notes.save(JournalNote.write(citizen.id(), "Første", caseworker, NOW, 851));
		notes.save(JournalNote.write(citizen.id(), "Andet", caseworker, NOW.plusSeconds(1), 851));

		var written = notes.findByCitizenOrderByWrittenAtDesc(citizen.getId());

		assertThat(written).extracting(JournalNote::text).containsExactly("Andet", "Første");
		assertThat(events.stream(JournalNoteWritten.class)).hasSize(2);
		assertThatThrownBy(() -> jdbc.sql("update citizen.journal_note set text = 'ændret' where citizen = ?")
			.param(citizen.getId())
			.update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from citizen.journal_note where citizen = ?")
			.param(citizen.getId())
			.update()).isInstanceOf(DataAccessException.class);
	}

	@Test
	void accessGrantsLastUntilTheyExpire() {
		var citizen = citizens.save(newCitizen());
		var staff = new StaffId(UUID.randomUUID());
		grants.save(AccessGrant.grant(staff, citizen.id(), citizen.unit(), "Akut", NOW, Duration.ofHours(8), 851));

		assertThat(grants.findActive(staff.value(), citizen.getId(), NOW.plus(7, ChronoUnit.HOURS))).isPresent();
		assertThat(grants.findActive(staff.value(), citizen.getId(), NOW.plus(8, ChronoUnit.HOURS))).isEmpty();
		assertThat(grants.findActive(UUID.randomUUID(), citizen.getId(), NOW)).isEmpty();
		assertThatThrownBy(() -> jdbc.sql("update citizen.access_grant set expires_at = now() + interval '1 year' "
				+ "where citizen = ?").param(citizen.getId()).update()).isInstanceOf(DataAccessException.class);
	}

	@Test
	void theSeededRulesAreLoaded() {
		var book = rules.book();

		assertThat(book.targetGroup(BenefitType.KONTANTHJAELP, VisitationCategory.JOBPARAT, 40, TODAY))
			.contains(TargetGroup.LAB_6_2);
		assertThat(book.targetGroup(BenefitType.UDDANNELSESHJAELP, VisitationCategory.UDDANNELSESPARAT, 22,
				LocalDate.of(2024, 1, 1))).contains(TargetGroup.LAB_6_4);
		assertThat(book.targetGroup(BenefitType.KONTANTHJAELP, VisitationCategory.AABENLYST_UDDANNELSESPARAT, 22, TODAY))
			.contains(TargetGroup.LAB_6_4);
		assertThat(book.targetGroup(BenefitType.INTEGRATIONSYDELSE, null, 30, LocalDate.of(2024, 1, 1)))
			.contains(TargetGroup.INTEGRATION_ACT);
		assertThat(book.allowedCategories(BenefitType.SYGEDAGPENGE, 40, LocalDate.of(2024, 12, 31)))
			.contains(VisitationCategory.SYGEDAGPENGE_KATEGORI_3);
		assertThat(book.allowedCategories(BenefitType.SYGEDAGPENGE, 40, TODAY)).as("default end date 1 January 2025")
			.containsExactly(VisitationCategory.SYGEDAGPENGE_KATEGORI_1, VisitationCategory.SYGEDAGPENGE_KATEGORI_2);
		assertThat(book.allowedCategories(BenefitType.INTEGRATIONSYDELSE, 30, LocalDate.of(2024, 1, 1)))
			.containsExactly(VisitationCategory.JOBPARAT, VisitationCategory.AKTIVITETSPARAT);
		assertThat(book.mayOverlap(BenefitType.FLEKSJOB, BenefitType.SYGEDAGPENGE)).isTrue();
		assertThat(book.mayOverlap(BenefitType.KONTANTHJAELP, BenefitType.A_DAGPENGE)).isFalse();
		assertThat(rules.book()).as("loaded once").isSameAs(book);
	}

	private Citizen newCitizen() {
		return Citizen.register(new CitizenId(UUID.randomUUID()), cprs.adult(TODAY), "Repo", "Sitory",
				new Address("Vejen 1", "9000", "Aalborg"), 851, new UnitId(UUID.randomUUID()), caseworker, NOW);
	}

}
