package dk.jobvej.contact.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.contact.CancelledBy;
import dk.jobvej.contact.ConversationId;
import dk.jobvej.contact.SuggestedJob;
import dk.jobvej.survey.IssuedCode;
import dk.jobvej.survey.SurveyCodes;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What became of a booked conversation: held (the summary goes to the citizen's journal, with the
 * concrete jobs presented), cancelled (by whom), or missed (no-show, with or without a valid reason;
 * without one the availability track opens). Each outcome is audited and announced as an event.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class Outcomes {

	private final Conversations conversations;

	private final Opening opening;

	private final ContactAudit audit;

	private final PresentedJobs jobs;

	private final CitizenRegister citizens;

	private final JournalTexts journalTexts;

	private final AvailabilityTrack availability;

	private final NotificationOutbox outbox;

	private final LatestHeld latestHeld;

	private final SurveyCodes surveyCodes;

	private final JdbcClient jdbc;

	private final Clock clock;

	Outcomes(Conversations conversations, Opening opening, ContactAudit audit, PresentedJobs jobs,
			CitizenRegister citizens, JournalTexts journalTexts, AvailabilityTrack availability, NotificationOutbox outbox,
			LatestHeld latestHeld, SurveyCodes surveyCodes, JdbcClient jdbc, Clock clock) {
		this.conversations = conversations;
		this.opening = opening;
		this.audit = audit;
		this.jobs = jobs;
		this.citizens = citizens;
		this.journalTexts = journalTexts;
		this.availability = availability;
		this.outbox = outbox;
		this.latestHeld = latestHeld;
		this.surveyCodes = surveyCodes;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The conversation was held. {@code presentedSuggestions} are jobs suggested before (by id) that
	 * were presented; {@code typedIn} are jobs the caseworker presented and types in now.
	 */
	/**
	 * Records the conversation as held. After a planned conversation in a week when a user survey
	 * runs for the unit, a one-time anonymous answer code comes back, to be handed to the citizen
	 * there and then; it is stored nowhere here.
	 */
	public Optional<IssuedCode> held(ConversationId id, String summary, List<UUID> presentedSuggestions,
			List<SuggestedJob> typedIn, @Nullable Integer version) {
		var opened = opening.conversation(id, "conversation-outcome");
		var conversation = opened.conversation();
		conversation.expectVersion(version);
		var text = Texts.required("summary", summary, Texts.SUMMARY);
		var now = clock.instant();
		if (conversation.status() == Status.BOOKED && conversation.startsAt().isAfter(now)) {
			throw new dk.jobvej.platform.RuleViolation("status", "contact.outcome.notYet");
		}
		var presented = new ArrayList<SuggestedJob>();
		jobs.of(id.value())
			.stream()
			.filter(job -> presentedSuggestions.contains(job.id()))
			.forEach(job -> presented.add(new SuggestedJob(job.title(), job.employer(), job.source(), job.reference())));
		presented.addAll(typedIn);
		var firstTime = conversation.status() == Status.BOOKED;
		var note = firstTime ? citizens.writeJournal(conversation.citizen(),
				journalTexts.held(conversation.startsAt(), clock.getZone(), conversation.kind(), conversation.channel(),
						text, presented))
				: null;
		conversation.held(text, note, presented.size(), opened.staff().username(), now, clock.getZone());
		conversations.save(conversation);
		latestHeld.held(conversation);
		jobs.markPresented(conversation, presentedSuggestions);
		jobs.add(conversation, typedIn, true, opened.staff().username(), now);
		audit.record(opened.staff().username(), AuditAction.CHANGE, conversation.citizen(),
				conversation.municipalityCode(), "conversation-outcome", id.toString());
		return firstTime && conversation.planned()
				? surveyCodes.afterConversation(conversation.unit(), conversation.startsAt().atZone(clock.getZone()).toLocalDate())
				: Optional.empty();
	}

	/** Suggests concrete jobs for a booked conversation, typed in by the caller before it. */
	public void suggest(ConversationId id, List<SuggestedJob> suggested) {
		var opened = opening.conversation(id, "conversation-jobs");
		var conversation = opened.conversation();
		if (conversation.status() != Status.BOOKED) {
			throw new dk.jobvej.platform.RuleViolation("status", "contact.status.notBooked");
		}
		jobs.add(conversation, suggested, false, opened.staff().username(), clock.instant());
		audit.record(opened.staff().username(), AuditAction.CHANGE, conversation.citizen(),
				conversation.municipalityCode(), "conversation-jobs", id.toString());
	}

	/** The conversation was called off; the citizen is told. */
	public void cancel(ConversationId id, CancelledBy by, @Nullable String reason, @Nullable Integer version) {
		var opened = opening.conversation(id, "conversation-outcome");
		var conversation = opened.conversation();
		conversation.expectVersion(version);
		conversation.cancel(by, reason, opened.staff().username(), clock.instant());
		conversations.save(conversation);
		jdbc.sql("update contact.slot set conversation = null where conversation = ?").param(id.value()).update();
		audit.record(opened.staff().username(), AuditAction.CHANGE, conversation.citizen(),
				conversation.municipalityCode(), "conversation-outcome", id.toString());
		outbox.enqueue(conversation, NotificationKind.CANCELLED, "cancelled");
	}

	/**
	 * The citizen did not turn up. Without a valid reason the availability track opens with a
	 * consultation letter; answers its id, or null.
	 */
	public @Nullable UUID noShow(ConversationId id, String reason, boolean valid, @Nullable Integer version) {
		var opened = opening.conversation(id, "conversation-outcome");
		var conversation = opened.conversation();
		conversation.expectVersion(version);
		conversation.noShow(reason, valid, opened.staff().username(), clock.instant(), clock.getZone());
		conversations.save(conversation);
		audit.record(opened.staff().username(), AuditAction.CHANGE, conversation.citizen(),
				conversation.municipalityCode(), "conversation-absence", id.toString());
		return valid ? null : availability.open(conversation, opened.citizen().history(), opened.staff()).value();
	}

}
