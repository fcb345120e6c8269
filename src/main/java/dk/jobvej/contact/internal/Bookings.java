package dk.jobvej.contact.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.contact.ConversationId;
import dk.jobvej.contact.SuggestedJob;
import dk.jobvej.identity.StaffMember;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking conversations as a member of staff: book (a meeting notice), change, and record a
 * conversation that was held without a booking. Every operation opens the citizen through the
 * citizen module (need-to-know access, audited read), writes its change in the audit trail and
 * queues the citizen's notification in the same transaction.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class Bookings {

	private final Conversations conversations;

	private final Opening opening;

	private final Clashes clashes;

	private final ContactAudit audit;

	private final NotificationOutbox outbox;

	private final PresentedJobs jobs;

	private final CitizenRegister citizens;

	private final JournalTexts journalTexts;

	private final LatestHeld latestHeld;

	private final JdbcClient jdbc;

	private final Clock clock;

	Bookings(Conversations conversations, Opening opening, Clashes clashes, ContactAudit audit,
			NotificationOutbox outbox, PresentedJobs jobs, CitizenRegister citizens, JournalTexts journalTexts,
			LatestHeld latestHeld, JdbcClient jdbc, Clock clock) {
		this.conversations = conversations;
		this.opening = opening;
		this.clashes = clashes;
		this.audit = audit;
		this.outbox = outbox;
		this.jobs = jobs;
		this.citizens = citizens;
		this.journalTexts = journalTexts;
		this.latestHeld = latestHeld;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Books a conversation in the future; the caseworker and the citizen must both be free then. */
	public ConversationId book(ConversationRequest request) {
		var me = opening.caller();
		var facts = opening.citizen(request.citizen(), "conversation-booking");
		var caseworker = opening.caseworker(me, request.caseworker());
		var conversation = Conversation.book(booking(request, facts.history().municipalityCode(), facts.history().unit(),
				caseworker), me.username(), null, clock.instant());
		clashes.check(conversation);
		clashes.saving(conversation, () -> conversations.save(conversation));
		audit.record(me.username(), AuditAction.CREATE, request.citizen(), conversation.municipalityCode(),
				"conversation", conversation.id().toString());
		outbox.enqueue(conversation, NotificationKind.BOOKED, "booked");
		return conversation.id();
	}

	/** Changes a booked conversation the caller saw in {@code version}. */
	public void change(ConversationId id, ConversationRequest request, @Nullable Integer version) {
		var opened = opening.conversation(id, "conversation-change");
		var conversation = opened.conversation();
		conversation.expectVersion(version);
		var before = conversation.startsAt();
		conversation.change(start(request), Duration.ofMinutes(request.durationMinutes()), request.channel(),
				request.place(), request.agenda(), participants(request), clock.instant());
		clashes.check(conversation);
		clashes.saving(conversation, () -> conversations.save(conversation));
		if (!before.equals(conversation.startsAt())) {
			jdbc.sql("update contact.slot set conversation = null where conversation = ?").param(id.value()).update();
		}
		audit.record(opened.staff().username(), AuditAction.CHANGE, conversation.citizen(),
				conversation.municipalityCode(), "conversation", id.toString());
		outbox.enqueue(conversation, NotificationKind.CHANGED, UUID.randomUUID().toString());
	}

	/**
	 * Records a conversation that was held without a booking (the citizen dropped in, a phone call):
	 * not planned, written to the journal with the jobs presented.
	 */
	public ConversationId unplanned(ConversationRequest request, String summary, List<SuggestedJob> presented) {
		var me = opening.caller();
		var facts = opening.citizen(request.citizen(), "conversation-outcome");
		var caseworker = opening.caseworker(me, request.caseworker());
		var text = Texts.required("summary", summary, Texts.SUMMARY);
		var booking = booking(request, facts.history().municipalityCode(), facts.history().unit(), caseworker);
		var now = clock.instant();
		if (booking.startsAt().isAfter(now)) {
			throw new dk.jobvej.platform.RuleViolation("startsAt", "contact.outcome.notYet");
		}
		var note = citizens.writeJournal(request.citizen(), journalTexts.held(booking.startsAt(), clock.getZone(),
				request.kind(), request.channel(), text, presented));
		var conversation = Conversation.unplanned(booking, me.username(), now, text, note, presented.size(),
				clock.getZone());
		conversations.save(conversation);
		latestHeld.held(conversation);
		jobs.add(conversation, presented, true, me.username(), now);
		audit.record(me.username(), AuditAction.CREATE, request.citizen(), conversation.municipalityCode(),
				"conversation-outcome", conversation.id().toString());
		return conversation.id();
	}

	private Conversation.Booking booking(ConversationRequest request, int municipalityCode,
			dk.jobvej.identity.UnitId unit, StaffMember caseworker) {
		return new Conversation.Booking(request.citizen(), municipalityCode, unit, caseworker.id(), request.kind(),
				request.channel(), start(request), Duration.ofMinutes(request.durationMinutes()), request.place(),
				request.agenda(), participants(request));
	}

	private java.time.Instant start(ConversationRequest request) {
		return ZonedDateTime.of(request.startsAt(), clock.getZone()).toInstant();
	}

	private static List<Participant> participants(ConversationRequest request) {
		return request.participants().stream().map(taking -> Participant.of(taking.role(), taking.name())).toList();
	}

}
