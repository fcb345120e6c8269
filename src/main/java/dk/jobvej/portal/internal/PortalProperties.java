package dk.jobvej.portal.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of Min side ({@code jobvej.portal.*}).
 *
 * @param testLogin sign-in with CPR number and a shared password, for the demo and the tests only:
 * a municipality signs citizens in with MitID through NemLog-in, which Jobvej does not connect to yet
 */
@ConfigurationProperties("jobvej.portal")
public record PortalProperties(@DefaultValue TestLogin testLogin) {

	/**
	 * @param enabled off unless switched on (the demo profile and the tests switch it on)
	 * @param password the one password every citizen uses in the test login
	 */
	public record TestLogin(@DefaultValue("false") boolean enabled, @DefaultValue("") String password) {
	}

}
