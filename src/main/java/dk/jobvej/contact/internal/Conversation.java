package dk.jobvej.contact.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.JournalNoteId;
import dk.jobvej.contact.AbsenceRegistered;
import dk.jobvej.contact.CancelledBy;
import dk.jobvej.contact.Channel;
import dk.jobvej.contact.ConversationBooked;
import dk.jobvej.contact.ConversationCancelled;
import dk.jobvej.contact.ConversationChanged;
import dk.jobvej.contact.ConversationHeld;
import dk.jobvej.contact.ConversationId;
import dk.jobvej.contact.ConversationKind;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A conversation (samtale) between a caseworker and a citizen: booked for a time, place and
 * channel with other participants and an agenda, then held, cancelled or missed (no-show).
 * Changes go through the methods below, which check the rules and record the events; once held,
 * cancelled or missed it no longer changes. Optimistic locking: two people changing the same
 * booking, only the first succeeds.
 */
@Table(schema = "contact", name = "conversation")
class Conversation extends AbstractAggregateRoot<Conversation> implements Persistable<UUID> {

	/** The shortest and longest conversation. */
	static final Duration SHORTEST = Duration.ofMinutes(5);

	static final Duration LONGEST = Duration.ofHours(8);

	@Id
	private final UUID id;

	private final UUID citizen;

	private final int municipalityCode;

	private final UUID unit;

	private UUID caseworker;

	private final ConversationKind kind;

	private Channel channel;

	private Instant startsAt;

	private Instant endsAt;

	private @Nullable String place;

	private @Nullable String agenda;

	private Status status;

	private final boolean planned;

	private final boolean selfBooked;

	private final String bookedBy;

	private final Instant bookedAt;

	private int rebookings;

	private @Nullable UUID slot;

	private @Nullable Instant outcomeAt;

	private @Nullable String outcomeBy;

	private @Nullable String summary;

	private @Nullable UUID journalNote;

	private @Nullable CancelledBy cancelledBy;

	private @Nullable String cancelReason;

	private @Nullable String absenceReason;

	private @Nullable Boolean absenceValid;

	@MappedCollection(idColumn = "conversation", keyColumn = "position")
	private List<Participant> participants;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	Conversation(UUID id, UUID citizen, int municipalityCode, UUID unit, UUID caseworker, ConversationKind kind,
			Channel channel, Instant startsAt, Instant endsAt, @Nullable String place, @Nullable String agenda,
			Status status, boolean planned, boolean selfBooked, String bookedBy, Instant bookedAt, int rebookings,
			@Nullable UUID slot, @Nullable Instant outcomeAt, @Nullable String outcomeBy, @Nullable String summary,
			@Nullable UUID journalNote, @Nullable CancelledBy cancelledBy, @Nullable String cancelReason,
			@Nullable String absenceReason, @Nullable Boolean absenceValid, List<Participant> participants,
			@Nullable Integer version) {
		this.id = id;
		this.citizen = citizen;
		this.municipalityCode = municipalityCode;
		this.unit = unit;
		this.caseworker = caseworker;
		this.kind = kind;
		this.channel = channel;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.place = place;
		this.agenda = agenda;
		this.status = status;
		this.planned = planned;
		this.selfBooked = selfBooked;
		this.bookedBy = bookedBy;
		this.bookedAt = bookedAt;
		this.rebookings = rebookings;
		this.slot = slot;
		this.outcomeAt = outcomeAt;
		this.outcomeBy = outcomeBy;
		this.summary = summary;
		this.journalNote = journalNote;
		this.cancelledBy = cancelledBy;
		this.cancelReason = cancelReason;
		this.absenceReason = absenceReason;
		this.absenceValid = absenceValid;
		this.participants = new ArrayList<>(participants);
		this.version = version;
	}

	/** What a booking asks for. */
	record Booking(CitizenId citizen, int municipalityCode, UnitId unit, StaffId caseworker, ConversationKind kind,
			Channel channel, Instant startsAt, Duration duration, @Nullable String place, @Nullable String agenda,
			List<Participant> participants) {
	}

