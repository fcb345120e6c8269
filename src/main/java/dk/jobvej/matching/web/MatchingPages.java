package dk.jobvej.matching.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.employer.EmployerDirectory;
import dk.jobvej.employer.VacancyId;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.matching.MatchStatus;
import dk.jobvej.matching.Readiness;
import dk.jobvej.matching.Suggestion;
import dk.jobvej.matching.internal.CandidateBank;
import dk.jobvej.matching.internal.MatchPipeline;
import dk.jobvej.matching.internal.Matcher;
import dk.jobvej.matching.web.MatchingRequests.Search;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's matching pages: ranked candidates for a vacancy with the match pipeline
 * (/matchning/stillinger/{id}), the candidate bank (/kandidatbank) and the concrete jobs for a
 * citizen (/borgere/{id}/jobforslag).
 */
@Controller
class MatchingPages {

	private static final String UUID_PATTERN = "{id:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}";

	private final Matcher matcher;

	private final MatchPipeline pipeline;

	private final CandidateBank bank;

	private final EmployerDirectory employers;

	private final Organisation organisation;

	private final Explanations explanations;

	private final MessageSource messages;

	MatchingPages(Matcher matcher, MatchPipeline pipeline, CandidateBank bank, EmployerDirectory employers,
			Organisation organisation, Explanations explanations, MessageSource messages) {
		this.matcher = matcher;
		this.pipeline = pipeline;
		this.bank = bank;
		this.employers = employers;
		this.organisation = organisation;
		this.explanations = explanations;
		this.messages = messages;
	}

	/** A ranked suggestion with its reasons in words. */
	record Explained(Suggestion suggestion, List<String> reasons, @Nullable String title, @Nullable String company) {
	}

	/** A match with its explanation in words. */
	record ExplainedMatch(MatchPipeline.MatchView match, List<String> reasons) {
	}

	@GetMapping("/matchning/stillinger/" + UUID_PATTERN)
	String candidates(@PathVariable UUID id, Model model, Locale locale) {
		var vacancy = employers.vacancy(new VacancyId(id))
			.filter(v -> v.municipalityCode() == organisation.signedIn().municipalityCode())
			.orElseThrow(() -> new NotFound("matching.vacancy.notFound"));
		model.addAttribute("vacancy", vacancy);
		var matches = pipeline.ofVacancy(id);
		model.addAttribute("matches",
				matches.stream().map(m -> new ExplainedMatch(m, explanations.ofStored(m.explanation(), locale))).toList());
		var matched = matches.stream().map(MatchPipeline.MatchView::citizen).toList();
		var suggestions = new ArrayList<Explained>();
		if (vacancy.status().name().equals("OPEN")) {
			for (var suggestion : matcher.candidatesFor(id, 20)) {
				if (!matched.contains(suggestion.citizen().value())) {
					suggestions.add(new Explained(suggestion, explanations.of(suggestion, locale), null, null));
				}
			}
		}
		model.addAttribute("suggestions", suggestions);
		model.addAttribute("consultant", organisation.signedIn().has(Role.COMPANY_CONSULTANT));
		model.addAttribute("statuses", MatchStatus.values());
		return "matching/candidates";
	}

	@PostMapping("/matchning/stillinger/{id}/forslag")
	String propose(@PathVariable UUID id, @RequestParam UUID citizen, RedirectAttributes redirect, Locale locale) {
		try {
			pipeline.propose(id, new CitizenId(citizen));
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("problem", messages.getMessage(violation, locale));
		}
		return "redirect:/matchning/stillinger/" + id;
	}

	@PostMapping("/matchning/match/{id}")
	String move(@PathVariable UUID id, @RequestParam(required = false) @Nullable MatchStatus status,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect, Locale locale) {
		var match = pipeline.view(id);
		try {
			if (status == null) {
				throw new RuleViolation("status", "matching.validation.required");
			}
			pipeline.move(id, status, reason);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("problem", messages.getMessage(violation, locale));
		}
		return "redirect:/matchning/stillinger/" + match.vacancy();
	}

	@GetMapping("/kandidatbank")
	String bank(Model model) {
		model.addAttribute("search", new Search(null, null, null, null, null, null, null));
		model.addAttribute("errors", FormErrors.none("bank"));
		return bankPage(model);
	}

	@PostMapping("/kandidatbank/soeg")
	String search(@Valid @ModelAttribute("search") Search search, BindingResult binding, Model model, Locale locale) {
		if (binding.hasErrors()) {
			model.addAttribute("errors", FormErrors.of("bank", binding, messages, locale));
			return bankPage(model);
		}
		try {
			model.addAttribute("results", bank.search(new CandidateBank.Criteria(search.occupation(), search.text(),
					search.minimumEducation(), search.hoursPerWeek(), search.postcode(), search.maxKm(),
					search.readiness())));
			model.addAttribute("errors", FormErrors.none("bank"));
		}
		catch (RuleViolation violation) {
			model.addAttribute("errors", FormErrors.of("bank", violation, messages, locale));
		}
		return bankPage(model);
	}

	@GetMapping("/borgere/" + UUID_PATTERN + "/jobforslag")
	String jobs(@PathVariable UUID id, Model model, Locale locale) {
		var suggestions = matcher.vacanciesFor(new CitizenId(id), 20);
		model.addAttribute("citizen", id);
		model.addAttribute("suggestions", suggestions.stream().map(s -> {
			var vacancy = employers.vacancy(s.vacancy());
			return new Explained(s, explanations.of(s, locale), vacancy.map(v -> v.title()).orElse(""),
					vacancy.map(v -> v.companyName()).orElse(""));
		}).toList());
		return "matching/jobs";
	}

	private String bankPage(Model model) {
		model.addAttribute("readinesses", Readiness.values());
		if (!model.containsAttribute("results")) {
			model.addAttribute("results", null);
		}
		return "matching/bank";
	}

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(NotFound ex) {
		var page = new ModelAndView("matching/not-found", Map.of("messageKey", ex.messageKey()));
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

}
