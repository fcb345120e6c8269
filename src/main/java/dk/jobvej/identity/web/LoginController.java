package dk.jobvej.identity.web;

import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, and the start page that sends each role to where its work is. */
@Controller
class LoginController {

	private final Organisation organisation;

	LoginController(Organisation organisation) {
		this.organisation = organisation;
	}

	@GetMapping("/login")
	String login() {
		return "identity/login";
	}

	@GetMapping("/")
	String start() {
		var me = organisation.signedIn();
		if (me.worksWithCitizens()) {
			return "redirect:/borgere";
		}
		if (me.has(Role.ADMINISTRATOR)) {
			return "redirect:/admin/medarbejdere";
		}
		return "redirect:/revision";
	}

}
