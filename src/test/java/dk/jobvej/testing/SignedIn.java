package dk.jobvej.testing;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs code as a signed-in member of staff, for tests that call a module's API directly instead
 * of over HTTP: {@code SignedIn.as(caseworker, () -> register.caseload("test"))}. The module
 * finds the member of staff by username, as it does for a real request.
 */
public final class SignedIn {

	private SignedIn() {
	}

	public static <T> T as(TestOrganisation.Staff staff, Supplier<T> work) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff.username(), null, List.of()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
