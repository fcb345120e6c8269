package dk.jobvej.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.identity.Administration;
import dk.jobvej.identity.NewStaffMember;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.network.NetworkImport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Vækst Via Viden 2.0 in the demo, calibrated to seed 002 ("I fællesskab at skabe 2.000 match … 40% i
 * Aalborg"; "2 år inde i samarbejdsperioden er der etableret 1344 match – 2/3-del af målet. 51% i
 * Aalborg"): the network 2020-2023 over the 11 North Jutland municipalities, the partners UCN, AAU,
 * Akademikernes A-kasse and Jobcenter Aalborg (Rekrutteringsenheden, so {@code konsulent} is its staff) with
 * the partner users {@code ucn}, {@code aau} and {@code akasse}, and 1,344 matches in 2020-2021, 685 of them
 * (51 %) with companies in Aalborg. The seeds give no split by partner or kind: the partner targets (450,
 * 650, 450, 450) and the mix of kinds are the demo's assumptions. Deterministic from the seed.
 */
@Component
class DemoNetwork {

	private static final Logger log = LoggerFactory.getLogger(DemoNetwork.class);

	static final int MATCHES = 1344;

	static final int IN_AALBORG = 685;

	/** The other ten municipalities with a weight (roughly their population, thousands). */
	private static final Object[][] OTHERS = { { 813, "Frederikshavn", 59 }, { 860, "Hjørring", 64 },
			{ 810, "Brønderslev", 36 }, { 849, "Jammerbugt", 38 }, { 846, "Mariagerfjord", 42 }, { 840, "Rebild", 30 },
			{ 820, "Vesthimmerland", 37 }, { 787, "Thisted", 43 }, { 773, "Morsø", 20 }, { 825, "Læsø", 2 } };

	/** Kinds of match with weights (per cent). */
	private static final Object[][] KINDS = { { "ORDINARY_JOB", 45 }, { "STUDENT_JOB", 20 }, { "PROJECT", 10 },
			{ "INTERNSHIP", 10 }, { "WAGE_SUBSIDY", 8 }, { "GROWTH_PILOT", 7 } };

	private final NetworkImport network;

	private final DemoSmallJobs units;

	private final Administration administration;

	private final Organisation organisation;

	private final java.time.Clock clock;

	DemoNetwork(NetworkImport network, DemoSmallJobs units, Administration administration, Organisation organisation,
			java.time.Clock clock) {
		this.clock = clock;
		this.network = network;
		this.units = units;
		this.administration = administration;
		this.organisation = organisation;
	}

	void populate(DemoUnits aalborg, long seed) {
		var municipalities = new LinkedHashMap<Integer, String>();
		municipalities.put(Municipalities.AALBORG, "Aalborg");
		for (var other : OTHERS) {
			municipalities.put((Integer) other[0], (String) other[1]);
		}
		var id = network.network("Vækst Via Viden 2.0", LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31), 2000,
				Municipalities.AALBORG, 40, 5, municipalities);
		var ucn = network.partner(id, "UCN", "UCN", "Studerende på erhvervsakademi- og professionsbacheloruddannelser",
				partnerUnit("UCN", "ucn", "Peter Winther"), 1, 450);
		var aau = network.partner(id, "AAU", "Aalborg Universitet", "Bachelor- og kandidatstuderende",
				partnerUnit("AAU", "aau", "Line Dahl"), 2, 650);
		var akasse = network.partner(id, "AKA", "Akademikernes A-kasse", "Dimittender i hele landet",
				partnerUnit("Akademikernes A-kasse", "akasse", "Jens Bruun"), 3, 450);
		var jobcenter = network.partner(id, "JC_AALBORG", "Jobcenter Aalborg", "Dimittender i Aalborg Kommune",
				aalborg.of(House.REKRUTTERINGSENHEDEN), 4, 450);
		if (network.matchCount(id) > 0) {
			log.info("Demo network: Vækst Via Viden has its matches; kept as they are");
			return;
		}
		var random = new Random(seed ^ 0x77L);
		var partners = List.of(ucn, aau, akasse, jobcenter);
		var partnerWeights = new int[] { 450, 650, 450, 450 };
		var matches = new ArrayList<NetworkImport.Match>();
		for (var i = 0; i < MATCHES; i++) {
			var municipality = i < IN_AALBORG ? Municipalities.AALBORG : (Integer) pick(OTHERS, 2, random)[0];
			var partner = partners.get(weighted(partnerWeights, random));
			var kind = (String) pick(KINDS, 1, random)[0];
			matches.add(new NetworkImport.Match(partner, kind, municipality,
					LocalDate.of(2020, 1, 1).plusDays(random.nextInt(731))));
		}
		network.matches(id, matches);
		var fields = new String[] { "Maskinteknik", "Økonomi", "Datalogi", "Markedsføring", "Energiteknik",
				"International virksomhedskommunikation", "Byggeteknik", "Logistik" };
		var levels = new String[][] { { "ACADEMY", "PROFESSIONAL_BACHELOR" }, { "BACHELOR", "MASTER" },
				{ "BACHELOR", "MASTER" }, { "ACADEMY", "PROFESSIONAL_BACHELOR", "BACHELOR", "MASTER" } };
		var stages = new String[] { "STUDENT", "STUDENT", "GRADUATE", "GRADUATE" };
		for (var p = 0; p < partners.size(); p++) {
			for (var c = 0; c < 8; c++) {
				var person = Names.pick(random, random.nextBoolean(), 1996 + random.nextInt(6), false);
				network.candidate(partners.get(p), person.full(), levels[p][random.nextInt(levels[p].length)],
						fields[random.nextInt(fields.length)], stages[p], p == 2 ? 101 + random.nextInt(800)
								: Municipalities.AALBORG);
			}
		}
		var now = clock.instant();
		network.opening(id, aau, "Thy Maskinfabrik ApS", "13748136", 787, "Vil udvikle nye produkter til vindmøller",
				List.of("DEVELOPMENT_TASKS"), "Udviklingsingeniør til nyt produktområde", "GROWTH_PILOT",
				now.minus(java.time.Duration.ofDays(2)));
		network.opening(id, ucn, "Hjørring Digital ApS", "13748136", 860, "Nye markeder i Norge og Sverige",
				List.of("NEW_MARKETS"), "Studentermedhjælper til markedsanalyse", "STUDENT_JOB",
				now.minus(java.time.Duration.ofDays(7)));
		network.opening(id, jobcenter, "Rebild Økologi A/S", "13748136", 840, "Ny webshop og e-handel",
				List.of("NEW_INITIATIVES", "NEW_MARKETS"), "Projekt om e-handel", "PROJECT",
				now.minus(java.time.Duration.ofHours(20)));
		log.info("Demo network: Vækst Via Viden 2.0 with {} matches, {} in Aalborg", MATCHES, IN_AALBORG);
	}

	private UUID partnerUnitId(String name) {
		return units.unit(name).value();
	}

	private dk.jobvej.identity.UnitId partnerUnit(String name, String username, String person) {
		var unit = new dk.jobvej.identity.UnitId(partnerUnitId(name));
		if (organisation.staffMember(username).isEmpty()) {
			administration.hire(new NewStaffMember(username, person, username + "@example.dk", unit,
					Set.of(Role.NETWORK_PARTNER), "demo"));
		}
		return unit;
	}

	private static Object[] pick(Object[][] weighted, int weightAt, Random random) {
		var total = 0;
		for (var row : weighted) {
			total += (Integer) row[weightAt];
		}
		var draw = random.nextInt(total);
		for (var row : weighted) {
			draw -= (Integer) row[weightAt];
			if (draw < 0) {
				return row;
			}
		}
		throw new IllegalStateException();
	}

	private static int weighted(int[] weights, Random random) {
		var total = 0;
		for (var weight : weights) {
			total += weight;
		}
		var draw = random.nextInt(total);
		for (var i = 0; i < weights.length; i++) {
			draw -= weights[i];
			if (draw < 0) {
				return i;
			}
		}
		throw new IllegalStateException();
	}

}
