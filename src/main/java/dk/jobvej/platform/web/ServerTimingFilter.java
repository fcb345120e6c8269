package dk.jobvej.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tells how long the server took for a response in a {@code Server-Timing} header
 * ({@code app;dur=12.3}, milliseconds), so a load generator and the browser's developer tools
 * can separate server time from the network. The body is buffered until the time is known.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ServerTimingFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var start = System.nanoTime();
		var buffered = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, buffered);
		}
		finally {
			var millis = (System.nanoTime() - start) / 1_000_000.0;
			buffered.setHeader("Server-Timing", String.format(java.util.Locale.ROOT, "app;dur=%.1f", millis));
			buffered.copyBodyToResponse();
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		var path = request.getRequestURI();
		return path.startsWith("/dkfds/") || path.startsWith("/webjars/") || path.startsWith("/actuator/");
	}

}
