package dk.jobvej.matching.web;

import java.util.Map;
import java.util.UUID;

import dk.jobvej.matching.internal.CompanyCandidates;
import dk.jobvej.matching.internal.Consents;
import dk.jobvej.platform.NotFound;
import dk.jobvej.portal.CitizenPortal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Matching's pages behind the other doors: the candidates presented to a company for its own
 * vacancy in the employer portal (anonymised unless the citizen consented), and the citizen's
 * consent on Min side.
 */
@Controller
class PortalPages {

	private final CompanyCandidates companyCandidates;

	private final Consents consents;

	private final CitizenPortal citizenPortal;

	private final java.time.Clock clock;

	PortalPages(CompanyCandidates companyCandidates, Consents consents, CitizenPortal citizenPortal,
			java.time.Clock clock) {
		this.clock = clock;
		this.companyCandidates = companyCandidates;
		this.consents = consents;
		this.citizenPortal = citizenPortal;
	}

	@GetMapping("/virksomhedsportal/stillinger/{id:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}/kandidater")
	String presented(@PathVariable UUID id, Model model) {
		model.addAttribute("vacancyId", id);
		model.addAttribute("view", companyCandidates.forVacancy(id));
		return "matching/portal-candidates";
	}

	@GetMapping("/min-side/kandidatbank")
	String consent(Model model) {
		model.addAttribute("since", consents.givenSince(citizenPortal.signedIn())
			.map(at -> java.time.LocalDate.ofInstant(at, clock.getZone()))
			.orElse(null));
		return "matching/consent";
	}

	@PostMapping("/min-side/kandidatbank")
	String changeConsent(@RequestParam(defaultValue = "") String consent) {
		var citizen = citizenPortal.signedIn();
		if ("ja".equals(consent)) {
			consents.give(citizen);
		}
		else {
			consents.withdraw(citizen);
		}
		return "redirect:/min-side/kandidatbank?gemt";
	}

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(NotFound ex) {
		var page = new ModelAndView("matching/not-found", Map.of("messageKey", ex.messageKey()));
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

}
