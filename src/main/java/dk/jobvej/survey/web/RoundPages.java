package dk.jobvej.survey.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.UnitId;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.survey.IsoWeek;
import dk.jobvej.survey.QuestionnaireKind;
import dk.jobvej.survey.RoundId;
import dk.jobvej.survey.internal.SurveyResultsService;
import dk.jobvej.survey.internal.SurveyService;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The leader's pages: plan a round (/brugermaaling/runder/ny) and read its results (/brugermaaling/runder/{id}). */
@Controller
class RoundPages {

	private final SurveyService survey;

	private final SurveyResultsService results;

	private final Organisation organisation;

	private final MessageSource messages;

	RoundPages(SurveyService survey, SurveyResultsService results, Organisation organisation,
			MessageSource messages) {
		this.survey = survey;
		this.results = results;
		this.organisation = organisation;
		this.messages = messages;
	}

	@GetMapping("/brugermaaling/runder/ny")
	String newRound(Model model) {
		var me = organisation.signedIn();
		var units = organisation.units(me.municipalityCode()).stream().map(unit -> unit.id().value()).toList();
		return form(new RoundForm("", QuestionnaireKind.CITIZEN, "", "", units), FormErrors.none("round"), model);
	}

	@PostMapping("/brugermaaling/runder")
	String plan(@RequestParam(name = "name", defaultValue = "") String name,
			@RequestParam(name = "kind", required = false) @Nullable QuestionnaireKind kind,
			@RequestParam(name = "year", defaultValue = "") String year,
			@RequestParam(name = "weeks", defaultValue = "") String weeks,
			@RequestParam(name = "units", required = false) @Nullable List<UUID> units, Model model, Locale locale) {
		var chosen = units == null ? List.<UUID>of() : units;
		var form = new RoundForm(name, kind, year, weeks, chosen);
		try {
			if (kind == null) {
				throw new RuleViolation("kind", "survey.validation.required");
			}
			var id = survey.planRound(kind, name, parseWeeks(year, weeks), chosen.stream().map(UnitId::new).toList());
			return "redirect:/brugermaaling/runder/" + id;
		}
		catch (RuleViolation violation) {
			return form(form, FormErrors.of("round", violation, messages, locale), model);
		}
	}

	@GetMapping("/brugermaaling/runder/{id}")
	String result(@PathVariable UUID id, @RequestParam(name = "enhed", required = false) @Nullable UUID unit,
			Model model) {
		var result = results.resultOfMyMunicipality(new RoundId(id))
			.orElseThrow(() -> new NotFound("survey.round.notFound"));
		var chosen = result.units()
			.stream()
			.filter(group -> group.unit() != null && group.unit().value().equals(unit))
			.findFirst()
			.orElse(result.overall());
		model.addAttribute("view", ResultView.of(result, chosen));
		return "survey/result";
	}

	private String form(RoundForm form, FormErrors errors, Model model) {
		var me = organisation.signedIn();
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("units", organisation.units(me.municipalityCode()));
		model.addAttribute("kinds", QuestionnaireKind.values());
		return "survey/round-new";
	}

	/** "6, 7" in the year: the weeks as the form has them; a week that does not exist names the field. */
	private static List<IsoWeek> parseWeeks(String year, String weeks) {
		int theYear;
		try {
			theYear = Integer.parseInt(year.strip());
		}
		catch (NumberFormatException ex) {
			throw new RuleViolation("year", "survey.validation.required");
		}
		var result = new ArrayList<IsoWeek>();
		for (var part : weeks.split("[,;\\s]+")) {
			if (part.isBlank()) {
				continue;
			}
			try {
				result.add(SurveyRequests.week("weeks", theYear, Integer.valueOf(part)));
			}
			catch (NumberFormatException ex) {
				throw new RuleViolation("weeks", "survey.round.weekNumbers");
			}
		}
		return result;
	}

}
