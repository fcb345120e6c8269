package dk.jobvej.contact.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenHistory;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.TargetGroup;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.contact.internal.CadenceBook.VariantChoice;
import dk.jobvej.contact.internal.DueStatus.State;
import dk.jobvej.identity.UnitId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static dk.jobvej.contact.internal.Citizens.COPENHAGEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the due-date function over generated citizens: random benefit runs between 2019 and
 * 2028, categories, target groups, conversations at any hour (clock changes included), absences,
 * programmes and the free-municipality variant, evaluated on random days. Each case has its own
 * seed, shown in its name; {@code -DdueDates.seed=…} repeats a run.
 */
class DueDatePropertyTests {

	private static final long SEED = Long.getLong("dueDates.seed", System.nanoTime());

	private static final int FREE = 999;

	private static final CadenceBook BOOK = SeededCadence
		.book(new VariantChoice(FREE, TargetGroup.LAB_6_2, LocalDate.of(2020, 1, 1), null));

	private final DueDates dueDates = new DueDates(COPENHAGEN, 14);

	static Stream<Long> seeds() {
		return LongStream.range(0, 250).mapToObj(i -> SEED + i);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void theAnswerDependsOnTheArgumentsOnlyNotOnTheOrderOfConversations(long seed) {
		var generated = Generated.of(new Random(seed));
		var shuffled = new ArrayList<>(generated.facts().held());
		Collections.shuffle(shuffled, new Random(seed));

		var once = status(generated, generated.facts());
		var again = status(generated, generated.facts());
		var reordered = status(generated, withHeld(generated.facts(), shuffled));

		assertThat(again).as("seed %d", seed).isEqualTo(once);
		assertThat(reordered).as("seed %d", seed).isEqualTo(once);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void theStateAgreesWithTheDueDate(long seed) {
		var generated = Generated.of(new Random(seed));
		var status = status(generated, generated.facts());
		var today = generated.today();

		switch (status.state()) {
			case NO_BENEFIT -> assertThat(generated.history().benefitOn(today)).as("seed %d", seed).isEmpty();
			case OVERDUE -> assertThat(status.due()).as("seed %d", seed).isBefore(today);
			case DUE_SOON -> assertThat(status.due()).as("seed %d", seed).isBetween(today, today.plusDays(14));
			case ON_TRACK -> assertThat(status.due()).as("seed %d", seed).isAfter(today.plusDays(14));
			case EXEMPT -> assertThat(generated.facts().absences()).as("seed %d", seed)
				.anyMatch(absence -> absence.covers(today));
			case AKASSE -> assertThat(status.rule()).as("seed %d", seed).isNotNull();
			case NO_RULE -> assertThat(status.due()).as("seed %d", seed).isNull();
		}
		if (status.due() != null) {
			assertThat(status.due()).as("seed %d: never due before the benefit run", seed)
				.isAfterOrEqualTo(status.anchor());
			if (status.lastHeld() != null && !status.rule().agreed()) {
				assertThat(status.due()).as("seed %d: due after the last conversation", seed)
					.isAfter(status.lastHeld());
			}
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void aConversationHeldTodayMeansNothingIsOverdue(long seed) {
		var generated = Generated.of(new Random(seed));
		var held = new ArrayList<>(generated.facts().held());
		held.add(generated.today().atTime(LocalTime.of(10, 0)).atZone(COPENHAGEN).toInstant());

		var status = status(generated, withHeld(generated.facts(), held));

		assertThat(status.state()).as("seed %d: %s", seed, status).isNotEqualTo(State.OVERDUE);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void aLaterConversationNeverBringsTheDueDateForward(long seed) {
		var random = new Random(seed);
		var generated = Generated.of(random);
		var before = status(generated, generated.facts());
		var last = before.lastHeld();
		if (last == null || before.due() == null) {
			return;
		}
		var days = (int) java.time.temporal.ChronoUnit.DAYS.between(last, generated.today()) + 1;
		var held = new ArrayList<>(generated.facts().held());
		held.add(Generated.instant(random, last.plusDays(random.nextInt(days))));

		var after = status(generated, withHeld(generated.facts(), held));

		assertThat(after.due()).as("seed %d: %s then %s", seed, before, after).isNotNull();
		assertThat(after.due()).as("seed %d: %s then %s", seed, before, after).isAfterOrEqualTo(before.due());
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void anOpenAbsenceFromTodayExemptsTheCitizen(long seed) {
		var generated = Generated.of(new Random(seed));
		var before = status(generated, generated.facts());
		if (before.state() == State.NO_BENEFIT || before.state() == State.NO_RULE) {
			return;
		}
		var absences = new ArrayList<>(generated.facts().absences());
		absences.add(new ContactFacts.Absence("BARSEL", generated.today(), null));

		var after = status(generated, new ContactFacts(generated.facts().held(), generated.facts().nextBooked(), absences,
				generated.facts().memberships()));

		assertThat(after.state()).as("seed %d", seed).isEqualTo(State.EXEMPT);
		assertThat(after.exemptUntil()).as("seed %d", seed).isNull();
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void aConversationCountsOnItsDanishDay(long seed) {
		var random = new Random(seed);
		var at = Instant.ofEpochSecond(LocalDate.of(2019, 1, 1).toEpochDay() * 86_400L + random.nextLong(10L * 365 * 86_400));

		assertThat(dueDates.day(at)).as("seed %d: %s", seed, at).isEqualTo(at.atZone(COPENHAGEN).toLocalDate());
	}

	private DueStatus status(Generated generated, ContactFacts facts) {
		return dueDates.status(generated.history(), facts, BOOK, generated.today());
	}

	private static ContactFacts withHeld(ContactFacts facts, List<Instant> held) {
		return new ContactFacts(held, facts.nextBooked(), facts.absences(), facts.memberships());
	}

	/** A random citizen, what the contact module knows of them, and a day to ask on. */
	record Generated(CitizenHistory history, ContactFacts facts, LocalDate today) {

		private static final BenefitType[] BENEFITS = { BenefitType.A_DAGPENGE, BenefitType.KONTANTHJAELP,
				BenefitType.UDDANNELSESHJAELP, BenefitType.SYGEDAGPENGE, BenefitType.JOBAFKLARINGSFORLOEB,
				BenefitType.RESSOURCEFORLOEB, BenefitType.LEDIGHEDSYDELSE, BenefitType.REVALIDERING,
				BenefitType.INTEGRATIONSYDELSE, BenefitType.FOERTIDSPENSION, BenefitType.FLEKSJOB };

		private static final int[] MUNICIPALITIES = { 851, 101, FREE };

		static Generated of(Random random) {
			var benefits = new ArrayList<CitizenHistory.Benefit>();
			var start = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(9 * 365));
			var type = BENEFITS[random.nextInt(BENEFITS.length)];
			var periods = 1 + random.nextInt(3);
			var from = start;
			for (var i = 0; i < periods; i++) {
				var last = i == periods - 1 && random.nextInt(5) > 0;
				var to = last ? null : from.plusDays(20 + random.nextInt(500));
				benefits.add(new CitizenHistory.Benefit(type, from, to));
				if (to != null) {
					from = to.plusDays(random.nextInt(3) == 0 ? 1 : 1 + random.nextInt(60));
					type = random.nextInt(3) == 0 ? BENEFITS[random.nextInt(BENEFITS.length)] : type;
				}
			}
			var category = category(random, type);
			var visitations = category == null ? List.<CitizenHistory.Visitation>of()
					: List.of(new CitizenHistory.Visitation(category, start));
			var today = start.plusDays(random.nextInt(900));
			var history = new CitizenHistory(new CitizenId(new UUID(random.nextLong(), random.nextLong())),
					MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)], new UnitId(new UUID(0, 1)), null,
					LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28)), benefits,
					visitations, group(type, category));
			var held = new ArrayList<Instant>();
			for (var i = random.nextInt(12); i > 0; i--) {
				held.add(instant(random, start.minusDays(60).plusDays(random.nextInt(960))));
			}
			var absences = new ArrayList<ContactFacts.Absence>();
			for (var i = random.nextInt(3); i > 0; i--) {
				var absentFrom = start.plusDays(random.nextInt(900));
				absences.add(new ContactFacts.Absence("SYGDOM", absentFrom,
						random.nextInt(6) == 0 ? null : absentFrom.plusDays(random.nextInt(60))));
			}
			var memberships = new ArrayList<ContactFacts.Membership>();
			if (random.nextInt(4) == 0) {
				memberships.add(new ContactFacts.Membership(random.nextBoolean() ? "JOBFIRST" : "DIMITTEND",
						start.plusDays(random.nextInt(200)), null));
			}
			var booked = random.nextBoolean() ? instant(random, today.plusDays(random.nextInt(60))) : null;
			return new Generated(history, new ContactFacts(held, booked, absences, memberships), today);
		}

		/** Any time of day, so conversations fall on both sides of midnight and of the clock changes. */
		static Instant instant(Random random, LocalDate day) {
			return day.atStartOfDay(COPENHAGEN).toInstant().plusSeconds(random.nextInt(86_400));
		}

		private static VisitationCategory category(Random random, BenefitType type) {
			return switch (type) {
				case KONTANTHJAELP, INTEGRATIONSYDELSE -> random.nextBoolean() ? VisitationCategory.JOBPARAT
						: VisitationCategory.AKTIVITETSPARAT;
				case UDDANNELSESHJAELP -> random.nextBoolean() ? VisitationCategory.UDDANNELSESPARAT
						: VisitationCategory.AKTIVITETSPARAT;
				case SYGEDAGPENGE -> VisitationCategory.SYGEDAGPENGE_KATEGORI_2;
				default -> null;
			};
		}

		private static TargetGroup group(BenefitType type, VisitationCategory category) {
			return switch (type) {
				case A_DAGPENGE -> TargetGroup.LAB_6_1;
				case KONTANTHJAELP -> category == VisitationCategory.JOBPARAT ? TargetGroup.LAB_6_2 : TargetGroup.LAB_6_3;
				case UDDANNELSESHJAELP -> category == VisitationCategory.AKTIVITETSPARAT ? TargetGroup.LAB_6_5
						: TargetGroup.LAB_6_4;
				case SYGEDAGPENGE -> TargetGroup.LAB_6_6;
				case JOBAFKLARINGSFORLOEB -> TargetGroup.LAB_6_7;
				case RESSOURCEFORLOEB -> TargetGroup.LAB_6_8;
				case LEDIGHEDSYDELSE, FLEKSJOB -> TargetGroup.LAB_6_9;
				case REVALIDERING -> TargetGroup.LAB_6_10;
				case FOERTIDSPENSION -> TargetGroup.LAB_6_11;
				case INTEGRATIONSYDELSE -> TargetGroup.INTEGRATION_ACT;
				default -> null;
			};
		}

	}

}
