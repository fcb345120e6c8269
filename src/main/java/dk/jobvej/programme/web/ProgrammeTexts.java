package dk.jobvej.programme.web;

import java.util.Locale;

import dk.jobvej.programme.internal.Comparison;
import dk.jobvej.programme.internal.EffectEvaluation;
import dk.jobvej.programme.internal.Reason;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts the pages and the API share: a reason in words, and the plain-language explanation of
 * an effect evaluation (what the numbers mean and what they do not).
 */
@Component
class ProgrammeTexts {

	private final MessageSource messages;

	ProgrammeTexts(MessageSource messages) {
		this.messages = messages;
	}

	String reason(Reason reason, Locale locale) {
		var argument = switch (reason.code()) {
			case "benefit" -> text("citizen.benefitType." + reason.argument(), locale);
			case "category", "categoryNot" -> text("citizen.category." + reason.argument(), locale);
			default -> reason.argument();
		};
		return messages.getMessage("programme.reason." + reason.code(), new Object[] { argument }, reason.code(), locale);
	}

	String explanation(EffectEvaluation evaluation, Locale locale) {
		return String.join(" ", part("hours", evaluation.hours(), locale), part("self", evaluation.selfSufficiency(), locale),
				text("programme.effect.explain.limits", locale));
	}

	private String part(String measure, Comparison c, Locale locale) {
		if (Double.isNaN(c.difference())) {
			return text("programme.effect.explain.tooFew", locale);
		}
		var direction = c.difference() >= 0 ? "more" : "fewer";
		var args = new Object[] { format(Math.abs(c.difference()), locale), format(c.low(), locale),
				format(c.high(), locale), format(100 * c.pValue(), locale), c.participants(), c.controls() };
		var first = messages.getMessage("programme.effect.explain." + measure + "." + direction, args, locale);
		var second = messages.getMessage("programme.effect.explain." + (c.clear() ? "clear" : "unclear"), args, locale);
		return first + " " + second;
	}

	private static String format(double value, Locale locale) {
		return String.format(locale, "%.1f", value);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
