package dk.jobvej.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every API error is an RFC 9457 problem detail. Field errors are listed under {@code errors},
 * each with the field and a message in the caller's language (Danish unless the caller asks
 * for English with Accept-Language). Ordered first, so that it answers before Spring Boot's own
 * problem-details handler (order 0), which does not name the fields.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemDetailsAdvice {

	private static final URI VALIDATION = URI.create("https://jobvej.dk/problems/validation");

	private static final URI RULE = URI.create("https://jobvej.dk/problems/rule-violation");

	private final MessageSource messages;

	ProblemDetailsAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex) {
		var errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> fieldError(error.getField(), messages.getMessage(error, locale())))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, VALIDATION, "problem.validation", errors);
	}

	@ExceptionHandler(RuleViolation.class)
	ProblemDetail ruleViolation(RuleViolation ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, RULE, "problem.rule",
				List.of(fieldError(ex.field(), messages.getMessage(ex, locale()))));
	}

	/**
	 * A body that is not JSON, or a value of the wrong type (a word for a number, an unknown enum
	 * constant): when the JSON parser knows where, the field is named ({@code scores[2]}, {@code measure}).
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		var field = field(ex);
		return problem(HttpStatus.BAD_REQUEST, VALIDATION, "problem.unreadable",
				field.isEmpty() ? List.of() : List.of(fieldError(field, text("problem.field.malformed"))));
	}

	/** The path of the value the JSON parser could not read, such as {@code scores[2]}; empty if unknown. */
	private static String field(Throwable ex) {
		for (var cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof tools.jackson.core.JacksonException json && !json.getPath().isEmpty()) {
				var path = new StringBuilder();
				for (var reference : json.getPath()) {
					if (reference.getPropertyName() != null) {
						path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
					}
					else if (reference.getIndex() >= 0) {
						path.append('[').append(reference.getIndex()).append(']');
					}
				}
				return path.toString();
			}
		}
		return "";
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, VALIDATION, "problem.validation",
				List.of(fieldError(ex.getName(), text("problem.field.malformed"))));
	}

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound(NotFound ex) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, text(ex.messageKey()));
		problem.setTitle(text("problem.notFound"));
		return problem;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail conflict(OptimisticLockingFailureException ex) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text("problem.conflict.detail"));
		problem.setTitle(text("problem.conflict"));
		return problem;
	}

	private ProblemDetail problem(HttpStatus status, URI type, String titleKey, List<Map<String, String>> errors) {
		var problem = ProblemDetail.forStatus(status);
		problem.setType(type);
		problem.setTitle(text(titleKey));
		if (!errors.isEmpty()) {
			problem.setDetail(errors.stream().map(e -> e.get("field") + ": " + e.get("message")).reduce((a, b) -> a + "; " + b).orElseThrow());
			problem.setProperty("errors", errors);
		}
		return problem;
	}

	private static Map<String, String> fieldError(String field, String message) {
		return Map.of("field", field, "message", message);
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
