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
 * without valid credentials, 403 for a role that may not use the endpoint.
 */
@Component
public class ProblemResponses {

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
			response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
			write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorised", "problem.unauthorised.detail");
		};
	}

	/** Answers requests from a role that may not use the endpoint. */
	public AccessDeniedHandler forbidden() {
		return (request, response, exception) -> write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden",
				"problem.forbidden.detail");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String titleKey,
			String detailKey) throws IOException {
		var locale = locales.resolveLocale(request);
		var problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(detailKey, null, locale));
		problem.setTitle(messages.getMessage(titleKey, null, locale));
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(problem));
	}

}
