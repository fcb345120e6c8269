package dk.jobvej.youth.web;

import java.util.Locale;

import dk.jobvej.platform.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Runs a form's change and turns what went wrong into the form's errors, in the user's language:
 * the field rules (Bean Validation), a rule of the domain (on its field) or a conflicting change by
 * someone else (for the whole form).
 */
@Component
class YouthForms {

	private final MessageSource messages;

	YouthForms(MessageSource messages) {
		this.messages = messages;
	}

	FormErrors none(String prefix) {
		return FormErrors.none(prefix);
	}

	/** The errors of the form after trying the change; none when it went through. */
	FormErrors run(String prefix, BindingResult binding, Locale locale, Runnable change) {
		if (binding.hasErrors()) {
			return FormErrors.of(prefix, binding, messages, locale);
		}
		try {
			change.run();
			return FormErrors.none(prefix);
		}
		catch (RuleViolation violation) {
			return FormErrors.of(prefix, violation, messages, locale);
		}
		catch (OptimisticLockingFailureException conflict) {
			return FormErrors.general(prefix, messages.getMessage("youth.form.conflict", null, locale));
		}
	}

}
