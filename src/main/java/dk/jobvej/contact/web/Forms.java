package dk.jobvej.contact.web;

import java.util.Locale;

import dk.jobvej.platform.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Runs the change behind a page form unless the form is invalid, and turns a refusal into the
 * form's errors: field errors next to their fields, a conflict (someone changed the data first) as
 * a message for the whole form.
 */
@Component
class Forms {

	private final MessageSource messages;

	Forms(MessageSource messages) {
		this.messages = messages;
	}

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
			return FormErrors.general(prefix, messages.getMessage("problem.conflict.detail", null, locale));
		}
	}

	FormErrors none(String prefix) {
		return FormErrors.none(prefix);
	}

}
