package dk.jobvej.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import dk.jobvej.citizen.CitizenHistory;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.contact.Channel;
import dk.jobvej.contact.ConversationImport;
import dk.jobvej.contact.ConversationKind;
import dk.jobvej.contact.ImportedConversation;
import dk.jobvej.contact.ImportedSlot;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.StaffMember;
import dk.jobvej.identity.UnitId;

import org.springframework.stereotype.Component;

/**
 * Loads the demo's contact course through the contact module's import (PostgreSQL COPY): a year of
 * conversations per municipality ({@link ConversationPlan}), and for Aalborg the bookings to try the
 * pages with: the next three weeks of {@code raadgiver}'s conversations, one of them earlier today,
 * Mikkel Holm's coming job conversation, slots he can book on Min side, and his e-mail address.
 * A municipality that has conversations already is left alone.
 */
@Component
class DemoConversations {

	static final int BATCH = 20_000;

	private final CitizenRegister citizens;

	private final ConversationImport conversations;

	private final Organisation organisation;

	private final Clock clock;

	DemoConversations(CitizenRegister citizens, ConversationImport conversations, Organisation organisation,
			Clock clock) {
		this.citizens = citizens;
		this.conversations = conversations;
		this.organisation = organisation;
		this.clock = clock;
	}

	/** One year of conversations of the municipality; answers how many were imported. */
	int ensure(int municipalityCode, long seed, Progress progress) {
		if (conversations.hasConversations(municipalityCode)) {
			return 0;
		}
		var histories = new ArrayList<CitizenHistory>();
		citizens.forEachHistory(municipalityCode, histories::add);
		var today = LocalDate.now(clock);
		var inYear = (int) histories.stream().filter(h -> ConversationPlan.inYear(h, today.minusDays(365), today)).count();
		var planned = ConversationPlan.plan(histories, caseworkers(municipalityCode),
				ConversationPlan.held(inYear), PopulationGenerator.random(seed, municipalityCode, "conversations").nextLong(), today,
				clock.getZone());
		var imported = 0;
		for (var n = 0; n * BATCH < planned.size(); n++) {
			var batch = planned.subList(n * BATCH, Math.min(planned.size(), (n + 1) * BATCH));
			imported += conversations.importBatch("demo-conversations-" + seed + "-" + municipalityCode + "-" + (n + 1),
					batch);
			progress.add(0, batch.size());
		}
		progress.log("conversations of " + municipalityCode + ": " + imported + " imported");
		return imported;
	}

	/**
	 * Aalborg's named demo: {@code raadgiver}'s coming conversations, Mikkel Holm's booking, slots for
	 * his self-booking and his e-mail address. Idempotent (batch ids).
	 */
	void ensureNamed(DemoUnits units, CitizenId mikkel) {
		var raadgiver = organisation.staffMember("raadgiver").orElseThrow();
		var house = units.of(House.JOB_OG_AKTIVHUSET);
		var caseload = new ArrayList<CitizenHistory>();
		var mikkels = new ArrayList<CitizenHistory>();
		citizens.forEachHistory(Municipalities.AALBORG, history -> {
			if (history.id().equals(mikkel)) {
				mikkels.add(history);
			}
			else if (raadgiver.id().equals(history.primaryContact())) {
				caseload.add(history);
			}
		});
		caseload.sort(java.util.Comparator.comparing(h -> h.id().value()));
		var random = new Random(851);
		var zone = clock.getZone();
		var today = LocalDate.now(clock);
		var booked = new ArrayList<ImportedConversation>();
		var times = List.of(LocalTime.of(9, 0), LocalTime.of(10, 0), LocalTime.of(11, 0), LocalTime.of(13, 0));
		var day = today;
		var index = 0;
		for (var citizen : caseload.subList(0, Math.min(caseload.size(), 36))) {
			var time = times.get(index % times.size());
			var channel = random.nextInt(182) < 80 ? Channel.TELEFON : random.nextInt(102) < 76 ? Channel.FYSISK
					: Channel.VIDEO;
			var start = day.atTime(time).atZone(zone).toInstant();
			booked.add(conversation(citizen, raadgiver.id(), house, channel, start, "BOOKED"));
			if (++index % times.size() == 0) {
				day = nextWorkingDay(day);
			}
		}
		var mikkelDay = nextWorkingDay(nextWorkingDay(today));
		var mikkelStart = mikkelDay.atTime(14, 0).atZone(zone).toInstant();
		var mikkelHistory = mikkels.getFirst();
		booked.add(conversation(mikkelHistory, raadgiver.id(), house, Channel.FYSISK, mikkelStart, "BOOKED"));
		booked.add(conversation(mikkelHistory, raadgiver.id(), house, Channel.TELEFON,
				today.minusWeeks(3).with(DayOfWeek.TUESDAY).atTime(10, 30).atZone(zone).toInstant(), "HELD"));
		conversations.importBatch("demo-named-bookings-" + today, booked);
		var slots = new ArrayList<ImportedSlot>();
		var slotDay = today.plusDays(3);
		for (var d = 0; d < 8; d++) {
			slotDay = nextWorkingDay(slotDay);
			for (var s = 0; s < 3; s++) {
				var start = slotDay.atTime(LocalTime.of(14, 30).plusMinutes(30L * s)).atZone(zone).toInstant();
				slots.add(new ImportedSlot(UUID.nameUUIDFromBytes(("slot-" + slotDay + "-" + s).getBytes()),
						raadgiver.id(), house, Municipalities.AALBORG, start, start.plus(Duration.ofMinutes(30)),
						s == 1 ? Channel.VIDEO : Channel.FYSISK, s == 1 ? null : "Job- og Aktivhuset, J. F. Kennedys Plads"));
			}
		}
		conversations.importSlots("demo-named-slots-" + today, slots);
		conversations.importAddress(mikkel, Municipalities.AALBORG, "mikkel.holm@example.dk");
	}

	private ImportedConversation conversation(CitizenHistory citizen, StaffId caseworker, UnitId unit, Channel channel,
			java.time.Instant start, String status) {
		var length = Duration.ofMinutes(channel == Channel.FYSISK ? 45 : 30);
		return new ImportedConversation(UUID.nameUUIDFromBytes((citizen.id() + "-" + start).getBytes()), citizen.id(),
				Municipalities.AALBORG, unit, caseworker, ConversationKind.JOBSAMTALE, channel, start, start.plus(length),
				channel == Channel.FYSISK ? "Job- og Aktivhuset, J. F. Kennedys Plads" : null, status, true, false, null,
				null);
	}

	private Map<UnitId, List<StaffId>> caseworkers(int municipalityCode) {
		var byUnit = new HashMap<UnitId, List<StaffId>>();
		for (var unit : organisation.units(municipalityCode)) {
			byUnit.put(unit.id(), organisation.staffOf(unit.id())
				.stream()
				.filter(staff -> staff.has(Role.CASEWORKER))
				.map(StaffMember::id)
				.sorted(java.util.Comparator.comparing(StaffId::value))
				.toList());
		}
		return byUnit;
	}

	private static LocalDate nextWorkingDay(LocalDate day) {
		var next = day.plusDays(1);
		while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
			next = next.plusDays(1);
		}
		return next;
	}

}
