package dk.jobvej.identity.web;

import java.net.http.HttpHeaders;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.PageClient;

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
		var page = PageClient.at(port).get("/login");

		assertThat(page.status()).isEqualTo(200);
		assertHardened(page.headers());
		assertThat(headerOf(page.headers(), "Content-Security-Policy")).contains("default-src 'self'",
				"script-src 'self'", "frame-ancestors 'none'");
	}

	@Test
	void theApiSendsTheSameHeaders() {
		var response = ApiClient.at(port).get("/api/v1/units");

		assertThat(response.status()).isEqualTo(401);
		assertHardened(response.headers());
	}

	@Test
	void strictTransportSecurityOnlyOverHttps() throws Exception {
		assertThat(PageClient.at(port).get("/login").headers().firstValue("Strict-Transport-Security")).isEmpty();

		var mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

		mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
		mvc.perform(get("/login").secure(false)).andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	private static void assertHardened(HttpHeaders headers) {
		assertThat(headerOf(headers, "X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headerOf(headers, "X-Frame-Options")).isEqualTo("DENY");
		assertThat(headerOf(headers, "Referrer-Policy")).isEqualTo("same-origin");
		assertThat(headerOf(headers, "Cache-Control")).contains("no-store");
	}

	private static String headerOf(HttpHeaders headers, String name) {
		return headers.firstValue(name).orElseThrow(() -> new AssertionError("No header " + name));
	}

}
