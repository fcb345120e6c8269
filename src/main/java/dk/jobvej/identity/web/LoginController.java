package dk.jobvej.identity.web;

import java.util.stream.StreamSupport;

import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page, and the start page that sends each role to where its work is. When the
 * municipality's identity provider is configured (an OIDC client registration), the login page
 * also offers to sign in there.
 */
@Controller
class LoginController {

	private final Organisation organisation;

	private final ObjectProvider<ClientRegistrationRepository> oidcClients;

	LoginController(Organisation organisation, ObjectProvider<ClientRegistrationRepository> oidcClients) {
		this.organisation = organisation;
		this.oidcClients = oidcClients;
	}

	@GetMapping("/login")
	String login(Model model) {
		var clients = oidcClients.getIfAvailable();
		if (clients instanceof Iterable<?> registrations) {
			StreamSupport.stream(registrations.spliterator(), false)
				.filter(ClientRegistration.class::isInstance)
				.map(ClientRegistration.class::cast)
				.filter(registration -> AuthorizationGrantType.AUTHORIZATION_CODE
					.equals(registration.getAuthorizationGrantType()))
				.findFirst()
				.ifPresent(registration -> model.addAttribute("oidcLogin", registration.getRegistrationId()));
		}
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
		if (me.has(Role.PARTNER)) {
			return "redirect:/smaajob/bureau";
		}
		if (me.has(Role.NETWORK_PARTNER)) {
			return "redirect:/vaekst-via-viden";
		}
		return "redirect:/revision";
	}

}
