package dk.jobvej.occupation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.TestOrganisation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The occupation API over HTTP: search, one occupation with its relations, and bad input named by field in Danish. */
@JobvejIntegrationTest
class OccupationApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	private ApiClient api;

	@BeforeEach
	void signIn() {
		var organisation = new TestOrganisation(administration);
		api = ApiClient.at(port).as(organisation.hire(organisation.unit("Rekrutteringsenheden"), Role.COMPANY_CONSULTANT));
	}

	private static String q(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@Test
	void findsOccupationsByTitle() {
		var found = api.get("/api/v1/occupations?q=" + q("butiksassistenter") + "&limit=3");

		assertThat(found.status()).isEqualTo(200);
		assertThat(found.json().get(0).path("code").path("value").asString()).isEqualTo("5223");
		assertThat(found.json().size()).isLessThanOrEqualTo(3);
	}

	@Test
	void oneOccupationWithRelatedOccupations() {
		var cook = api.get("/api/v1/occupations/5120");

		assertThat(cook.status()).isEqualTo(200);
		assertThat(cook.json().path("danish").asString()).isEqualTo("Kok");
		assertThat(cook.body()).contains("\"3434\"", "Køkkenchef", "LISTED");
	}

	@Test
	void badInputIsNamedByFieldInDanish() {
		var none = api.get("/api/v1/occupations");
		var tooLong = api.get("/api/v1/occupations?q=" + "a".repeat(201));
		var limit = api.get("/api/v1/occupations?q=kok&limit=0");
		var unknown = api.get("/api/v1/occupations/12ab");

		assertThat(none.status()).isEqualTo(400);
		assertThat(none.errorFields()).containsExactly("q");
		assertThat(none.body()).contains("Skriv hvad du søger efter");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.body()).contains("højst være 200 tegn");
		assertThat(limit.errorFields()).containsExactly("limit");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body()).contains("Stillingsbetegnelsen findes ikke");
	}

	@Test
	void hostileTextIsJustText() {
		var sql = api.get("/api/v1/occupations?q=" + q("'; drop table occupation.title; --"));
		var html = api.get("/api/v1/occupations?q=" + q("<script>alert(1)</script> kok"));

		assertThat(sql.status()).isEqualTo(200);
		assertThat(html.status()).isEqualTo(200);
		assertThat(html.body()).doesNotContain("<script>");
		assertThat(api.get("/api/v1/occupations/9333").status()).isEqualTo(200);
	}

}
