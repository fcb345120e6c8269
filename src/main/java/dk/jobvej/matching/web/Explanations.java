package dk.jobvej.matching.web;

import java.util.List;
import java.util.Locale;

import dk.jobvej.matching.Suggestion;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns a suggestion's reasons (message keys and arguments) into sentences in the user's language. */
@Component
class Explanations {

	private final MessageSource messages;

	Explanations(MessageSource messages) {
		this.messages = messages;
	}

	List<String> of(Suggestion suggestion, Locale locale) {
		return suggestion.reasons()
			.stream()
			.map(reason -> messages.getMessage(reason.key(), reason.arguments().toArray(), locale))
			.toList();
	}

	/** The explanation kept with a match: a line per reason, the key and its arguments separated by tabs. */
	List<String> ofStored(String explanation, Locale locale) {
		return explanation.lines().filter(line -> !line.isBlank()).map(line -> {
			var parts = line.split("\t");
			return messages.getMessage(parts[0], java.util.Arrays.copyOfRange(parts, 1, parts.length), locale);
		}).toList();
	}

}
