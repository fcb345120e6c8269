package dk.jobvej.identity.internal;

import java.io.Serial;
import java.util.Collection;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A member of staff signed in through OIDC: the identity provider's tokens, but the Jobvej
 * username as name and the Jobvej roles as authorities, so that the rest of Jobvej cannot tell
 * an OIDC login from a password login.
 */
class StaffOidcUser extends DefaultOidcUser {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String username;

	StaffOidcUser(String username, Collection<? extends GrantedAuthority> authorities, OidcUser user) {
		super(authorities, user.getIdToken(), user.getUserInfo());
		this.username = username;
	}

	@Override
	public String getName() {
		return username;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof StaffOidcUser that && username.equals(that.username) && super.equals(other);
	}

	@Override
	public int hashCode() {
		return 31 * super.hashCode() + username.hashCode();
	}

}
