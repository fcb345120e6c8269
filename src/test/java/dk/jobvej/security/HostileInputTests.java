package dk.jobvej.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.citizen.Cpr;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.security.AuthorisationMatrix.Rule;
import dk.jobvej.security.HostileInput.Request;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.CprGenerator;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.TestCitizens;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At least {@value #REQUESTS} hostile requests, spread over every write endpoint of the API (found
 * in Spring MVC's handler mappings, so a new endpoint is covered without touching this test; the
 * few that are slow by design get {@value #EXPENSIVE_SHARE} each), each
 * sent by a role the {@link AuthorisationMatrix} allows, so that it reaches the validation and the
 * domain rules. No request may get a 5xx or no answer, and a refused request (4xx) may not leave
 * anything in the database: the test notes the next transaction id before each request and fails
 * if a transaction of a refused request committed. After an accepted request it waits for the
 * event listeners the request set off (and fails if they do not finish), so their transactions are
 * never taken for the next request's.
 *
 * <p>Seeded: the message names the seed; {@code -Djobvej.fuzz.seed=<seed>} repeats a run. The data
 * lives in a municipality of its own.
 */
@JobvejIntegrationTest
class HostileInputTests {

	static final int REQUESTS = 10_000;

	/**
	 * Endpoints that are slow by design and get fewer requests: an accepted password is hashed with
	 * BCrypt (about 70 ms), and the chain verification reads the whole audit trail.
	 */
	private static final Set<String> EXPENSIVE = Set.of("POST /api/v1/staff",
			"POST /api/v1/staff/{id}/password", "POST /api/v1/audit/verification");

	private static final int EXPENSIVE_SHARE = 150;

	/** How long the asynchronous event listeners may take after an accepted request. */
	private static final Duration LISTENERS = Duration.ofSeconds(20);

	private static final Logger log = LoggerFactory.getLogger(HostileInputTests.class);

	private static final List<Role> PREFERRED = List.of(Role.CASEWORKER, Role.TEAM_LEADER, Role.ADMINISTRATOR,
			Role.AUDITOR, Role.COMPANY_CONSULTANT, Role.MENTOR, Role.PARTNER, Role.NETWORK_PARTNER);

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CitizenImport imports;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final long seed = Long.getLong("jobvej.fuzz.seed", System.nanoTime());

	/** When the test began: the listeners of earlier tests are none of its business. */
	private final java.time.Instant started = java.time.Instant.now();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void hostileRequestsToEveryWriteEndpointGetNoServerErrorAndRefusedOnesStoreNothing() {
		var random = new Random(seed);
		var data = data(random);
		var endpoints = writeEndpoints();
		assertThat(endpoints).as("write endpoints of the API").hasSizeGreaterThan(10);
		var hostile = new HostileInput(random);
		var failures = new ArrayList<String>();
		var statuses = new TreeMap<Integer, Integer>();
		var millis = new TreeMap<String, Long>();
		var plan = plan(endpoints);
		var before = nextTransaction();
		for (var i = 0; i < plan.size() && failures.size() < 20; i++) {
			var rule = plan.get(i);
			var caller = data.staff.get(caller(rule));
			var request = hostile.variant(rule.method(), data.path(rule.template()), rule.body().apply(data));
			var start = System.nanoTime();
			var status = send(request, caller);
			millis.merge(rule.endpoint(), (System.nanoTime() - start) / 1_000_000, Long::sum);
			if (status < 400 && !listenersDone()) {
				failures.add("the event listeners did not finish within " + LISTENERS.toSeconds() + " s after "
						+ describe(rule, request));
			}
			if ((i + 1) % 2_000 == 0) {
				log.info("Hostile requests: {} sent, answers {}", i + 1, statuses);
			}
			statuses.merge(status, 1, Integer::sum);
			if (status >= 500 || status < 0) {
				failures.add(status + " for " + describe(rule, request));
			}
			else if (status >= 400) {
				var committed = committedSince(before);
				if (!committed.isEmpty()) {
					failures.add("refused with " + status + " but stored " + committed + ": " + describe(rule, request));
				}
			}
			before = nextTransaction();
		}
		log.info("Hostile requests: milliseconds per endpoint {}", millis);
		assertThat(failures).as("seed %d (repeat with -Djobvej.fuzz.seed=%d); answers: %s", seed, seed, statuses)
			.isEmpty();
		assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(REQUESTS);
		assertThat(millis.keySet()).as("every write endpoint was called").hasSameSizeAs(endpoints);
		assertThat(statuses.keySet()).as("some hostile requests were accepted, most refused: %s", statuses)
			.anyMatch(status -> status < 300)
			.anyMatch(status -> status == 400);
	}

	/**
	 * Waits until no event publication is incomplete. An accepted request's events are handled by
	 * asynchronous listeners (each in a transaction of its own), which must not be counted as the
	 * next request's writes; and a listener that does not complete on an accepted input is a defect.
	 */
	private boolean listenersDone() {
		var deadline = System.nanoTime() + LISTENERS.toNanos();
		while (jdbc.sql("select count(*) from event_publication where completion_date is null and publication_date >= ?")
			.param(java.sql.Timestamp.from(started))
			.query(Long.class)
			.single() > 0) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		return true;
	}

	/**
	 * The endpoints in the order they are called, round after round: {@value #EXPENSIVE_SHARE}
	 * requests to each endpoint that is slow by design, and the rest of the {@value #REQUESTS} evenly
	 * to all others.
	 */
	private static List<Rule> plan(List<Rule> endpoints) {
		var quota = new LinkedHashMap<Rule, Integer>();
		var cheap = endpoints.stream().filter(rule -> !EXPENSIVE.contains(rule.endpoint())).count();
		var share = (int) Math.ceil((REQUESTS - EXPENSIVE_SHARE * (endpoints.size() - cheap)) / (double) cheap);
		endpoints.forEach(rule -> quota.put(rule, EXPENSIVE.contains(rule.endpoint()) ? EXPENSIVE_SHARE : share));
		var plan = new ArrayList<Rule>();
		while (quota.values().stream().anyMatch(left -> left > 0)) {
			quota.replaceAll((rule, left) -> {
				if (left > 0) {
					plan.add(rule);
				}
				return left - 1;
			});
		}
		return plan;
	}

	/**
	 * Tables a scheduled job writes while the requests run (the contact course's notification
	 * dispatcher retries its outbox), so a row there says nothing about the request.
	 */
	private static final List<String> WRITTEN_IN_THE_BACKGROUND = List.of("contact.notification");

	/**
	 * Every POST, PUT, PATCH and DELETE under /api/, each with its rule in the matrix; with
	 * {@code -Djobvej.fuzz.only=/api/v1/rehab/,/api/v1/youth/} only those under the given paths.
	 */
	private List<Rule> writeEndpoints() {
		var only = java.util.Arrays.stream(System.getProperty("jobvej.fuzz.only", " /api/").split(","))
			.map(String::strip)
			.toList();
		var rules = new TreeMap<String, Rule>();
		AuthorisationMatrix.RULES.forEach(rule -> rules.put(rule.endpoint(), rule));
		var endpoints = new ArrayList<Rule>();
		for (var endpoint : MvcEndpoints.of(mappings).keySet()) {
			var method = endpoint.substring(0, endpoint.indexOf(' '));
			if (!endpoint.contains(" /api/") || only.stream().noneMatch(endpoint::contains)
					|| !List.of("POST", "PUT", "PATCH", "DELETE").contains(method)) {
				continue;
			}
			assertThat(rules).as("the authorisation matrix has a rule for %s", endpoint).containsKey(endpoint);
			endpoints.add(rules.get(endpoint));
		}
		return endpoints;
	}

	private static Role caller(Rule rule) {
		return PREFERRED.stream().filter(rule::allows).findFirst().orElseThrow();
	}

	/** A unit of a municipality of its own with one member of staff per role and a citizen. */
	private MatrixData data(Random random) {
		var organisation = new TestOrganisation(administration);
		var municipality = Fresh.municipality();
		var unit = organisation.unit("Fuzzhuset", municipality);
		var staff = new EnumMap<Role, Staff>(Role.class);
		for (var role : Role.values()) {
			staff.put(role, cheapToCheck(organisation.hire(unit, role)));
		}
		var cprs = new CprGenerator(random);
		var caseworker = staff.get(Role.CASEWORKER);
		var familyName = Fresh.name("Fuzz");
		var api = ApiClient.at(port).as(caseworker);
		var citizen = api.post("/api/v1/citizens", Map.of("cpr", cprs.adult(LocalDate.now(clock)).formatted(),
				"givenName", "Frida", "familyName", familyName, "unit", unit.toString(), "primaryContact",
				caseworker.id().toString()));
		assertThat(citizen.status()).as("seed %d: %s", seed, citizen).isEqualTo(201);
		var citizenId = UUID.fromString(citizen.json().path("id").asString());
		var period = api.post("/api/v1/citizens/" + citizenId + "/benefit-periods",
				Map.of("type", "A_DAGPENGE", "from", "2024-01-01"));
		assertThat(period.status()).as("%s", period).isEqualTo(201);
		var data = new MatrixData(unit, staff, organisation.hire(unit, Role.CASEWORKER), citizenId,
				UUID.fromString(period.json().path("id").asString()), familyName, administration, cprs, clock);
		data.contact = new MatrixData.ContactIds(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				UUID.randomUUID());
		data.anyIdWillDo = true;
		data.ids.put("projectName", familyName);
		var young = new TestCitizens(imports).in(caseworker)
			.contact(caseworker)
			.municipality(municipality)
			.cpr(Cpr.parse(cprs.valid(LocalDate.of(2004, 3, 9))))
			.benefit(BenefitType.KONTANTHJAELP, LocalDate.of(2025, 9, 1), null)
			.category(VisitationCategory.UDDANNELSESPARAT, LocalDate.of(2025, 9, 1))
			.make();
		data.modules = ModuleMatrixData.make((as, unused) -> ApiClient.at(port).as(as), staff, unit.value(), citizenId,
				young.value(), cprs, LocalDate.now(clock));
		return data;
	}

	/**
	 * Gives the member of staff a BCrypt hash of cost 4 instead of 10 for the same password: HTTP
	 * Basic checks the password on every request, and ten thousand checks at cost 10 would take
	 * many minutes on two cores.
	 */
	private Staff cheapToCheck(Staff member) {
		jdbc.sql("update identity.staff set password_hash = ? where id = ?")
			.params("{bcrypt}" + new BCryptPasswordEncoder(4).encode(member.password()), member.id().value())
			.update();
		return member;
	}

	/** The status, or -1 when no answer came within 30 s. */
	private int send(Request request, Staff caller) {
		var credentials = Base64.getEncoder()
			.encodeToString((caller.username() + ":" + caller.password()).getBytes(StandardCharsets.UTF_8));
		var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.path()))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Basic " + credentials)
			.header("Accept", "application/json, application/problem+json");
		if (request.contentType() != null) {
			builder.header("Content-Type", request.contentType());
		}
		builder.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofByteArray(request.body()));
		try {
			return http.send(builder.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The next transaction id PostgreSQL will hand out; reading it writes nothing. */
	private long nextTransaction() {
		return jdbc.sql("select pg_snapshot_xmax(pg_current_snapshot())::text::bigint").query(Long.class).single();
	}

	/** The transactions since that committed, with the tables they wrote. */
	private List<String> committedSince(long before) {
		var committed = jdbc.sql("""
				select x from generate_series(?::bigint, pg_snapshot_xmax(pg_current_snapshot())::text::bigint - 1) x
				where pg_xact_status(x::text::xid8) = 'committed'""").param(before).query(Long.class).list();
		var written = new ArrayList<String>();
		for (var transaction : committed) {
			var tables = jdbc.sql("""
					select table_schema || '.' || table_name from information_schema.tables
					where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
					  and table_schema || '.' || table_name not in (:background)""")
				.param("background", WRITTEN_IN_THE_BACKGROUND)
				.query(String.class)
				.list();
			for (var table : tables) {
				var rows = jdbc.sql("select count(*) from " + table + " where xmin::text::bigint = ?")
					.param(transaction % (1L << 32))
					.query(Long.class)
					.single();
				if (rows > 0) {
					written.add(table + " (" + rows + " rows)");
				}
			}
		}
		return written;
	}

	private static String describe(Rule rule, Request request) {
		var body = request.body() == null ? "" : new String(request.body(), StandardCharsets.UTF_8);
		return rule.endpoint() + " as " + request.method() + " " + abbreviate(request.path()) + " ["
				+ request.description() + ", " + request.contentType() + "] " + abbreviate(body);
	}

	private static String abbreviate(String text) {
		return text.length() > 300 ? text.substring(0, 300) + "… (" + text.length() + " characters)" : text;
	}

}
