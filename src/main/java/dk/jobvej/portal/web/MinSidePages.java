package dk.jobvej.portal.web;

import java.util.Comparator;
import java.util.List;

import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.OrganisationalUnit;
import dk.jobvej.identity.StaffMember;
import dk.jobvej.portal.CitizenPortal;
import dk.jobvej.portal.MinSideLink;
import dk.jobvej.portal.internal.PortalProperties;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page of Min side and its front page: who you are, who helps you, what you can do here. */
@Controller
class MinSidePages {

	private final CitizenPortal portal;

	private final CitizenRegister citizens;

	private final Organisation organisation;

	private final List<MinSideLink> links;

	private final boolean testLogin;

	MinSidePages(CitizenPortal portal, CitizenRegister citizens, Organisation organisation, List<MinSideLink> links,
			PortalProperties properties) {
		this.portal = portal;
		this.testLogin = properties.testLogin().enabled();
		this.citizens = citizens;
		this.organisation = organisation;
		this.links = links.stream().sorted(Comparator.comparingInt(MinSideLink::order)).toList();
	}

	@GetMapping("/min-side/login")
	String login(Model model) {
		model.addAttribute("testLogin", testLogin);
		return "portal/login";
	}

	@GetMapping("/min-side")
	String front(Model model) {
		var facts = citizens.ownFacts(portal.signedIn());
		var history = facts.history();
		model.addAttribute("citizen", facts);
		model.addAttribute("unitName", organisation.unit(history.unit()).map(OrganisationalUnit::name).orElse(""));
		model.addAttribute("contactName", history.primaryContact() == null ? null
				: organisation.staffMember(history.primaryContact()).map(StaffMember::name).orElse(null));
		model.addAttribute("links", links);
		return "portal/front";
	}

}
