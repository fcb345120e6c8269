package dk.jobvej.contact.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.contact.ConversationId;
import dk.jobvej.contact.ConversationsReassigned;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.StaffId;
import dk.jobvej.platform.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The on-duty arrangement (vagtordning, seed 001: "en særlig vagtordning, som skal håndtere aftalte
 * samtaler, som pga. sygdom m.m. blandt personalet ellers ville være blevet aflyst"): in one action,
 * every conversation an absent caseworker has booked on a day and not yet held goes to the on-duty
 * colleague, and each citizen is told. All or nothing: if the colleague is busy at one of the times,
 * nothing moves and the refusal names the time.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class OnDuty {

	private final Conversations conversations;

	private final Opening opening;

	private final Clashes clashes;

	private final CitizenRegister citizens;

	private final ContactAudit audit;

	private final NotificationOutbox outbox;

	private final Organisation organisation;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	OnDuty(Conversations conversations, Opening opening, Clashes clashes, CitizenRegister citizens, ContactAudit audit,
			NotificationOutbox outbox, Organisation organisation, ApplicationEventPublisher events, JdbcClient jdbc,
			Clock clock) {
		this.conversations = conversations;
		this.opening = opening;
		this.clashes = clashes;
		this.citizens = citizens;
		this.audit = audit;
		this.outbox = outbox;
		this.organisation = organisation;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Moves the absent caseworker's conversations of the day to the on-duty colleague; answers which moved. */
	public List<ConversationId> reassign(StaffId absent, StaffId onDuty, LocalDate day) {
		var me = opening.caller();
		var from = organisation.staffMember(absent)
			.filter(member -> member.municipalityCode() == me.municipalityCode())
			.orElseThrow(() -> new RuleViolation("absent", "contact.caseworker.unknown"));
		var to = opening.caseworker(me, onDuty);
		if (from.id().equals(to.id())) {
			throw new RuleViolation("onDuty", "contact.onDuty.same");
		}
		var zone = clock.getZone();
		var ids = jdbc.sql("""
				select id from contact.conversation
				where caseworker = ? and status = 'BOOKED' and starts_at >= ? and starts_at < ? and ends_at > ?
				order by starts_at""")
			.params(from.id().value(), Timestamp.from(day.atStartOfDay(zone).toInstant()),
					Timestamp.from(day.plusDays(1).atStartOfDay(zone).toInstant()), Timestamp.from(clock.instant()))
			.query(UUID.class)
			.list();
		var moved = new ArrayList<ConversationId>();
		for (var conversation : conversations.findAllById(ids)) {
			citizens.open(conversation.citizen(), "on-duty");
			conversation.reassign(to.id());
			try {
				clashes.check(conversation);
			}
			catch (RuleViolation busy) {
				throw new RuleViolation("onDuty", "contact.onDuty.busy", busy.arguments());
			}
			clashes.saving(conversation, () -> conversations.save(conversation));
			audit.record(me.username(), AuditAction.CHANGE, conversation.citizen(), conversation.municipalityCode(),
					"on-duty", conversation.id().toString());
			outbox.enqueue(conversation, NotificationKind.REASSIGNED, to.id().toString());
			moved.add(conversation.id());
		}
		if (!moved.isEmpty()) {
			events.publishEvent(new ConversationsReassigned(from.id(), to.id(), day, moved, me.municipalityCode()));
		}
		return moved;
	}

}