	/**
	 * Books a conversation in the future (meeting notice), by a member of staff or, from a published
	 * slot, by the citizen ({@code slot} not null).
	 */
	static Conversation book(Booking booking, String bookedBy, @Nullable UUID slot, Instant now) {
		if (!booking.startsAt().isAfter(now)) {
			throw new RuleViolation("startsAt", "contact.startsAt.past");
		}
		checkDuration(booking.duration());
		var conversation = new Conversation(UUID.randomUUID(), booking.citizen().value(), booking.municipalityCode(),
				booking.unit().value(), booking.caseworker().value(), booking.kind(), booking.channel(),
				booking.startsAt(), booking.startsAt().plus(booking.duration()),
				Texts.optional("place", booking.place(), Texts.PLACE),
				Texts.optional("agenda", booking.agenda(), Texts.AGENDA), Status.BOOKED, true, slot != null, bookedBy,
				now, 0, slot, null, null, null, null, null, null, null, null, booking.participants(), null);
		conversation.registerEvent(new ConversationBooked(conversation.id(), booking.citizen(), booking.caseworker(),
				booking.unit(), booking.kind(), booking.channel(), conversation.startsAt, conversation.endsAt,
				slot != null, booking.municipalityCode()));
		return conversation;
	}

	/**
	 * A conversation that was held without a booking (the citizen dropped in, a phone call): recorded
	 * afterwards, not planned.
	 */
	static Conversation unplanned(Booking booking, String recordedBy, Instant now, String summaryText,
			@Nullable JournalNoteId note, int jobsPresented, ZoneId zone) {
		if (booking.startsAt().isAfter(now)) {
			throw new RuleViolation("startsAt", "contact.outcome.notYet");
		}
		checkDuration(booking.duration());
		var conversation = new Conversation(UUID.randomUUID(), booking.citizen().value(), booking.municipalityCode(),
				booking.unit().value(), booking.caseworker().value(), booking.kind(), booking.channel(),
				booking.startsAt(), booking.startsAt().plus(booking.duration()),
				Texts.optional("place", booking.place(), Texts.PLACE), null, Status.HELD, false, false, recordedBy, now,
				0, null, now, recordedBy, Texts.required("summary", summaryText, Texts.SUMMARY),
				note == null ? null : note.value(), null, null, null, null, booking.participants(), null);
		conversation.registerHeld(zone, jobsPresented);
		return conversation;
	}

	/** Changes time, channel, place, agenda and participants of a booked conversation. */
	void change(Instant newStart, Duration duration, Channel newChannel, @Nullable String newPlace,
			@Nullable String newAgenda, List<Participant> newParticipants, Instant now) {
		expectBooked();
		if (!newStart.equals(startsAt) && !newStart.isAfter(now)) {
			throw new RuleViolation("startsAt", "contact.startsAt.past");
		}
		checkDuration(duration);
		startsAt = newStart;
		endsAt = newStart.plus(duration);
		channel = newChannel;
		place = Texts.optional("place", newPlace, Texts.PLACE);
		agenda = Texts.optional("agenda", newAgenda, Texts.AGENDA);
		participants = new ArrayList<>(newParticipants);
		registerChanged(false);
	}

	/** The citizen moves their booking to another published slot. */
	void rebook(UUID newSlot, Instant newStart, Instant newEnd, Channel newChannel, @Nullable String newPlace,
			int maxRebookings) {
		expectBooked();
		if (rebookings >= maxRebookings) {
			throw new RuleViolation("slot", "contact.selfBooking.rebookingLimit", maxRebookings);
		}
		rebookings++;
		slot = newSlot;
		startsAt = newStart;
		endsAt = newEnd;
		channel = newChannel;
		place = newPlace;
		registerChanged(true);
	}

	/** Another caseworker takes the conversation over (on-duty arrangement). */
	void reassign(StaffId onDuty) {
		expectBooked();
		caseworker = onDuty.value();
		registerChanged(false);
	}

	/** The conversation was held: the summary (written to the journal) and how many concrete jobs were presented. */
	void held(String summaryText, @Nullable JournalNoteId note, int jobsPresented, String by, Instant now, ZoneId zone) {
		expectBooked();
		expectStarted(now);
		summary = Texts.required("summary", summaryText, Texts.SUMMARY);
		journalNote = note == null ? null : note.value();
		outcome(Status.HELD, by, now);
		registerHeld(zone, jobsPresented);
	}

