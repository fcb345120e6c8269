package dk.jobvej.demo;

import java.util.EnumMap;
import java.util.Map;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.Administration;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.TestOrganisation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's Vækst Via Viden is calibrated to seed 002: target 2,000 matches in 2020-2023 with 40 % in
 * Aalborg; after two years 1,344 matches, 51 % in Aalborg; loading twice changes nothing.
 */
@JobvejIntegrationTest
class DemoNetworkTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoNetwork network;

	@Autowired
	Administration administration;

	@Autowired
	dk.jobvej.network.NetworkImport imports;

	@Test
	void vaekstViaVidenHasTheSeedsFigures() {
		var organisation = new TestOrganisation(administration);
		var houses = new EnumMap<House, dk.jobvej.identity.UnitId>(House.class);
		houses.put(House.REKRUTTERINGSENHEDEN, organisation.unit("Rekrutteringsenheden"));
		var units = new DemoUnits(organisation.unit("Afdeling"), houses);

		network.populate(units, 851);
		network.populate(units, 851);

		var networkId = imports.network("Vækst Via Viden 2.0", java.time.LocalDate.of(2020, 1, 1),
				java.time.LocalDate.of(2023, 12, 31), 2000, 851, 40, 5, Map.of());
		var dashboard = ApiClient.at(port).as("ucn", "demo").get("/api/v1/network/networks/" + networkId + "/dashboard");
		assertThat(dashboard.status()).as("%s", dashboard).isEqualTo(200);
		var figures = dashboard.json();
		assertThat(figures.path("matches").asInt()).isEqualTo(1_344);
		assertThat(figures.path("homeMatches").asInt()).isEqualTo(685);
		assertThat(figures.path("homeSharePercent").asInt()).isEqualTo(51);
		assertThat(figures.path("network").path("targetMatches").asInt()).isEqualTo(2_000);
		assertThat(figures.path("network").path("homeSharePercent").asInt()).isEqualTo(40);
		var targets = 0;
		for (var partner : figures.path("byPartner")) {
			targets += partner.path("target").asInt();
		}
		assertThat(targets).isEqualTo(2_000);
		assertThat(figures.path("byMunicipality")).hasSize(11);
		System.out.printf("Demo network: %d matches, %d in Aalborg (%d %%)%n", figures.path("matches").asInt(),
				figures.path("homeMatches").asInt(), figures.path("homeSharePercent").asInt());
	}

}
