package dk.jobvej.employer.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.employer.FollowUpOutcome;
import dk.jobvej.employer.internal.Commands.FollowUpResult;
import dk.jobvej.employer.internal.PlacementService;
import dk.jobvej.employer.internal.TargetBoard;
import dk.jobvej.employer.web.EmployerRequests.RecordFollowUp;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The follow-up after hiring (efterværn: /opfoelgning), a placement with its citizen, opened
 * through need-to-know (/placeringer/{id}), and the leaders' targets (/virksomheder/maal).
 */
@Controller
class FollowUpPages {

	private final PlacementService placements;

	private final TargetBoard targets;

	private final MessageSource messages;

	private final Clock clock;

	FollowUpPages(PlacementService placements, TargetBoard targets, MessageSource messages, Clock clock) {
		this.placements = placements;
		this.targets = targets;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/opfoelgning")
	String due(Model model) {
		model.addAttribute("due", placements.due());
		return "employer/follow-ups";
	}

	@GetMapping("/placeringer/" + CompanyPages.UUID_PATTERN)
	String placement(@PathVariable UUID id, Model model) {
		model.addAttribute("errors", FormErrors.none("followup"));
		return placementPage(id, model);
	}

	@PostMapping("/opfoelgning/{id}")
	String record(@PathVariable UUID id, @Valid @ModelAttribute("form") RecordFollowUp form, BindingResult binding,
			Model model, Locale locale) {
		if (binding.hasErrors()) {
			model.addAttribute("errors", FormErrors.of("followup", binding, messages, locale));
			return placementPage(id, model);
		}
		try {
			placements.recordFollowUp(id, new FollowUpResult(Objects.requireNonNull(form.position()),
					Objects.requireNonNull(form.outcome()), CompanyApi.orEmpty(form.note())));
			return "redirect:/placeringer/" + id + "?registreret";
		}
		catch (RuleViolation violation) {
			model.addAttribute("errors", FormErrors.of("followup", violation, messages, locale));
			return placementPage(id, model);
		}
	}

	@GetMapping("/virksomheder/maal")
	String targets(@RequestParam(name = "aar", required = false) Integer year, Model model) {
		var shown = year == null || year < 2000 || year > 2100 ? LocalDate.now(clock).getYear() : year;
		model.addAttribute("year", shown);
		model.addAttribute("lines", targets.year(shown));
		return "employer/targets";
	}

	private String placementPage(UUID id, Model model) {
		model.addAttribute("placement", placements.view(id));
		model.addAttribute("outcomes", FollowUpOutcome.values());
		return "employer/placement";
	}

}