	/** The conversation was called off; the reason is optional. */
	void cancel(CancelledBy by, @Nullable String reason, String actor, Instant now) {
		expectBooked();
		cancelledBy = by;
		cancelReason = Texts.optional("reason", reason, Texts.REASON);
		outcome(Status.CANCELLED, actor, now);
		registerEvent(new ConversationCancelled(id(), citizen(), new UnitId(unit), by, startsAt, municipalityCode));
	}

	/** The citizen did not turn up; with or without a valid reason (rimelig grund). */
	void noShow(String reason, boolean valid, String actor, Instant now, ZoneId zone) {
		expectBooked();
		expectStarted(now);
		absenceReason = Texts.required("reason", reason, Texts.REASON);
		absenceValid = valid;
		outcome(Status.NO_SHOW, actor, now);
		registerEvent(new AbsenceRegistered(id(), citizen(), new UnitId(unit), startsAt.atZone(zone).toLocalDate(), valid,
				municipalityCode));
	}

	/** Fails when the caller saw another version than the one stored (someone changed it since). */
	void expectVersion(@Nullable Integer seen) {
		if (seen != null && !seen.equals(version)) {
			throw new OptimisticLockingFailureException("Conversation " + id + " was changed by someone else");
		}
	}

	private void outcome(Status outcome, String by, Instant now) {
		status = outcome;
		outcomeAt = now;
		outcomeBy = by;
	}

	private void registerHeld(ZoneId zone, int jobsPresented) {
		var day = startsAt.atZone(zone).toLocalDate();
		registerEvent(new ConversationHeld(id(), citizen(), new UnitId(unit), new StaffId(caseworker), day,
				day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), channel, kind, planned,
				jobsPresented, municipalityCode));
	}

	private void registerChanged(boolean byCitizen) {
		registerEvent(new ConversationChanged(id(), citizen(), new StaffId(caseworker), channel, startsAt, endsAt,
				byCitizen, municipalityCode));
	}

	private void expectBooked() {
		if (status != Status.BOOKED) {
			throw new RuleViolation("status", "contact.status.notBooked");
		}
	}

	private void expectStarted(Instant now) {
		if (startsAt.isAfter(now)) {
			throw new RuleViolation("status", "contact.outcome.notYet");
		}
	}

	private static void checkDuration(Duration duration) {
		if (duration.compareTo(SHORTEST) < 0 || duration.compareTo(LONGEST) > 0) {
			throw new RuleViolation("durationMinutes", "contact.duration.range", SHORTEST.toMinutes(),
					LONGEST.toMinutes());
		}
	}

	ConversationId id() {
		return new ConversationId(id);
	}

	CitizenId citizen() {
		return new CitizenId(citizen);
	}

	int municipalityCode() {
		return municipalityCode;
	}

	UnitId unit() {
		return new UnitId(unit);
	}

	StaffId caseworker() {
		return new StaffId(caseworker);
	}

	ConversationKind kind() {
		return kind;
	}

	Channel channel() {
		return channel;
	}

	Instant startsAt() {
		return startsAt;
	}

	Instant endsAt() {
		return endsAt;
	}

	Duration duration() {
		return Duration.between(startsAt, endsAt);
	}

	@Nullable String place() {
		return place;
	}

	@Nullable String agenda() {
		return agenda;
	}

	Status status() {
		return status;
	}

	boolean planned() {
		return planned;
	}

	boolean selfBooked() {
		return selfBooked;
	}

	String bookedBy() {
		return bookedBy;
	}

	Instant bookedAt() {
		return bookedAt;
	}

	int rebookings() {
		return rebookings;
	}

	@Nullable UUID slot() {
		return slot;
	}

	@Nullable Instant outcomeAt() {
		return outcomeAt;
	}

	@Nullable String outcomeBy() {
		return outcomeBy;
	}

	@Nullable String summary() {
		return summary;
	}

	@Nullable UUID journalNote() {
		return journalNote;
	}

	@Nullable CancelledBy cancelledBy() {
		return cancelledBy;
	}

	@Nullable String cancelReason() {
		return cancelReason;
	}

	@Nullable String absenceReason() {
		return absenceReason;
	}

	@Nullable Boolean absenceValid() {
		return absenceValid;
	}

	List<Participant> participants() {
		return List.copyOf(participants);
	}

	@Nullable Integer version() {
		return version;
	}

	@Override
	public UUID getId() {
		return id;
	}

	@Override
	public boolean isNew() {
		return version == null;
	}

}
