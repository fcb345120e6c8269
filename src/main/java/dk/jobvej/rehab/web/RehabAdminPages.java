package dk.jobvej.rehab.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import dk.jobvej.rehab.ExemptionReason;
import dk.jobvej.rehab.internal.FreeMunicipality;
import dk.jobvej.rehab.internal.RuleAdministration;
import dk.jobvej.rehab.web.RehabRequests.ChangeFreeMunicipality;
import dk.jobvej.rehab.web.RehabRequests.ChangeRule;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator's page of the rehabilitation rules (/admin/regler/rehabilitering): every rule
 * with its source and certainty, the unverified ones changeable, and the free-municipality
 * setting with its unit costs. The free-municipality report (/rehabilitering/frikommune) is for
 * leaders and administrators.
 */
@Controller
class RehabAdminPages {

	private final RuleAdministration rules;

	private final FreeMunicipality free;

	private final RehabForms forms;

	RehabAdminPages(RuleAdministration rules, FreeMunicipality free, RehabForms forms) {
		this.rules = rules;
		this.free = free;
		this.forms = forms;
	}

	@GetMapping("/admin/regler/rehabilitering")
	String rules(Model model) {
		rulesModel(null, forms.none("rule"), forms.none("free"), model);
		return "rehab/rules";
	}

	@PostMapping("/admin/regler/rehabilitering/{code}")
	String changeRule(@PathVariable String code, @Valid @ModelAttribute("ruleForm") ChangeRule form,
			BindingResult binding, Model model, Locale locale) {
		var errors = forms.run("rule", binding, locale,
				() -> rules.change(code, form.validFrom(), form.value(), Objects.requireNonNull(form.note())));
		if (!errors.any()) {
			return "redirect:/admin/regler/rehabilitering";
		}
		rulesModel(code, errors, forms.none("free"), model);
		return "rehab/rules";
	}

	@PostMapping("/admin/regler/rehabilitering/frikommune")
	String changeFree(@Valid @ModelAttribute("freeForm") ChangeFreeMunicipality form, BindingResult binding,
			Model model, Locale locale) {
		var errors = forms.run("free", binding, locale,
				() -> free.change(form.from(), form.to(), Objects.requireNonNull(form.meetingUnitCost()),
						Objects.requireNonNull(form.certificateUnitCost()), form.version()));
		if (!errors.any()) {
			return "redirect:/admin/regler/rehabilitering";
		}
		rulesModel(null, forms.none("rule"), errors, model);
		return "rehab/rules";
	}

	private void rulesModel(@Nullable String failedCode, FormErrors ruleErrors, FormErrors freeErrors, Model model) {
		model.addAttribute("rules", rules.rows());
		model.addAttribute("failedCode", failedCode);
		model.addAttribute("ruleErrors", ruleErrors);
		model.addAttribute("freeErrors", freeErrors);
		model.addAttribute("setting", free.mine());
	}

	@GetMapping("/rehabilitering/frikommune")
	String report(@RequestParam(name = "fra", required = false) @DateTimeFormat(
			iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(name = "til", required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Model model, Locale locale) {
		var errors = forms.none("report");
		FreeMunicipality.Report report;
		try {
			report = free.report(from, to);
		}
		catch (dk.jobvej.platform.RuleViolation violation) {
			errors = forms.run("report", new org.springframework.validation.BeanPropertyBindingResult(this, "report"),
					locale, () -> {
						throw violation;
					});
			report = free.report(null, null);
		}
		model.addAttribute("report", report);
		model.addAttribute("setting", free.mine());
		model.addAttribute("reasons", ExemptionReason.values());
		model.addAttribute("errors", errors);
		return "rehab/report";
	}

}
