package dk.jobvej.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.contact.ConversationImport;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.security.AuthorisationMatrix.Rule;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.ContactFixtures;
import dk.jobvej.identity.UnitId;
import dk.jobvej.testing.CprGenerator;
import dk.jobvej.testing.PageClient;
import dk.jobvej.testing.TestCitizens;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role against every endpoint, over real HTTP, with the rules of {@link AuthorisationMatrix}.
 *
 * <ul>
 * <li>API (HTTP Basic): an allowed role gets past the authorisation to the test's real unit, staff
 * * and citizen (2xx, or 400/409/422 about its data); every other role gets 403 as a problem detail,
 * before its request body is read; without credentials 401, also a problem detail.</li>
 * <li>Pages (a session per role, signed in once through the login form): an allowed role gets the
 * page (200) or a redirect that is not to the login page; every other role gets 403, for a form post
 * too, with a CSRF token proved valid at sign-in; without signing in a GET is sent to the login
 * page. A mapping only for htmx is called as htmx; a page with both mappings is called both ways.</li>
 * <li>Completeness: an endpoint Spring MVC serves under {@code /api}, {@code /borgere},
 * {@code /admin}, {@code /revision}, {@code /min-side}, {@code /samtaler}, {@code /opgaver} or
 * {@code /raadighed} without a rule, or a rule without an endpoint, fails.</li>
 * </ul>
 */
@JobvejIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	Clock clock;

	@Autowired
	dk.jobvej.citizen.CitizenImport imports;

	@Autowired
	ConversationImport conversationImport;

	@Autowired
	dk.jobvej.matching.CandidateIndex candidates;

	@Autowired
	dk.jobvej.smalljobs.SmallJobsImport smallJobs;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final long seed = System.nanoTime();

	private final Map<Role, PageClient> sessions = new EnumMap<>(Role.class);

	private final ExecutorService calls = Executors.newFixedThreadPool(3);

	private ApiClient api;

	private MatrixData data;

	@BeforeAll
	void makeTheDataAndSignEveryRoleIn() throws InterruptedException {
		api = ApiClient.at(port);
		var organisation = new TestOrganisation(administration);
		var unit = organisation.unit("Matrixhuset");
		var staff = new EnumMap<Role, Staff>(Role.class);
		for (var role : Role.values()) {
			staff.put(role, organisation.hire(unit, role));
		}
		var random = new Random(seed);
		var cprs = new CprGenerator(random);
		var familyName = "Matrix" + random.ints(8, 'a', 'z' + 1)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
		var caseworker = staff.get(Role.CASEWORKER);
		var citizen = call(caseworker, "POST", "/api/v1/citizens",
				Map.of("cpr", cprs.adult(LocalDate.now(clock)).formatted(), "givenName", "Mette", "familyName",
						familyName, "unit", unit.toString(), "primaryContact", caseworker.id().toString()));
		assertThat(citizen.status()).as("seed %d: %s", seed, citizen).isEqualTo(201);
		var citizenId = UUID.fromString(citizen.json().path("id").asString());
		var period = call(caseworker, "POST", "/api/v1/citizens/" + citizenId + "/benefit-periods",
				Map.of("type", "A_DAGPENGE", "from", "2024-01-01"));
		assertThat(period.status()).as("seed %d: %s", seed, period).isEqualTo(201);
		data = new MatrixData(unit, staff, organisation.hire(unit, Role.CASEWORKER), citizenId,
				UUID.fromString(period.json().path("id").asString()), familyName, administration, cprs, clock);
		data.contact = contactData(caseworker, citizenId);
		planData(citizenId);
		var round = call(staff.get(Role.TEAM_LEADER), "POST", "/api/v1/survey/rounds",
				Map.of("kind", "CITIZEN", "name", "Matrixmåling " + familyName, "weeks",
						java.util.List.of(Map.of("year", data.surveyYear(), "week", 10)), "units",
						java.util.List.of(unit.toString())));
		assertThat(round.status()).as("seed %d: %s", seed, round).isEqualTo(201);
		data.idsByPath.put("/api/v1/survey/rounds/", round.json().path("id").asString());
		data.idsByPath.put("/brugermaaling/runder/", round.json().path("id").asString());
		var administrator = staff.get(Role.ADMINISTRATOR);
		var kpi = call(administrator, "POST", "/api/v1/results/kpis", data.kpi());
		assertThat(kpi.status()).as("seed %d: %s", seed, kpi).isEqualTo(201);
		data.idsByPath.put("/api/v1/results/kpis/", kpi.json().path("id").asString());
		data.idsByPath.put("/resultater/maal/", kpi.json().path("id").asString());
		var report = call(staff.get(Role.TEAM_LEADER), "POST", "/api/v1/results/reports", Map.of());
		assertThat(report.status()).as("seed %d: %s", seed, report).isEqualTo(202);
		var reportId = report.json().path("id").asString();
		data.idsByPath.put("/api/v1/results/reports/", reportId);
		data.idsByPath.put("/resultater/rapport/", reportId);
		programmeData(administrator, caseworker, cprs, familyName, unit);
		for (var tries = 0; tries < 600
				&& !call(administrator, "GET", "/api/v1/results/reports/" + reportId, Map.of()).json().path("done").asBoolean(); tries++) {
			Thread.sleep(200);
		}
		var young = new TestCitizens(imports).in(caseworker)
			.contact(caseworker)
			.cpr(dk.jobvej.citizen.Cpr.parse(cprs.valid(LocalDate.of(2004, 3, 9))))
			.benefit(dk.jobvej.citizen.BenefitType.KONTANTHJAELP, LocalDate.of(2025, 9, 1), null)
			.category(dk.jobvej.citizen.VisitationCategory.UDDANNELSESPARAT, LocalDate.of(2025, 9, 1))
			.make();
		data.modules = ModuleMatrixData.make((as, unused) -> api.as(as), staff, unit.value(), citizenId,
				young.value(), cprs, LocalDate.now(clock));
		var consultant = staff.get(Role.COMPANY_CONSULTANT);
		var company = call(consultant, "POST", "/api/v1/companies", data.newCompany());
		assertThat(company.status()).as("seed %d: %s", seed, company).isEqualTo(201);
		data.company = UUID.fromString(company.json().path("id").asString());
		var vacancy = call(consultant, "POST", "/api/v1/companies/" + data.company + "/vacancies", data.vacancy());
		assertThat(vacancy.status()).as("seed %d: %s", seed, vacancy).isEqualTo(201);
		data.vacancy = UUID.fromString(vacancy.json().path("id").asString());
		var placement = call(consultant, "POST", "/api/v1/placements", data.placement());
		assertThat(placement.status()).as("seed %d: %s", seed, placement).isEqualTo(201);
		data.placement = UUID.fromString(placement.json().path("id").asString());
		var closable = call(consultant, "POST", "/api/v1/companies/" + data.company + "/vacancies", data.vacancy());
		data.closable = UUID.fromString(closable.json().path("id").asString());
		candidates.put(new dk.jobvej.matching.CandidateProfile(new dk.jobvej.citizen.CitizenId(citizenId), 851,
				java.util.List.of(new dk.jobvej.occupation.OccupationCode("9333")), java.util.List.of(),
				java.util.List.of("truck"), 2, java.util.List.of(), 37, 30, "9000", dk.jobvej.matching.Readiness.JOB_READY,
				clock.instant()));
		var match = call(consultant, "POST", "/api/v1/matching/matches", data.propose());
		assertThat(match.status()).as("seed %d: %s", seed, match).isEqualTo(201);
		data.match = UUID.fromString(match.json().path("id").asString());
		smallJobsAndNetwork(organisation, unit, caseworker, cprs);
		for (var role : Role.values()) {
			sessions.put(role, signIn(role));
		}
	}

	/**
	 * A programme of the matrix's own, selected and drawn: its target group is everyone in Aalborg on
	 * a-dagpenge today, among them the matrix's citizen and a second citizen made here.
	 */
	private void programmeData(Staff administrator, Staff caseworker, CprGenerator cprs, String familyName, UnitId unit) {
		var second = call(caseworker, "POST", "/api/v1/citizens", Map.of("cpr", cprs.adult(LocalDate.now(clock)).formatted(),
				"givenName", "Mads", "familyName", familyName, "unit", unit.toString(), "primaryContact",
				caseworker.id().toString()));
		assertThat(second.status()).as("seed %d: %s", seed, second).isEqualTo(201);
		var period = call(caseworker, "POST", "/api/v1/citizens/" + second.json().path("id").asString() + "/benefit-periods",
				Map.of("type", "A_DAGPENGE", "from", "2024-01-01"));
		assertThat(period.status()).as("seed %d: %s", seed, period).isEqualTo(201);
		var programme = call(administrator, "POST", "/api/v1/programmes", data.programme());
		assertThat(programme.status()).as("seed %d: %s", seed, programme).isEqualTo(201);
		var id = programme.json().path("id").asString();
		var selected = call(administrator, "POST", "/api/v1/programmes/" + id + "/selection", Map.of());
		assertThat(selected.status()).as("seed %d: %s", seed, selected).isEqualTo(201);
		var drawn = call(administrator, "POST", "/api/v1/programmes/" + id + "/randomisation", data.draw());
		assertThat(drawn.status()).as("seed %d: %s", seed, drawn).isEqualTo(201);
		data.idsByPath.put("/api/v1/programmes/", id);
		data.idsByPath.put("/programmer/", id);
	}

	/**
	 * The small-jobs bureau of the matrix unit (its PARTNER) with a confirmed task and an activity-ready
	 * citizen in a small job since nine weeks, with weekly hours and last month's invoice; and a network whose
	 * first partner is the matrix unit (its NETWORK_PARTNER and COMPANY_CONSULTANT), with an opening and a
	 * candidate.
	 */
	private void smallJobsAndNetwork(TestOrganisation organisation, dk.jobvej.identity.UnitId unit, Staff caseworker,
			CprGenerator cprs) {
		var today = LocalDate.now(clock);
		var admin = data.staff.get(Role.ADMINISTRATOR);
		var bureau = call(admin, "POST", "/api/v1/small-jobs/bureaus", data.newBureau());
		assertThat(bureau.status()).as("seed %d: %s", seed, bureau).isEqualTo(201);
		data.bureau = UUID.fromString(bureau.json().path("id").asString());
		var citizen = call(caseworker, "POST", "/api/v1/citizens",
				Map.of("cpr", cprs.adult(today).formatted(), "givenName", "Sofie", "familyName", data.familyName, "unit",
						unit.toString(), "primaryContact", caseworker.id().toString()));
		assertThat(citizen.status()).as("seed %d: %s", seed, citizen).isEqualTo(201);
		data.smallJobsCitizen = UUID.fromString(citizen.json().path("id").asString());
		var benefit = call(caseworker, "POST", "/api/v1/citizens/" + data.smallJobsCitizen + "/benefit-periods",
				Map.of("type", "KONTANTHJAELP", "from", "2024-01-01"));
		assertThat(benefit.status()).as("seed %d: %s", seed, benefit).isEqualTo(201);
		var visitation = call(caseworker, "POST", "/api/v1/citizens/" + data.smallJobsCitizen + "/visitation",
				Map.of("category", "AKTIVITETSPARAT", "reason", "Skal modnes"));
		assertThat(visitation.status()).as("seed %d: %s", seed, visitation).isIn(200, 201, 204);
		data.task = smallJobs.task(data.bureau, new dk.jobvej.smalljobs.SmallJobsImport.Task("Matrix Lager ApS",
				"13748136", null, "Lise Lager", "lise@example.dk", "98123456", "Oprydning på lager", "Sortering af varer",
				"Hobrovej 1", "9000", "Aalborg", today.minusDays(70), 8, "HANDEL_LAGER"));
		var firstMonday = today.minusDays(63).with(java.time.DayOfWeek.MONDAY);
		var hours = new java.util.TreeMap<LocalDate, java.math.BigDecimal>();
		for (var monday = firstMonday; monday.isBefore(today.minusDays(6)); monday = monday.plusWeeks(1)) {
			hours.put(monday, java.math.BigDecimal.valueOf(8));
		}
		data.referral = smallJobs.course(data.bureau, new dk.jobvej.smalljobs.SmallJobsImport.Course(
				new dk.jobvej.citizen.CitizenId(data.smallJobsCitizen), "Sofie " + data.familyName, caseworker.username(),
				today.minusDays(75), today.minusDays(74), today.minusDays(64),
				new dk.jobvej.smalljobs.SmallJobsImport.Job(data.task, data.staff.get(Role.PARTNER).username(), 8,
						firstMonday, null, null, hours),
				null, 851));
		var partner = data.staff.get(Role.PARTNER);
		var referral = call(partner, "GET", "/api/v1/small-jobs/referrals/" + data.referral, Map.of());
		assertThat(referral.status()).as("seed %d: %s", seed, referral).isEqualTo(200);
		data.employment = UUID.fromString(referral.json().path("employments").path(0).path("employment").path("id").asString());
		var invoices = call(partner, "POST", "/api/v1/small-jobs/invoices", data.invoiceMonth());
		assertThat(invoices.status()).as("seed %d: %s", seed, invoices).isEqualTo(200);
		data.invoice = UUID.fromString(invoices.json().path(0).path("id").asString());

		var network = call(admin, "POST", "/api/v1/network/networks", data.newNetwork());
		assertThat(network.status()).as("seed %d: %s", seed, network).isEqualTo(201);
		data.network = UUID.fromString(network.json().path("id").asString());
		var first = call(admin, "POST", "/api/v1/network/networks/" + data.network + "/partners",
				Map.of("code", "MATRIX", "name", "Matrixpartner", "pool", "Kandidater", "unit", unit.toString(),
						"relayOrder", 1, "targetMatches", 500));
		assertThat(first.status()).as("seed %d: %s", seed, first).isEqualTo(201);
		var second = call(admin, "POST", "/api/v1/network/networks/" + data.network + "/partners",
				Map.of("code", "OTHER", "name", "Anden partner", "pool", "Studerende", "unit",
						organisation.unit("Matrixpartner").toString(), "relayOrder", 2, "targetMatches", 500));
		assertThat(second.status()).as("seed %d: %s", seed, second).isEqualTo(201);
		var networkPartner = data.staff.get(Role.NETWORK_PARTNER);
		var opening = call(networkPartner, "POST", "/api/v1/network/networks/" + data.network + "/openings", data.opening());
		assertThat(opening.status()).as("seed %d: %s", seed, opening).isEqualTo(201);
		data.opening = UUID.fromString(opening.json().path("id").asString());
		var candidate = call(networkPartner, "POST", "/api/v1/network/networks/" + data.network + "/candidates",
				data.networkCandidate());
		assertThat(candidate.status()).as("seed %d: %s", seed, candidate).isEqualTo(201);
		data.candidate = UUID.fromString(candidate.json().path("id").asString());
	}

	/** A project of the matrix's own, an offer, a decision and a sub-goal of the citizen. */
	private void planData(UUID citizen) {
		var caseworker = data.staff.get(Role.CASEWORKER);
		var projectName = "Matrixprojekt " + UUID.randomUUID();
		var project = call(data.staff.get(Role.ADMINISTRATOR), "POST", "/api/v1/catalogue/projects",
				Map.of("name", projectName, "heading", "Matrix", "providerKind", "INTERNAL_PROJECT", "providerName",
						"RessourceCenter Aalborg", "offerType", "OPKVALIFICERING", "places", 5, "source", "Matrix"));
		assertThat(project.status()).as("seed %d: %s", seed, project).isEqualTo(201);
		var offer = call(caseworker, "POST", "/api/v1/citizens/" + citizen + "/offers", data.offer());
		assertThat(offer.status()).as("seed %d: %s", seed, offer).isEqualTo(201);
		var refusal = call(caseworker, "POST", "/api/v1/citizens/" + citizen + "/offers/refusals", data.refusal());
		assertThat(refusal.status()).as("seed %d: %s", seed, refusal).isEqualTo(201);
		var decisions = call(caseworker, "GET", "/api/v1/citizens/" + citizen + "/decisions", Map.of());
		var goal = call(caseworker, "POST", "/api/v1/citizens/" + citizen + "/plan/sub-goals", data.subGoal());
		assertThat(goal.status()).as("seed %d: %s", seed, goal).isEqualTo(201);
		data.ids.put("project", project.json().path("id").asString());
		data.ids.put("projectName", projectName);
		data.ids.put("offer", offer.json().path("id").asString());
		data.ids.put("decision", decisions.json().get(0).path("id").asString());
		data.ids.put("goal", goal.json().path("id").asString());
	}

	@AfterAll
	void stopSending() {
		calls.shutdownNow();
	}

	/**
	 * The contact course's data: a conversation booked for tomorrow, an availability case (a missed
	 * conversation imported in the past, a no-show without a valid reason, answered and decided), a
	 * published slot and an absence.
	 */
	private MatrixData.ContactIds contactData(Staff caseworker, UUID citizen) {
		var tomorrow = LocalDate.now(clock).plusDays(1);
		var booked = call(caseworker, "POST", "/api/v1/conversations", Map.of("citizen", citizen.toString(), "kind",
				"JOBSAMTALE", "channel", "FYSISK", "startsAt", tomorrow + "T10:00", "durationMinutes", 30));
		assertThat(booked.status()).as("seed %d: %s", seed, booked).isEqualTo(201);
		var missed = new ContactFixtures(conversationImport).bookedInThePast(new CitizenId(citizen), caseworker,
				clock.instant().minus(java.time.Duration.ofHours(3)));
		var noShow = call(caseworker, "POST", "/api/v1/conversations/" + missed + "/no-show",
				Map.of("reason", "Ikke mødt", "validReason", false));
		assertThat(noShow.status()).as("seed %d: %s", seed, noShow).isEqualTo(201);
		var availability = noShow.json().path("id").asString();
		call(caseworker, "POST", "/api/v1/availability-cases/" + availability + "/response",
				Map.of("response", "Jeg var syg"));
		var decided = call(caseworker, "POST", "/api/v1/availability-cases/" + availability + "/decision",
				Map.of("sanction", false, "reasoning", "Rimelig grund"));
		assertThat(decided.status()).as("seed %d: %s", seed, decided).isEqualTo(204);
		var slots = call(caseworker, "POST", "/api/v1/slots", Map.of("startsAt", tomorrow.plusDays(10) + "T13:00",
				"durationMinutes", 30, "count", 1, "channel", "FYSISK"));
		assertThat(slots.status()).as("seed %d: %s", seed, slots).isEqualTo(201);
		var absence = call(caseworker, "POST", "/api/v1/contact-courses/" + citizen + "/absences",
				Map.of("type", "FERIE", "from", tomorrow.plusDays(60).toString()));
		assertThat(absence.status()).as("seed %d: %s", seed, absence).isEqualTo(201);
		return new MatrixData.ContactIds(UUID.fromString(booked.json().path("id").asString()),
				UUID.fromString(availability), UUID.fromString(slots.json().path("ids").get(0).asString()),
				UUID.fromString(absence.json().path("id").asString()));
	}

	/** Signs in through the form and proves the session's CSRF token by a post the role may make. */
	private PageClient signIn(Role role) {
		var session = PageClient.at(port);
		var start = session.login(data.staff.get(role));
		assertThat(start.location()).as("%s signs in: %s", role, start).isNotNull().doesNotContain("/login");
		assertThat(session.follow(start).status()).as("%s's start page", role).isEqualTo(200);
		var post = AuthorisationMatrix.RULES.stream()
			.filter(rule -> !rule.api() && rule.method().equals("POST") && rule.allows(role))
			.findFirst()
			.orElseThrow(() -> new AssertionError(role + " may post no page form, so its CSRF token is unproved"));
		var proof = pagePost(session, post, htmxOnly(post));
		assertThat(proof.status()).as("%s's CSRF token on %s: %s", role, post.endpoint(), proof).isNotEqualTo(403);
		return session;
	}

	@Test
	void everyEndpointSpringMvcServesHasARule() {
		var registered = MvcEndpoints.of(mappings).keySet();
		var specified = AuthorisationMatrix.RULES.stream()
			.map(Rule::endpoint)
			.collect(Collectors.toCollection(TreeSet::new));

		assertThat(specified).as("one rule per endpoint").hasSameSizeAs(AuthorisationMatrix.RULES);
		assertThat(difference(registered, specified)).as("endpoints without a rule in AuthorisationMatrix").isEmpty();
		assertThat(difference(specified, registered)).as("rules for endpoints Spring MVC does not serve").isEmpty();
		assertThat(AuthorisationMatrix.RULES).filteredOn(rule -> rule.roles() != AuthorisationMatrix.CITIZENS_ONLY)
			.as("an endpoint some member of staff may call")
			.allSatisfy(rule -> assertThat(rule.roles()).isNotEmpty());
	}

	/**
	 * The API cells. A refused call changes nothing, so the refused and anonymous calls are sent
	 * side by side up front (each HTTP Basic call checks a BCrypt hash, which is slow); the allowed
	 * calls, which change the test's data, are sent one after the other as their cells run.
	 */
	@Test
	void aRefusedRoleLearnsNothingAboutTheRequestBody() {
		var caseworker = data.staff.get(Role.CASEWORKER);
		var auditor = data.staff.get(Role.AUDITOR);

		assertThat(call(caseworker, "POST", "/api/v1/staff", Map.of()).status()).isEqualTo(403);
		assertThat(call(caseworker, "POST", "/api/v1/units", Map.of()).status()).isEqualTo(403);
		assertThat(call(auditor, "GET", "/api/v1/citizens/not-a-uuid", Map.of()).status()).isEqualTo(403);
		assertThat(call(caseworker, "GET", "/api/v1/audit/entries?action=NOPE", Map.of()).status())
			.isEqualTo(403);
	}

	@TestFactory
	Stream<DynamicNode> api() {
		var refusals = new HashMap<String, Future<ApiClient.Response>>();
		for (var rule : AuthorisationMatrix.RULES) {
			if (!rule.api()) {
				continue;
			}
			var path = data.path(rule.template());
			var body = rule.body().apply(data);
			refusals.put(rule.endpoint(), calls.submit(() -> call(null, rule.method(), path, body)));
			for (var role : Role.values()) {
				if (!rule.allows(role)) {
					var as = data.staff.get(role);
					refusals.put(rule.endpoint() + " " + role,
							calls.submit(() -> call(as, rule.method(), path, body)));
				}
			}
		}
		return AuthorisationMatrix.RULES.stream()
			.filter(Rule::api)
			.map(rule -> DynamicContainer.dynamicContainer(rule.endpoint(),
					Stream.concat(
							Stream.of(Role.values())
								.map(role -> rule.allows(role) ? allowedApiCell(rule, role)
										: refusedApiCell(rule, role, refusals.get(rule.endpoint() + " " + role))),
							Stream.of(anonymousApiCell(rule, refusals.get(rule.endpoint()))))));
	}

	@TestFactory
	Stream<DynamicNode> pages() {
		var registered = MvcEndpoints.of(mappings);
		return AuthorisationMatrix.RULES.stream()
			.filter(rule -> !rule.api())
			.map(rule -> DynamicContainer.dynamicContainer(rule.endpoint(),
					registered.getOrDefault(rule.endpoint(), Set.of())
						.stream()
						.flatMap(htmx -> Stream.concat(Stream.of(Role.values()).map(role -> pageCell(rule, role, htmx)),
								rule.method().equals("GET") ? Stream.of(anonymousPageCell(rule, htmx))
										: Stream.empty()))));
	}

	private DynamicTest allowedApiCell(Rule rule, Role role) {
		var cell = name(rule, false, "as " + role, "allowed");
		return DynamicTest.dynamicTest(cell, () -> {
			var answer = call(data.staff.get(role), rule.method(), data.path(rule.template()), rule.body().apply(data));
			assertThat(answer.status()).as("%s (seed %d): %s", cell, seed, answer).isIn(200, 201, 202, 204, 400, 409, 422);
		});
	}

	private DynamicTest refusedApiCell(Rule rule, Role role, Future<ApiClient.Response> call) {
		var cell = name(rule, false, "as " + role, "403");
		return DynamicTest.dynamicTest(cell, () -> {
			var answer = call.get();
			assertThat(answer.status()).as("%s: %s", cell, answer).isEqualTo(403);
			assertThat(answer.headers().firstValue("Content-Type").orElse("")).as("%s: %s", cell, answer).startsWith("application/problem+json");
			assertThat(answer.json().path("status").asInt()).as("%s: %s", cell, answer).isEqualTo(403);
			assertThat(answer.json().path("title").asString()).as("%s: %s", cell, answer).isEqualTo("Ingen adgang");
		});
	}

	private DynamicTest anonymousApiCell(Rule rule, Future<ApiClient.Response> call) {
		if (rule.open()) {
			var cell = name(rule, false, "without credentials", "allowed");
			return DynamicTest.dynamicTest(cell, () -> {
				var answer = call.get();
				assertThat(answer.status()).as("%s: %s", cell, answer).isIn(200, 201, 202, 204, 400, 409, 422);
			});
		}
		var cell = name(rule, false, "without credentials", "401");
		return DynamicTest.dynamicTest(cell, () -> {
			var answer = call.get();
			assertThat(answer.status()).as("%s: %s", cell, answer).isEqualTo(401);
			assertThat(answer.headers().firstValue("Content-Type").orElse("")).as("%s: %s", cell, answer).startsWith("application/problem+json");
		});
	}

	private DynamicTest pageCell(Rule rule, Role role, boolean htmx) {
		var allowed = rule.allows(role);
		var cell = name(rule, htmx, "as " + role, allowed ? "allowed" : "403");
		return DynamicTest.dynamicTest(cell, () -> {
			var session = sessions.get(role);
			var page = rule.method().equals("GET") ? pageGet(session, rule, htmx) : pagePost(session, rule, htmx);
			var outcome = page.status() + (page.isRedirect() ? " to " + page.location() : "");
			if (allowed) {
				assertThat(page.status()).as("%s (seed %d): %s", cell, seed, outcome).isIn(200, 302, 303);
				assertThat(outcome).as("%s: %s", cell, outcome).doesNotContain("/login");
			}
			else {
				assertThat(page.status()).as("%s: %s", cell, outcome).isEqualTo(403);
			}
		});
	}

	private DynamicTest anonymousPageCell(Rule rule, boolean htmx) {
		if (rule.open()) {
			var cell = name(rule, htmx, "without signing in", "allowed");
			return DynamicTest.dynamicTest(cell, () -> {
				var page = pageGet(PageClient.at(port), rule, htmx);
				assertThat(page.status()).as("%s: %s", cell, page.status()).isIn(200, 302, 303);
			});
		}
		var cell = name(rule, htmx, "without signing in", "login");
		return DynamicTest.dynamicTest(cell, () -> {
			var page = pageGet(PageClient.at(port), rule, htmx);
			assertThat(page.status()).as("%s: %s", cell, page.status()).isEqualTo(302);
			assertThat(page.location()).as(cell).endsWith("/login");
		});
	}

	private static String name(Rule rule, boolean htmx, String who, String outcome) {
		return rule.endpoint() + (htmx ? " (htmx)" : "") + " " + who + " → " + outcome;
	}

	private PageClient.Page pageGet(PageClient session, Rule rule, boolean htmx) {
		var path = data.path(rule.template());
		return htmx ? session.htmxGet(path) : session.get(path);
	}

	private PageClient.Page pagePost(PageClient session, Rule rule, boolean htmx) {
		var path = data.path(rule.template());
		var form = form(rule.body().apply(data));
		return htmx ? session.htmxPost(path, form) : session.post(path, form);
	}

	/** A mapping that answers only htmx requests is called as htmx does. */
	private boolean htmxOnly(Rule rule) {
		return MvcEndpoints.of(mappings).getOrDefault(rule.endpoint(), Set.of()).equals(Set.of(true));
	}

	private static Map<String, String> form(Map<String, ?> body) {
		var form = new LinkedHashMap<String, String>();
		body.forEach((field, value) -> form.put(field, value instanceof Collection<?> values
				? values.stream().map(String::valueOf).collect(Collectors.joining(",")) : String.valueOf(value)));
		return form;
	}

	private static Set<String> difference(Set<String> all, Set<String> without) {
		var rest = new TreeSet<>(all);
		rest.removeAll(without);
		return rest;
	}

	/** One API call as {@code as}, or without credentials when {@code as} is null. */
	private ApiClient.Response call(@Nullable Staff as, String method, String path, Map<String, ?> body) {
		return (as == null ? api : api.as(as)).send(method, path, body);
	}

}
