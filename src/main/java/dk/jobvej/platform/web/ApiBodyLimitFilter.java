package dk.jobvej.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the body of an API request ({@code jobvej.api.max-body-bytes}, 1 MiB by default; the
 * largest legitimate body, a journal note of 4,000 characters, is far smaller). A body announced
 * as larger is refused with 413 before it is read; a chunked body is cut off at the limit, which
 * the JSON reader reports as an unreadable request (400). Form posts of the pages are capped by
 * the servlet container ({@code server.tomcat.max-http-form-post-size}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class ApiBodyLimitFilter extends OncePerRequestFilter {

	private final long limit;

	private final ProblemResponses problems;

	ApiBodyLimitFilter(@Value("${jobvej.api.max-body-bytes:1048576}") long limit, ProblemResponses problems) {
		this.limit = limit;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > limit) {
			problems.tooLarge(request, response);
			return;
		}
		chain.doFilter(new Limited(request, limit), response);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	/** The request with a body that ends in an error once more than the limit has been read. */
	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream body;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (body == null) {
				body = new LimitedStream(super.getInputStream(), limit);
			}
			return body;
		}

	}

	private static final class LimitedStream extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long read;

		LimitedStream(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			var b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			var n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws IOException {
			read += n;
			if (read > limit) {
				throw new IOException("Request body larger than " + limit + " bytes");
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

}
