package dk.jobvej.survey.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.survey.RoundId;
import dk.jobvej.survey.internal.SurveyProperties;
import dk.jobvej.survey.internal.SurveyResultsService;
import dk.jobvej.survey.internal.SurveyService;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The staff's survey page (/brugermaaling): print a batch of codes for your unit and a week of a
 * round, and type in paper questionnaires. Leaders also see the rounds with their results.
 */
@Controller
class SurveyPages {

	private final SurveyService survey;

	private final SurveyResultsService results;

	private final Organisation organisation;

	private final MessageSource messages;

	private final SurveyProperties properties;

	SurveyPages(SurveyService survey, SurveyResultsService results, Organisation organisation,
			MessageSource messages, SurveyProperties properties) {
		this.survey = survey;
		this.results = results;
		this.organisation = organisation;
		this.messages = messages;
		this.properties = properties;
	}

	@GetMapping("/brugermaaling")
	String start(Model model) {
		return start(FormErrors.none("codes"), model);
	}

	/** Prints codes; {@code roundWeek} is the round's id and the week, as the page's choice sends them ({@code <id>|2026-W06}). */
	@PostMapping("/brugermaaling/koder")
	String codes(@RequestParam(name = "roundWeek", defaultValue = "") String roundWeek,
			@RequestParam(name = "count", defaultValue = "") String count, Model model, Locale locale) {
		try {
			var parts = roundWeek.split("\\|");
			if (parts.length != 2) {
				throw new RuleViolation("week", "survey.validation.required");
			}
			UUID round;
			try {
				round = UUID.fromString(parts[0]);
			}
			catch (IllegalArgumentException ex) {
				throw new RuleViolation("week", "survey.validation.required");
			}
			var batch = survey.issueBatch(new RoundId(round), parseWeek(parts[1]), parseCount(count));
			model.addAttribute("batch", batch);
			model.addAttribute("baseUrl", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
			return "survey/codes";
		}
		catch (RuleViolation violation) {
			return start(FormErrors.of("codes", violation, messages, locale), model);
		}
	}

	@GetMapping("/brugermaaling/papir")
	String paper(@RequestParam(name = "kode", required = false) @Nullable String code,
			@RequestParam(name = "gemt", required = false) @Nullable String saved, Model model, Locale locale) {
		model.addAttribute("saved", saved != null);
		if (code == null || code.isBlank()) {
			model.addAttribute("code", "");
			model.addAttribute("errors", FormErrors.none("paper"));
			return "survey/paper";
		}
		var target = survey.questionnaire(code);
		if (target.isEmpty()) {
			model.addAttribute("code", code);
			model.addAttribute("errors",
					FormErrors.of("paper", new RuleViolation("code", "survey.code.unknown"), messages, locale));
			return "survey/paper";
		}
		model.addAttribute("code", code);
		model.addAttribute("target", target.get());
		model.addAttribute("questionnaire", QuestionnaireView.of(target.get().kind()));
		model.addAttribute("errors", FormErrors.none("answer"));
		model.addAttribute("action", "/brugermaaling/papir");
		return "survey/answer";
	}

	@PostMapping("/brugermaaling/papir")
	String enterPaper(@RequestParam Map<String, String> form,
			@RequestParam(name = "topics", required = false) @Nullable List<String> topics, Model model,
			Locale locale) {
		var code = form.getOrDefault("code", "");
		var target = survey.questionnaire(code);
		if (target.isEmpty()) {
			model.addAttribute("saved", false);
			model.addAttribute("code", code);
			model.addAttribute("errors",
					FormErrors.of("paper", new RuleViolation("code", "survey.code.unknown"), messages, locale));
			return "survey/paper";
		}
		var view = QuestionnaireView.of(target.get().kind(), form, topics);
		try {
			survey.enterPaperAnswer(code, view.submission(form, topics));
			return "redirect:/brugermaaling/papir?gemt";
		}
		catch (RuleViolation violation) {
			model.addAttribute("code", code);
			model.addAttribute("target", target.get());
			model.addAttribute("questionnaire", view);
			model.addAttribute("errors", FormErrors.of("answer", QuestionnaireView.pageField(violation.field()),
					violation, messages, locale));
			model.addAttribute("action", "/brugermaaling/papir");
			return "survey/answer";
		}
	}

	private String start(FormErrors errors, Model model) {
		var me = organisation.signedIn();
		model.addAttribute("open", survey.openRoundsOfMyUnit());
		model.addAttribute("unitName", organisation.unit(me.unit()).map(u -> u.name()).orElse(""));
		model.addAttribute("errors", errors);
		var leader = me.has(Role.TEAM_LEADER);
		model.addAttribute("leader", leader);
		model.addAttribute("rounds", leader ? results.roundsOfMyMunicipality() : List.of());
		return "survey/start";
	}

	/** "2026-W06" as the page's week choice sends it. */
	private static dk.jobvej.survey.IsoWeek parseWeek(String week) {
		var parts = week.split("-W");
		try {
			return SurveyRequests.week("week", parts.length == 2 ? Integer.valueOf(parts[0]) : null,
					parts.length == 2 ? Integer.valueOf(parts[1]) : null);
		}
		catch (NumberFormatException ex) {
			throw new RuleViolation("week", "survey.validation.required");
		}
	}

	private int parseCount(String count) {
		try {
			return Integer.parseInt(count.strip());
		}
		catch (NumberFormatException ex) {
			throw new RuleViolation("count", "survey.codes.count", properties.maxBatch());
		}
	}

}
