package dk.jobvej.results.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The errors of one form, in the user's language: one per field, shown next to the field and in
 * the summary at the top, each linking to its field ({@code <prefix>-<field>}).
 */
public final class FormErrors {

	private final String prefix;

	private final Map<String, String> byField = new LinkedHashMap<>();

	private FormErrors(String prefix) {
		this.prefix = prefix;
	}

	static FormErrors none(String prefix) {
		return new FormErrors(prefix);
	}

	static FormErrors of(String prefix, String field, RuleViolation violation, MessageSource messages, Locale locale) {
		var errors = new FormErrors(prefix);
		errors.byField.put(field, messages.getMessage(violation, locale));
		return errors;
	}

	static FormErrors of(String prefix, RuleViolation violation, MessageSource messages, Locale locale) {
		return of(prefix, violation.field(), violation, messages, locale);
	}

	public boolean any() {
		return !byField.isEmpty();
	}

	public boolean has(String field) {
		return byField.containsKey(field);
	}

	public @Nullable String of(String field) {
		return byField.get(field);
	}

	public String id(String field) {
		return prefix + "-" + field;
	}

	/** Every error for the summary: the id of its field and the message. */
	public List<Map.Entry<String, String>> summary() {
		var all = new ArrayList<Map.Entry<String, String>>();
		byField.forEach((field, message) -> all.add(Map.entry(id(field), message)));
		return all;
	}

}
