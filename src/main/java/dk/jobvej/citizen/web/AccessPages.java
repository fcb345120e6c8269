package dk.jobvej.citizen.web;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.internal.BreakTheGlass;
import dk.jobvej.citizen.web.CitizenRequests.RequestAccess;
import dk.jobvej.platform.RuleViolation;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Break-the-glass on the pages: the reason form of the no-access page, and the team leader's
 * list "Adgang uden for enheden" (/borgere/adgang).
 */
@Controller
class AccessPages {

	private final BreakTheGlass breakTheGlass;

	private final NoAccessPage noAccessPage;

	private final MessageSource messages;

	AccessPages(BreakTheGlass breakTheGlass, NoAccessPage noAccessPage, MessageSource messages) {
		this.breakTheGlass = breakTheGlass;
		this.noAccessPage = noAccessPage;
		this.messages = messages;
	}

	@PostMapping("/borgere/{id}/adgang")
	ModelAndView requestAccess(@PathVariable UUID id, @Valid @ModelAttribute("accessForm") RequestAccess form,
			BindingResult binding, Locale locale) {
		var citizen = new CitizenId(id);
		if (binding.hasErrors()) {
			return noAccessPage.render(citizen, form, FormErrors.of("access", binding, messages, locale));
		}
		try {
			breakTheGlass.grant(citizen, Objects.requireNonNull(form.reason()));
			return new ModelAndView("redirect:/borgere/" + id);
		}
		catch (RuleViolation violation) {
			return noAccessPage.render(citizen, form, FormErrors.of("access", violation, messages, locale));
		}
	}

	@GetMapping("/borgere/adgang")
	String grants(Model model) {
		model.addAttribute("grants", breakTheGlass.grantsOnMyUnit());
		return "citizen/grants";
	}

}
