package dk.jobvej.youth.web;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Objects;

import dk.jobvej.platform.RuleViolation;
import dk.jobvej.youth.internal.LeisureJobs;
import dk.jobvej.youth.internal.YouthRuleAdministration;
import dk.jobvej.youth.web.YouthRequests.ChangeRule;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The administrator's page of the youth rules (/admin/regler/unge): every rule with its source and
 * certainty, the unverified ones changeable, and the import of population figures (lines of
 * municipality code, year, 13–17-year-olds and, optionally, those with a leisure job).
 */
@Controller
class YouthAdminPages {

	private final YouthRuleAdministration rules;

	private final LeisureJobs leisure;

	private final YouthForms forms;

	YouthAdminPages(YouthRuleAdministration rules, LeisureJobs leisure, YouthForms forms) {
		this.rules = rules;
		this.leisure = leisure;
		this.forms = forms;
	}

	@GetMapping("/admin/regler/unge")
	String rules(Model model) {
		rulesModel(forms.none("rule"), forms.none("figures"), null, model);
		return "youth/rules";
	}

	@PostMapping("/admin/regler/unge/{code}")
	String changeRule(@PathVariable String code, @Valid @ModelAttribute("ruleForm") ChangeRule form,
			BindingResult binding, Model model, Locale locale) {
		var errors = forms.run("rule", binding, locale,
				() -> rules.change(code, form.validFrom(), form.value(), Objects.requireNonNull(form.note())));
		if (!errors.any()) {
			return "redirect:/admin/regler/unge";
		}
		rulesModel(errors, forms.none("figures"), null, model);
		return "youth/rules";
	}

	/** Population figures as CSV lines: municipality code;year;13–17-year-olds;with a leisure job. */
	record FiguresForm(@NotBlank(message = "{youth.validation.required}") @Size(max = 20000,
			message = "{youth.validation.tooLongSize}") @Nullable String lines) {
	}

	@PostMapping("/admin/regler/unge/befolkningstal")
	String importFigures(@Valid @ModelAttribute("figuresForm") FiguresForm form, BindingResult binding, Model model,
			Locale locale) {
		var errors = forms.run("figures", binding, locale,
				() -> leisure.importFigures(parse(Objects.requireNonNull(form.lines()))));
		if (!errors.any()) {
			return "redirect:/admin/regler/unge";
		}
		rulesModel(forms.none("rule"), errors, form.lines(), model);
		return "youth/rules";
	}

	/** Lines of {@code code;year;population;withLeisureJob} (the last may be empty); a header line is skipped. */
	static java.util.List<LeisureJobs.FigureLine> parse(String text) {
		var lines = new ArrayList<LeisureJobs.FigureLine>();
		var number = 0;
		for (var raw : text.split("\\R")) {
			number++;
			var line = raw.strip();
			if (line.isEmpty() || Character.isLetter(line.charAt(0))) {
				continue;
			}
			var fields = line.split("[;,\\t]", -1);
			try {
				if (fields.length < 3) {
					throw new NumberFormatException();
				}
				lines.add(new LeisureJobs.FigureLine(Integer.parseInt(fields[0].strip()),
						Integer.parseInt(fields[1].strip()), Integer.parseInt(fields[2].strip()),
						fields.length < 4 || fields[3].isBlank() ? null : Integer.parseInt(fields[3].strip())));
			}
			catch (NumberFormatException ex) {
				throw new RuleViolation("lines", "youth.figures.line", number);
			}
		}
		if (lines.isEmpty()) {
			throw new RuleViolation("lines", "youth.validation.required");
		}
		return lines;
	}

	private void rulesModel(FormErrors ruleErrors, FormErrors figuresErrors, @Nullable String lines, Model model) {
		model.addAttribute("rules", rules.rows());
		model.addAttribute("ruleErrors", ruleErrors);
		model.addAttribute("figuresErrors", figuresErrors);
		model.addAttribute("lines", lines);
	}

}
