package dk.jobvej.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenHistory;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.contact.Channel;
import dk.jobvej.contact.ImportedConversation;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's year of conversations: Aalborg's 182,000 held conversations with exactly seed 003's
 * channels, on working days within the citizens' benefit periods, none for førtidspension, the same
 * for the same seed.
 */
class ConversationPlanTests {

	private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	private static final UnitId UNIT = new UnitId(new UUID(1, 1));

	private static final StaffId CASEWORKER = new StaffId(new UUID(2, 2));

	@Test
	void aalborgHoldsExactly182000ConversationsSplitAsSeed003() {
		var histories = citizens(29_000, new Random(3));

		var plan = ConversationPlan.plan(histories, Map.of(UNIT, List.of(CASEWORKER)),
				ConversationPlan.held(29_000), 851, TODAY, COPENHAGEN);

		var held = plan.stream().filter(c -> c.status().equals("HELD")).toList();
		assertThat(held).hasSize(182_000);
		var byChannel = held.stream().collect(Collectors.groupingBy(ImportedConversation::channel, Collectors.counting()));
		assertThat(byChannel).containsEntry(Channel.TELEFON, 80_000L)
			.containsEntry(Channel.FYSISK, 76_000L)
			.containsEntry(Channel.VIDEO, 26_000L);
		var others = plan.size() - held.size();
		assertThat(others).as("no-shows and cancellations on top, about 7 %").isBetween(10_000, 15_000);
		assertThat(held.stream().filter(ImportedConversation::planned).count()).isBetween(155_000L, 165_000L);
	}

	@Test
	void conversationsFallOnWorkingDaysWithinTheBenefitAndNotForFoertidspension() {
		var histories = citizens(3_000, new Random(5));
		var byId = histories.stream().collect(Collectors.toMap(CitizenHistory::id, h -> h));

		var plan = ConversationPlan.plan(histories, Map.of(UNIT, List.of(CASEWORKER)), 18_000, 7, TODAY, COPENHAGEN);

		assertThat(plan).allSatisfy(conversation -> {
			var day = conversation.startsAt().atZone(COPENHAGEN).toLocalDate();
			assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
			assertThat(day).isBetween(TODAY.minusDays(366), TODAY);
			var time = conversation.startsAt().atZone(COPENHAGEN).toLocalTime();
			assertThat(time).isBetween(java.time.LocalTime.of(8, 0), java.time.LocalTime.of(15, 30));
			var benefit = byId.get(conversation.citizen()).benefits().getFirst().type();
			assertThat(benefit).isNotEqualTo(BenefitType.FOERTIDSPENSION);
		});
	}

	@Test
	void theSameSeedGivesTheSameConversationsAndAnotherSeedOthers() {
		var histories = citizens(500, new Random(9));

		var once = ConversationPlan.plan(histories, Map.of(UNIT, List.of(CASEWORKER)), 3_000, 11, TODAY, COPENHAGEN);
		var again = ConversationPlan.plan(new ArrayList<>(histories).reversed(), Map.of(UNIT, List.of(CASEWORKER)), 3_000,
				11, TODAY, COPENHAGEN);
		var other = ConversationPlan.plan(histories, Map.of(UNIT, List.of(CASEWORKER)), 3_000, 12, TODAY, COPENHAGEN);

		assertThat(again).isEqualTo(once);
		assertThat(other).isNotEqualTo(once);
	}

	/** Citizens on a benefit in the year: most with a contact course, some on førtidspension. */
	private static List<CitizenHistory> citizens(int count, Random random) {
		var types = new BenefitType[] { BenefitType.A_DAGPENGE, BenefitType.KONTANTHJAELP, BenefitType.SYGEDAGPENGE,
				BenefitType.FOERTIDSPENSION, BenefitType.RESSOURCEFORLOEB };
		var histories = new ArrayList<CitizenHistory>();
		for (var i = 0; i < count; i++) {
			var type = types[random.nextInt(types.length)];
			var from = TODAY.minusDays(30 + random.nextInt(700));
			var to = random.nextInt(4) == 0 ? TODAY.minusDays(random.nextInt(300)) : null;
			if (to != null && to.isBefore(from)) {
				to = from.plusDays(10);
			}
			histories.add(new CitizenHistory(new CitizenId(new UUID(random.nextLong(), random.nextLong())), 851, UNIT,
					random.nextBoolean() ? CASEWORKER : null, LocalDate.of(1980, 1, 1),
					List.of(new CitizenHistory.Benefit(type, from, to)), List.of(), null));
		}
		return histories;
	}

}
