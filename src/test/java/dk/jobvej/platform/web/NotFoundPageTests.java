package dk.jobvej.platform.web;

import java.util.UUID;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.PageClient;
import dk.jobvej.testing.TestOrganisation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page asked for something that does not exist answers 404 with the reason in Danish, also in a
 * module without a "not found" page of its own; it is never an error 500.
 */
@JobvejIntegrationTest
class NotFoundPageTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Test
	void thePlanOfACitizenWhoDoesNotExistIsNotFound() {
		var organisation = new TestOrganisation(administration);
		var browser = PageClient.at(port);
		browser.login(organisation.hire(organisation.unit("Jobhuset"), Role.CASEWORKER));

		var page = browser.get("/borgere/" + UUID.randomUUID() + "/plan");

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).contains("<h1>Findes ikke</h1>", "id=\"not-found\"", "Borgeren findes ikke");
	}

}
