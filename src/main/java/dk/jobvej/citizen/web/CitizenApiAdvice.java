package dk.jobvej.citizen.web;

import java.net.URI;

import dk.jobvej.citizen.NoAccess;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A citizen outside the caller's unit, asked for through any module's API: 403, and the problem
 * says that a stated reason opens it.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class CitizenApiAdvice {

	private static final URI REASON_REQUIRED = URI.create("https://jobvej.dk/problems/reason-required");

	private final MessageSource messages;

	CitizenApiAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NoAccess.class)
	ProblemDetail noAccess(NoAccess ex) {
		var locale = LocaleContextHolder.getLocale();
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				messages.getMessage("citizen.access.reasonNeeded", null, locale));
		problem.setType(REASON_REQUIRED);
		problem.setTitle(messages.getMessage("citizen.access.denied", null, locale));
		problem.setProperty("access", "/api/v1/citizens/" + ex.citizen() + "/access");
		return problem;
	}

}
