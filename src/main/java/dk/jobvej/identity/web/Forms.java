package dk.jobvej.identity.web;

import java.util.Set;

import dk.jobvej.platform.RuleViolation;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** Puts the domain's answers on a form: next to the field they concern, or above the form. */
final class Forms {

	/** The message shown when someone else changed the data after the form was opened. */
	static final String CONFLICT = "identity.form.conflict";

	private Forms() {
	}

	static void reject(BindingResult result, RuleViolation violation, Set<String> fields) {
		if (fields.contains(violation.field())) {
			result.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
		}
		else {
			result.reject(violation.messageKey(), violation.arguments(), null);
		}
	}

	/** Tells that someone else changed the data after the form was opened, with a link to reload. */
	static void conflict(BindingResult result, Model model) {
		result.reject(CONFLICT);
		model.addAttribute("conflict", true);
	}

}
