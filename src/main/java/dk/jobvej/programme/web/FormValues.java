package dk.jobvej.programme.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/** Reads a submitted form's fields; a value that cannot be read is a {@link RuleViolation} naming its field. */
final class FormValues {

	private final MultiValueMap<String, String> form;

	FormValues(MultiValueMap<String, String> form) {
		this.form = form;
	}

	@Nullable String text(String field) {
		var value = form.getFirst(field);
		return value == null || value.isBlank() ? null : value.strip();
	}

	String required(String field) {
		var value = text(field);
		if (value == null) {
			throw new RuleViolation(field, "programme.validation.required");
		}
		return value;
	}

	@Nullable LocalDate date(String field) {
		var value = text(field);
		try {
			return value == null ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolation(field, "programme.validation.date");
		}
	}

	LocalDate requiredDate(String field) {
		var value = date(field);
		if (value == null) {
			throw new RuleViolation(field, "programme.validation.required");
		}
		return value;
	}

	@Nullable Long number(String field, long min, long max) {
		var value = text(field);
		if (value == null) {
			return null;
		}
		try {
			var number = Long.parseLong(value.replace(".", "").replace(" ", ""));
			if (number < min || number > max) {
				throw new RuleViolation(field, "programme.validation.range");
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw new RuleViolation(field, "programme.validation.number");
		}
	}

	@Nullable Integer integer(String field, int min, int max) {
		var value = number(field, min, max);
		return value == null ? null : value.intValue();
	}

	boolean checked(String field) {
		return "true".equals(form.getFirst(field)) || "on".equals(form.getFirst(field));
	}

	<E extends Enum<E>> @Nullable E choice(String field, Class<E> type) {
		var value = text(field);
		try {
			return value == null ? null : Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolation(field, "programme.validation.choice");
		}
	}

	<E extends Enum<E>> Set<E> choices(String field, Class<E> type) {
		var set = EnumSet.noneOf(type);
		List<String> values = form.getOrDefault(field, List.of());
		for (var value : values) {
			try {
				set.add(Enum.valueOf(type, value));
			}
			catch (IllegalArgumentException ex) {
				throw new RuleViolation(field, "programme.validation.choice");
			}
		}
		return set;
	}

	@Nullable UUID id(String field) {
		var value = text(field);
		try {
			return value == null ? null : UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolation(field, "programme.validation.choice");
		}
	}

}
