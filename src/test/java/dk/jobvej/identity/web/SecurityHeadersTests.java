package dk.jobvej.identity.web;

import java.net.http.HttpResponse;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.support.Api;
import dk.jobvej.identity.support.Browser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/** The headers that keep browsers from sniffing, framing, leaking referrers and downgrading. */
@JobvejIntegrationTest
class SecurityHeadersTests {

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	@Test
	void pagesForbidSniffingFramingForeignScriptsAndReferrersToOtherSites() {
		var page = Browser.at(port).get("/login");

		assertThat(page.statusCode()).isEqualTo(200);
		assertHardened(page);
		assertThat(headerOf(page, "Content-Security-Policy")).contains("default-src 'self'", "script-src 'self'",
				"frame-ancestors 'none'");
	}

	@Test
	void theApiSendsTheSameHeaders() {
		var response = Api.anonymous(port).get("/api/v1/units");

		assertThat(response.status()).isEqualTo(401);
		assertHardened(response.raw());
	}

	@Test
	void strictTransportSecurityOnlyOverHttps() throws Exception {
		assertThat(Browser.at(port).get("/login").headers().firstValue("Strict-Transport-Security")).isEmpty();

		var mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

		mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
		mvc.perform(get("/login").secure(false)).andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	private static void assertHardened(HttpResponse<String> response) {
		assertThat(headerOf(response, "X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headerOf(response, "X-Frame-Options")).isEqualTo("DENY");
		assertThat(headerOf(response, "Referrer-Policy")).isEqualTo("same-origin");
		assertThat(headerOf(response, "Cache-Control")).contains("no-store");
	}

	private static String headerOf(HttpResponse<String> response, String name) {
		return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("No header " + name));
	}

}
