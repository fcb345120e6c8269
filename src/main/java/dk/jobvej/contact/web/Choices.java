package dk.jobvej.contact.web;

import java.util.List;

import dk.jobvej.contact.CancelledBy;
import dk.jobvej.contact.Channel;
import dk.jobvej.contact.ConversationKind;
import dk.jobvej.contact.ParticipantRole;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffMember;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The options of the contact forms: kinds, channels, roles of participants, and who may hold a conversation. */
@Component
class Choices {

	private final Organisation organisation;

	Choices(Organisation organisation) {
		this.organisation = organisation;
	}

	void addTo(Model model) {
		model.addAttribute("kinds", ConversationKind.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("roles", ParticipantRole.values());
		model.addAttribute("cancellers", CancelledBy.values());
	}

	/** Caseworkers and leaders of the caller's unit, by name: who can hold a conversation or be on duty. */
	List<StaffMember> colleagues() {
		var me = organisation.signedIn();
		return organisation.staffOf(me.unit())
			.stream()
			.filter(staff -> staff.has(Role.CASEWORKER) || staff.has(Role.TEAM_LEADER))
			.sorted(java.util.Comparator.comparing(StaffMember::name))
			.toList();
	}

}
