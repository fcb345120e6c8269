package dk.jobvej.contact.internal;

import java.util.UUID;

import dk.jobvej.citizen.CitizenFacts;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.contact.ConversationId;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.StaffMember;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Opens conversations and citizens for the signed-in member of staff: a conversation of another
 * municipality does not exist for them, and the citizen is opened through
 * {@link CitizenRegister#open}, which checks need-to-know access (own unit, primary contact,
 * break-the-glass) and writes the read in the audit trail.
 */
@Component
class Opening {

	private final Conversations conversations;

	private final CitizenRegister citizens;

	private final Organisation organisation;

	Opening(Conversations conversations, CitizenRegister citizens, Organisation organisation) {
		this.conversations = conversations;
		this.citizens = citizens;
		this.organisation = organisation;
	}

	/** The signed-in member of staff, who must work with citizens. */
	StaffMember caller() {
		var me = organisation.signedIn();
		if (!me.worksWithCitizens()) {
			throw new AccessDeniedException("Role without access to citizens");
		}
		return me;
	}

	Opened conversation(ConversationId id, String what) {
		var me = caller();
		var conversation = conversations.findById(id.value())
			.filter(found -> found.municipalityCode() == me.municipalityCode())
			.orElseThrow(() -> new NotFound("contact.conversation.notFound"));
		return new Opened(conversation, citizens.open(conversation.citizen(), what), me);
	}

	CitizenFacts citizen(CitizenId id, String what) {
		return citizens.open(id, what);
	}

	/** Who holds a conversation: the caller, or a caseworker or leader of the caller's municipality. */
	StaffMember caseworker(StaffMember me, @Nullable StaffId requested) {
		if (requested == null || requested.equals(me.id())) {
			return me;
		}
		return organisation.staffMember(requested)
			.flatMap(member -> organisation.staffMember(member.username()))
			.filter(member -> member.municipalityCode() == me.municipalityCode()
					&& (member.has(Role.CASEWORKER) || member.has(Role.TEAM_LEADER)))
			.orElseThrow(() -> new RuleViolation("caseworker", "contact.caseworker.unknown"));
	}

	String nameOf(UUID staff) {
		return organisation.staffMember(new StaffId(staff)).map(StaffMember::name).orElse("");
	}

	/** A conversation, its citizen and the member of staff who opened them. */
	record Opened(Conversation conversation, CitizenFacts citizen, StaffMember staff) {
	}

}
