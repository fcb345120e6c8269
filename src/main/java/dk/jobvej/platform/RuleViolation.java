package dk.jobvej.platform;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * A domain rule said no. Carries the field it concerns and a message key with arguments, so the
 * web layer can tell the user, in their language, which field is wrong and why: a
 * {@code MessageSource} resolves it as it is, falling back to the key. Thrown before anything is
 * written, or inside a transaction that it rolls back.
 */
public class RuleViolation extends RuntimeException implements MessageSourceResolvable {

	private final String field;

	private final String messageKey;

	private final Object[] arguments;

	public RuleViolation(String field, String messageKey, Object... arguments) {
		super(messageKey + " (" + field + ")");
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return Arrays.copyOf(arguments, arguments.length);
	}

	@Override
	public String[] getCodes() {
		return new String[] { messageKey };
	}

	@Override
	public Object[] getArguments() {
		return arguments();
	}

	/** The key itself, for a message no bundle has. */
	@Override
	public String getDefaultMessage() {
		return messageKey;
	}

}
