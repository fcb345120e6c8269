package dk.jobvej.contact.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.citizen.CitizenFacts;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.contact.ConversationId;
import dk.jobvej.contact.ConversationKind;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Min side: a citizen sees their conversations, books a job conversation from the slots their
 * primary contact (or, without one, their unit) publishes, and moves a booking to another slot,
 * within the unit's limits. A citizen holds at most one booked conversation at a time through
 * self-booking (DFDG's rule against several bookings at once). Everything is audited with the
 * citizen as actor ({@code borger:<id>}).
 */
@Service
@Transactional
public class SelfBooking {

	private final CitizenRegister citizens;

	private final Conversations conversations;

	private final Clashes clashes;

	private final BookingLimits limits;

	private final Slots slots;

	private final ConversationViews views;

	private final ContactAudit audit;

	private final NotificationOutbox outbox;

	private final Opening opening;

	private final JdbcClient jdbc;

	private final Clock clock;

	SelfBooking(CitizenRegister citizens, Conversations conversations, Clashes clashes, BookingLimits limits,
			Slots slots, ConversationViews views, ContactAudit audit, NotificationOutbox outbox, Opening opening,
			JdbcClient jdbc, Clock clock) {
		this.citizens = citizens;
		this.conversations = conversations;
		this.clashes = clashes;
		this.limits = limits;
		this.slots = slots;
		this.views = views;
		this.audit = audit;
		this.outbox = outbox;
		this.opening = opening;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public OwnConversations overview(CitizenId me) {
		var facts = citizens.ownFacts(me);
		var history = facts.history();
		var unitLimits = limits.of(history.unit());
		var now = clock.instant();
		var names = new HashMap<UUID, String>();
		var all = jdbc.sql(ConversationViews.LINE + "where c.citizen = ? order by c.starts_at")
			.param(me.value())
			.query((rs, row) -> views.line(rs, facts.name(), names))
			.list();
		var coming = all.stream().filter(line -> line.status() == Status.BOOKED && line.endsAt().toInstant().isAfter(now)).toList();
		var past = all.stream().filter(line -> !coming.contains(line)).toList().reversed();
		var offered = offered(history.unit(), history.primaryContact(), unitLimits, now, names);
		var email = jdbc.sql("select email from contact.notification_address where citizen = ?")
			.param(me.value())
			.query(String.class)
			.optional()
			.orElse(null);
		audit.record(ContactAudit.citizenActor(me), AuditAction.READ, me, history.municipalityCode(),
				"min-side-conversations", null);
		return new OwnConversations(facts, coming, past, offered, unitLimits, coming.isEmpty(), email);
	}

	/** Books a published slot as a job conversation. */
	public ConversationId book(CitizenId me, UUID slot) {
		var facts = citizens.ownFacts(me);
		var history = facts.history();
		var unitLimits = limits.of(history.unit());
		var now = clock.instant();
		var hasBooking = jdbc.sql("select exists (select 1 from contact.conversation where citizen = ? and status = 'BOOKED' and ends_at > ?)")
			.params(me.value(), Timestamp.from(now))
			.query(Boolean.class)
			.single();
		if (hasBooking) {
			throw new RuleViolation("slot", "contact.selfBooking.alreadyBooked");
		}
		var offer = claimable(slot, history.unit(), history.primaryContact(), unitLimits, now);
		var conversation = Conversation.book(new Conversation.Booking(me, history.municipalityCode(), history.unit(),
				new StaffId(offer.caseworker()), ConversationKind.JOBSAMTALE, offer.channel(), offer.startsAt().toInstant(),
				Duration.between(offer.startsAt(), offer.endsAt()), offer.place(), null, java.util.List.of()),
				ContactAudit.citizenActor(me), slot, now);
		clashes.check(conversation);
		claim(slot, conversation.id().value());
		clashes.saving(conversation, () -> conversations.save(conversation));
		audit.record(ContactAudit.citizenActor(me), AuditAction.CREATE, me, history.municipalityCode(), "self-booking",
				conversation.id().toString());
		outbox.enqueue(conversation, NotificationKind.BOOKED, "booked");
		return conversation.id();
	}

	/** Moves one of the citizen's booked conversations to another published slot. */
	public void rebook(CitizenId me, ConversationId id, UUID slot, @Nullable Integer version) {
		var facts = citizens.ownFacts(me);
		var history = facts.history();
		var unitLimits = limits.of(history.unit());
		var now = clock.instant();
		var conversation = conversations.findById(id.value())
			.filter(found -> found.citizen().equals(me))
			.orElseThrow(() -> new NotFound("contact.conversation.notFound"));
		conversation.expectVersion(version);
		if (conversation.startsAt().isBefore(now.plus(Duration.ofHours(unitLimits.minNoticeHours())))) {
			throw new RuleViolation("slot", "contact.selfBooking.tooLateToMove", unitLimits.minNoticeHours());
		}
		var offer = claimable(slot, history.unit(), history.primaryContact(), unitLimits, now);
		var oldSlot = conversation.slot();
		conversation.rebook(slot, offer.startsAt().toInstant(), offer.endsAt().toInstant(), offer.channel(),
				offer.place(), unitLimits.maxRebookings());
		if (!conversation.caseworker().value().equals(offer.caseworker())) {
			conversation.reassign(new StaffId(offer.caseworker()));
		}
		clashes.check(conversation);
		if (oldSlot != null) {
			jdbc.sql("update contact.slot set conversation = null where id = ? and conversation = ?")
				.params(oldSlot, id.value())
				.update();
		}
		claim(slot, id.value());
		clashes.saving(conversation, () -> conversations.save(conversation));
		audit.record(ContactAudit.citizenActor(me), AuditAction.CHANGE, me, history.municipalityCode(), "self-booking",
				id.toString());
		outbox.enqueue(conversation, NotificationKind.CHANGED, UUID.randomUUID().toString());
	}

	/** The citizen's own e-mail address for notifications. */
	public void email(CitizenId me, String email) {
		var facts = citizens.ownFacts(me);
		Notifications.saveAddress(jdbc, me, facts.history().municipalityCode(), email, ContactAudit.citizenActor(me),
				clock.instant());
		audit.record(ContactAudit.citizenActor(me), AuditAction.CHANGE, me, facts.history().municipalityCode(),
				"notification-address", null);
	}

	/** A booked conversation of the citizen, for the calendar file. */
	public Conversation own(CitizenId me, ConversationId id) {
		var conversation = conversations.findById(id.value())
			.filter(found -> found.citizen().equals(me))
			.orElseThrow(() -> new NotFound("contact.conversation.notFound"));
		audit.record(ContactAudit.citizenActor(me), AuditAction.READ, me, conversation.municipalityCode(),
				"calendar-file", id.toString());
		return conversation;
	}

	public String caseworkerName(Conversation conversation) {
		return opening.nameOf(conversation.caseworker().value());
	}

	/** The open slots a citizen of the unit with the primary contact may book now. */
	private java.util.List<SlotView> offered(UnitId unit, @Nullable StaffId contact, BookingLimits.Limits unitLimits,
			Instant now, java.util.Map<UUID, String> names) {
		var earliest = now.plus(Duration.ofHours(unitLimits.minNoticeHours()));
		var latest = LocalDate.now(clock).plusDays(unitLimits.maxDaysAhead() + 1L).atStartOfDay(clock.getZone()).toInstant();
		var who = contact != null && hasSlots(contact.value(), earliest, latest) ? "s.caseworker = ?" : "s.unit = ?";
		var param = contact != null && who.startsWith("s.caseworker") ? contact.value() : unit.value();
		return jdbc.sql(Slots.SELECT + "where " + who
				+ " and not s.withdrawn and s.conversation is null and s.starts_at >= ? and s.starts_at < ? order by s.starts_at limit 60")
			.params(param, Timestamp.from(earliest), Timestamp.from(latest))
			.query((rs, row) -> slots.view(rs,
					names.computeIfAbsent(rs.getObject("caseworker", UUID.class), opening::nameOf)))
			.list();
	}

	private boolean hasSlots(UUID caseworker, Instant earliest, Instant latest) {
		return jdbc.sql("select exists (select 1 from contact.slot where caseworker = ? and not withdrawn and conversation is null and starts_at >= ? and starts_at < ?)")
			.params(caseworker, Timestamp.from(earliest), Timestamp.from(latest))
			.query(Boolean.class)
			.single();
	}

	private SlotView claimable(UUID slot, UnitId unit, @Nullable StaffId contact, BookingLimits.Limits unitLimits,
			Instant now) {
		return offered(unit, contact, unitLimits, now, new HashMap<>()).stream()
			.filter(offer -> offer.id().equals(slot))
			.findFirst()
			.orElseThrow(() -> new RuleViolation("slot", "contact.slot.taken"));
	}

	private void claim(UUID slot, UUID conversation) {
		var claimed = jdbc.sql("update contact.slot set conversation = ? where id = ? and conversation is null and not withdrawn")
			.params(conversation, slot)
			.update();
		if (claimed == 0) {
			throw new RuleViolation("slot", "contact.slot.taken");
		}
	}

}
