package dk.jobvej.programme.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a citizen qualifies for a programme, or why not: a code the pages translate
 * ({@code programme.reason.<code>}) and one argument (a number of days, months or years, a
 * benefit or a category). Stored as {@code code=argument} joined by {@code ;}.
 */
public record Reason(String code, String argument) {

	public Reason {
		if (code.contains("=") || code.contains(";") || argument.contains(";")) {
			throw new IllegalArgumentException("A reason may not contain = or ;");
		}
	}

	static Reason of(String code, Object argument) {
		return new Reason(code, String.valueOf(argument));
	}

	static String write(List<Reason> reasons) {
		return String.join(";", reasons.stream().map(reason -> reason.code + "=" + reason.argument).toList());
	}

	static List<Reason> read(String stored) {
		var reasons = new ArrayList<Reason>();
		for (var part : stored.split(";")) {
			if (!part.isEmpty()) {
				var at = part.indexOf('=');
				reasons.add(new Reason(part.substring(0, at), part.substring(at + 1)));
			}
		}
		return reasons;
	}

}
