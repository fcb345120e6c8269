package dk.jobvej.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals by the security filters as RFC 9457 problem details, like every other API error: 401
 * without valid credentials, 403 for a role that may not use the endpoint, and 503 with
 * {@code Retry-After} while the database is out of reach (also when it is the credentials that
 * could not be checked).
 */
@Component
public class ProblemResponses {

	/** How long a client should wait before it tries again while the database is out of reach. */
	static final String RETRY_AFTER_SECONDS = "10";

	private static final java.net.URI UNAVAILABLE = java.net.URI.create("https://jobvej.dk/problems/unavailable");

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	ProblemResponses(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	/** Answers requests without valid credentials; asks for HTTP Basic. */
	public AuthenticationEntryPoint unauthorised(String realm) {
		return (request, response, exception) -> {
			if (DatabaseUnavailable.causedBy(exception)) {
				unavailable(request, response);
				return;
			}
			response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
			write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorised", "problem.unauthorised.detail");
		};
	}

	/** Answers requests from a role that may not use the endpoint. */
	public AccessDeniedHandler forbidden() {
		return (request, response, exception) -> write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden",
				"problem.forbidden.detail");
	}

	/** Answers a request that needs the database while it is out of reach: 503, try again later. */
	public void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
		write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable", "problem.unavailable.detail");
	}

	/** Answers a request whose body is larger than the API accepts: 413. */
	public void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, HttpStatus.CONTENT_TOO_LARGE, "problem.tooLarge", "problem.tooLarge.detail");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String titleKey,
			String detailKey) throws IOException {
		var locale = locales.resolveLocale(request);
		var problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(detailKey, null, locale));
		problem.setTitle(messages.getMessage(titleKey, null, locale));
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			problem.setType(UNAVAILABLE);
		}
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(problem));
	}

}
