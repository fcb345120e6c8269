package dk.jobvej.survey.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.jobvej.platform.RuleViolation;
import dk.jobvej.survey.internal.CodeTarget;
import dk.jobvej.survey.internal.SurveyService;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public answering page, without signing in: type the code from the slip (/svar) or follow
 * its link (/svar/{code}), answer, and the code is spent. Nothing on these pages asks who you are.
 */
@Controller
class AnswerPages {

	private final SurveyService survey;

	private final MessageSource messages;

	AnswerPages(SurveyService survey, MessageSource messages) {
		this.survey = survey;
		this.messages = messages;
	}

	@GetMapping("/svar")
	String enterCode(Model model) {
		model.addAttribute("code", "");
		model.addAttribute("errors", FormErrors.none("code"));
		return "survey/enter-code";
	}

	@PostMapping("/svar")
	String openCode(@RequestParam(name = "code", defaultValue = "") String code, Model model, Locale locale) {
		var target = survey.questionnaire(code);
		if (target.isEmpty()) {
			model.addAttribute("code", code);
			model.addAttribute("errors", FormErrors.of("code", new RuleViolation("code", "survey.code.unknown"),
					messages, locale));
			return "survey/enter-code";
		}
		return "redirect:/svar/" + code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}

	@GetMapping("/svar/{code}")
	String questionnaire(@PathVariable String code, Model model) {
		var target = survey.questionnaire(code);
		if (target.isEmpty()) {
			return unknownCode(code, model);
		}
		return form(code, target.get(), QuestionnaireView.of(target.get().kind()), FormErrors.none("answer"), model);
	}

	@PostMapping("/svar/{code}")
	String answer(@PathVariable String code, @RequestParam Map<String, String> form,
			@RequestParam(name = "topics", required = false) @Nullable List<String> topics, Model model,
			Locale locale) {
		var target = survey.questionnaire(code);
		if (target.isEmpty()) {
			return unknownCode(code, model);
		}
		var view = QuestionnaireView.of(target.get().kind(), form, topics);
		try {
			survey.answer(code, view.submission(form, topics));
			return "survey/thanks";
		}
		catch (RuleViolation violation) {
			if (violation.field().equals("code")) {
				return unknownCode(code, model);
			}
			return form(code, target.get(), view, FormErrors.of("answer", QuestionnaireView.pageField(violation.field()),
					violation, messages, locale), model);
		}
	}

	private static String form(String code, CodeTarget target, QuestionnaireView view, FormErrors errors, Model model) {
		model.addAttribute("code", code);
		model.addAttribute("target", target);
		model.addAttribute("questionnaire", view);
		model.addAttribute("errors", errors);
		model.addAttribute("action", "/svar/" + code);
		return "survey/answer";
	}

	private String unknownCode(String code, Model model) {
		model.addAttribute("code", code);
		model.addAttribute("errors", FormErrors.none("code"));
		model.addAttribute("unknown", true);
		return "survey/enter-code";
	}

}
