package dk.jobvej.identity.internal;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Signs in a member of staff whom the municipality's identity provider (OIDC) has
 * authenticated. The claim {@code jobvej.identity.oidc-username-claim} names the Jobvej username;
 * the roles come from Jobvej's staff table, never from the identity provider. Someone who is not
 * an active member of staff in Jobvej is refused with {@link #NOT_STAFF}.
 */
@Component
class StaffOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	/** The OAuth2 error code when the identity provider's user is not active staff in Jobvej. */
	static final String NOT_STAFF = "jobvej_not_staff";

	private final OAuth2UserService<OidcUserRequest, OidcUser> provider;

	private final StaffMembers staff;

	private final IdentityProperties properties;

	@Autowired
	StaffOidcUserService(StaffMembers staff, IdentityProperties properties) {
		this(new OidcUserService(), staff, properties);
	}

	StaffOidcUserService(OAuth2UserService<OidcUserRequest, OidcUser> provider, StaffMembers staff,
			IdentityProperties properties) {
		this.provider = provider;
		this.staff = staff;
		this.properties = properties;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		var user = provider.loadUser(request);
		Object claim = user.getClaims().get(properties.oidcUsernameClaim());
		var username = claim == null ? "" : claim.toString().strip().toLowerCase(Locale.ROOT);
		var member = staff.findByUsername(username)
			.filter(Staff::active)
			.orElseThrow(() -> new OAuth2AuthenticationException(
					new OAuth2Error(NOT_STAFF, "Not an active member of staff in Jobvej", null)));
		var authorities = member.roleSet().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
		return new StaffOidcUser(member.username(), authorities, user);
	}

}
