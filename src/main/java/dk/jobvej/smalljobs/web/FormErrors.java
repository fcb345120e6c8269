package dk.jobvej.smalljobs.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The errors of one form on a page, in the user's language: one message per field, shown next
 * to the field, and all of them in the error summary at the top of the form, each linking to
 * its field. Field ids are the form's prefix and the field name ({@code benefit-from}).
 */
public final class FormErrors {

	private final String prefix;

	private final Map<String, String> byField = new LinkedHashMap<>();

	private final List<String> general = new ArrayList<>();

	private FormErrors(String prefix) {
		this.prefix = prefix;
	}

	static FormErrors none(String prefix) {
		return new FormErrors(prefix);
	}

	static FormErrors of(String prefix, BindingResult result, MessageSource messages, Locale locale) {
		var errors = new FormErrors(prefix);
		for (FieldError error : result.getFieldErrors()) {
			var message = error.isBindingFailure()
					? messages.getMessage("smalljobs.validation.malformed", null, locale)
					: messages.getMessage(error, locale);
			errors.byField.putIfAbsent(error.getField(), message);
		}
		return errors;
	}

	static FormErrors of(String prefix, RuleViolation violation, MessageSource messages, Locale locale) {
		var errors = new FormErrors(prefix);
		errors.byField.put(violation.field(), messages.getMessage(violation, locale));
		return errors;
	}

	/** An error about the whole form, such as a conflicting change. */
	static FormErrors general(String prefix, String message) {
		var errors = new FormErrors(prefix);
		errors.general.add(message);
		return errors;
	}

	public boolean any() {
		return !byField.isEmpty() || !general.isEmpty();
	}

	/** Whether the form failed because someone else changed the data first. */
	public boolean conflict() {
		return !general.isEmpty();
	}

	public boolean has(String field) {
		return byField.containsKey(field);
	}

	public @Nullable String of(String field) {
		return byField.get(field);
	}

	/** The id of the field's input, for labels, links and aria-describedby. */
	public String id(String field) {
		return prefix + "-" + field;
	}

	/** Every error for the summary: the link target (empty for the whole form) and the message. */
	public List<Map.Entry<String, String>> summary() {
		var all = new ArrayList<Map.Entry<String, String>>();
		general.forEach(message -> all.add(Map.entry("", message)));
		byField.forEach((field, message) -> all.add(Map.entry(id(field), message)));
		return all;
	}

}
