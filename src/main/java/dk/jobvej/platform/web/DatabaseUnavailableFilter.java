package dk.jobvej.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is out of reach, every request that needs it is answered 503 Service
 * Unavailable with {@code Retry-After} instead of 500: the API with a problem detail, the pages
 * with the "prøv igen" page ({@code templates/error/503.html}). It sits outside the security
 * filters, so it also answers a failure there; failed logins are answered by the security
 * configuration ({@link ProblemResponses#unauthorised} for HTTP Basic). Nothing is half-written:
 * the request's transaction was never committed. The pool reconnects by itself when the database
 * is back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final ProblemResponses problems;

	DatabaseUnavailableFilter(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!DatabaseUnavailable.causedBy(ex) || response.isCommitted()) {
				throw ex;
			}
			// the path holds ids only (never a CPR number); the exception's text is not logged
			log.warn("Database unavailable: {} {} answered 503", request.getMethod(), request.getRequestURI());
			response.resetBuffer();
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				problems.unavailable(request, response);
			}
			else {
				response.setHeader("Retry-After", ProblemResponses.RETRY_AFTER_SECONDS);
				response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
			}
		}
	}

}
