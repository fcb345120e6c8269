package dk.jobvej.security;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.CprGenerator;
import dk.jobvej.testing.TestOrganisation.Staff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matrix's data for the rehabilitation and youth modules, made over the API in the matrix's
 * unit so every role that works with citizens may open them: a rehabilitation case of the matrix
 * citizen, a team and a meeting today, a job-clarification course ending within the notice period
 * (its own citizen; the course comes from the citizen module's event), a sickness-benefit case, and
 * a young person on cash benefit, education-ready since 1 Sep 2025 (imported, so the visitation
 * has its day), with an education order issued on 1 Oct 2026, a guidance-café
 * intake, a club, and a leisure job with a young person of 15.
 */
final class ModuleMatrixData {

	final UUID rehabCase;

	final UUID team;

	final UUID meeting;

	final UUID course;

	final UUID sickness;

	final UUID youngCitizen;

	final UUID order;

	final UUID intake;

	final UUID club;

	final UUID leisureJob;

	final UUID youngPerson;

	private final LocalDate today;

	private ModuleMatrixData(Map<String, UUID> ids, LocalDate today) {
		this.rehabCase = ids.get("rehabCase");
		this.team = ids.get("team");
		this.meeting = ids.get("meeting");
		this.course = ids.get("course");
		this.sickness = ids.get("sickness");
		this.youngCitizen = ids.get("youngCitizen");
		this.order = ids.get("order");
		this.intake = ids.get("intake");
		this.club = ids.get("club");
		this.leisureJob = ids.get("leisureJob");
		this.youngPerson = ids.get("youngPerson");
		this.today = today;
	}

	/** Makes the data as the unit's caseworker (and leader, for the team). */
	static ModuleMatrixData make(BiFunction<Staff, String, ApiClient> api, Map<Role, Staff> staff, UUID unit,
			UUID citizen, UUID young, CprGenerator cprs, LocalDate today) {
		var caseworker = staff.get(Role.CASEWORKER);
		var worker = api.apply(caseworker, "");
		var ids = new java.util.HashMap<String, UUID>();
		ids.put("rehabCase", created(worker.post("/api/v1/rehab/cases",
				Map.of("citizen", citizen.toString(), "type", "FLEKSJOB"))));
		ids.put("team", created(api.apply(staff.get(Role.TEAM_LEADER), "").post("/api/v1/rehab/teams",
				Map.of("name", "Matrixteam " + UUID.randomUUID(), "members",
						List.of(Map.of("function", "BESKAEFTIGELSE", "name", "Matrix Rådgiver"))))));
		ids.put("meeting", created(worker.post("/api/v1/rehab/meetings", Map.of("team", ids.get("team").toString(),
				"heldOn", today.toString(), "startsAt", "10:00", "location", "Matrixlokalet"))));
		ids.put("sickness", created(worker.post("/api/v1/sickness/cases", Map.of("citizen", citizen.toString(),
				"firstAbsenceDay", today.minusDays(10).toString(), "employed", false))));

		var clarified = citizen(worker, unit, caseworker, cprs.adult(today).formatted(), "Jakob");
		assertThat(worker.post("/api/v1/citizens/" + clarified + "/benefit-periods", Map.of("type",
				"JOBAFKLARINGSFORLOEB", "from", today.minusDays(30).toString(), "to", today.plusDays(30).toString()))
			.status()).isEqualTo(201);
		ids.put("course", awaitCourse(worker, clarified));

		ids.put("youngCitizen", young);
		ids.put("order", created(worker.post("/api/v1/youth/education-orders", Map.of("citizen", young.toString(),
				"issuedOn", "2026-10-01", "deadline", "2026-10-29", "noQualification", true))));
		ids.put("intake", created(worker.post("/api/v1/youth/intakes",
				Map.of("citizen", young.toString(), "metOn", today.toString(), "referToFvu", true))));
		ids.put("club", created(worker.post("/api/v1/youth/clubs", Map.of("name", "Matrixklubben", "kind",
				"CV_JOBSOEGNING"))));
		ids.put("leisureJob", created(worker.post("/api/v1/youth/leisure-jobs",
				Map.of("cvr", "13748136", "companyName", "Matrix ApS", "title", "Opvasker", "hoursPerWeek", 5))));
		ids.put("youngPerson", created(worker.post("/api/v1/youth/young-people",
				Map.of("givenName", "Ida", "familyName", "Matrix", "birthDate", today.minusYears(15).toString()))));
		return new ModuleMatrixData(ids, today);
	}

	private static UUID citizen(ApiClient worker, UUID unit, Staff caseworker, String cpr, String givenName) {
		return created(worker.post("/api/v1/citizens", Map.of("cpr", cpr, "givenName", givenName, "familyName",
				"Matrix" + UUID.randomUUID().toString().substring(0, 8), "unit", unit.toString(), "primaryContact",
				caseworker.id().toString())));
	}

	/** The course appears once the citizen module's event has been handled (asynchronously). */
	private static UUID awaitCourse(ApiClient worker, UUID citizen) {
		var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			for (var row : worker.get("/api/v1/rehab/courses").json().path("rows")) {
				if (row.path("citizen").path("id").asString().equals(citizen.toString())) {
					return UUID.fromString(row.path("id").asString());
				}
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("No job-clarification course appeared for " + citizen);
	}

	private static UUID created(ApiClient.Response response) {
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return UUID.fromString(response.json().path("id").asString());
	}

	/** The id a path variable stands for in this module's paths, or null when the path is not this module's. */
	String value(String template, String variable) {
		if (variable.equals("code")) {
			if (template.startsWith("/api/v1/youth/rules/") || template.startsWith("/admin/regler/unge/")) {
				return "orders.new.2014";
			}
			if (template.startsWith("/api/v1/rehab/rules/") || template.startsWith("/admin/regler/rehabilitering/")) {
				return "team.fleksjob.2013";
			}
			return null;
		}
		if (!variable.equals("id")) {
			return null;
		}
		if (template.startsWith("/api/v1/rehab/cases/") || template.startsWith("/rehabilitering/sager/")) {
			return rehabCase.toString();
		}
		if (template.startsWith("/api/v1/rehab/meetings/") || template.startsWith("/rehabilitering/moeder/")) {
			return meeting.toString();
		}
		if (template.startsWith("/api/v1/rehab/courses/") || template.startsWith("/rehabilitering/forloeb/")) {
			return course.toString();
		}
		if (template.startsWith("/api/v1/sickness/cases/") || template.startsWith("/sygedagpenge/")) {
			return sickness.toString();
		}
		if (template.startsWith("/api/v1/youth/education-orders/") || template.startsWith("/unge/paalaeg/")) {
			return order.toString();
		}
		if (template.startsWith("/api/v1/youth/intakes/") || template.startsWith("/unge/vejledningscafe/")) {
			return intake.toString();
		}
		if (template.startsWith("/api/v1/youth/clubs/") || template.startsWith("/unge/klubber/")) {
			return club.toString();
		}
		if (template.startsWith("/api/v1/youth/leisure-jobs/") || template.startsWith("/unge/fritidsjob/")) {
			return leisureJob.toString();
		}
		return null;
	}

	Map<String, ?> rehabCaseBody(UUID citizen) {
		return Map.of("citizen", citizen.toString(), "type", "FOERTIDSPENSION");
	}

	Map<String, ?> document() {
		return Map.of("kind", "SAMLET_BESKRIVELSE", "status", "REKVIRERET", "on", today.toString());
	}

	Map<String, ?> exemption() {
		return Map.of("reason", "KUN_BESKAEFTIGELSESRETTET", "note", "Matrix");
	}

	Map<String, ?> recommendation() {
		return Map.of("outcome", "FLEKSJOB", "text", "Teamet anbefaler fleksjob");
	}

	Map<String, ?> decision() {
		return Map.of("outcome", "FLEKSJOB", "text", "Visiteret til fleksjob");
	}

	Map<String, ?> grant() {
		return Map.of("grantedTo", today.plusDays(20).toString());
	}

	Map<String, ?> effort(UUID citizen) {
		return Map.of("citizen", citizen.toString(), "offerType", "Virksomhedspraktik", "startedOn", today.toString());
	}

	Map<String, ?> teamApi() {
		return Map.of("name", "Matrixteam " + UUID.randomUUID(), "members",
				List.of(Map.of("function", "SUNDHED", "name", "Matrix Sygeplejerske")));
	}

	/** The team page sends the members as rows of function and name. */
	Map<String, ?> teamPage() {
		return Map.of("name", "Matrixteam " + UUID.randomUUID(), "function", "SUNDHED", "member",
				"Matrix Sygeplejerske");
	}

	Map<String, ?> meetingBody() {
		return Map.of("team", team.toString(), "heldOn", today.toString(), "startsAt", "13:00", "location",
				"Matrixlokalet", "slotMinutes", 30);
	}

	Map<String, ?> agendaCase() {
		return Map.of("rehabCase", rehabCase.toString());
	}

	Map<String, ?> toMeeting() {
		return Map.of("meeting", meeting.toString());
	}

	Map<String, ?> freeMunicipality() {
		return Map.of("meetingUnitCost", 5000, "certificateUnitCost", 2000);
	}

	Map<String, ?> rule() {
		return Map.of("validFrom", "2013-01-01", "note", "Matrix");
	}

	Map<String, ?> sicknessBody(UUID citizen) {
		return Map.of("citizen", citizen.toString(), "firstAbsenceDay", today.minusDays(3).toString(), "employed",
				false);
	}

	Map<String, ?> conversation() {
		return Map.of("kind", "OPFOELGNING", "heldOn", today.toString());
	}

	Map<String, ?> partialReturn() {
		return Map.of("from", today.toString(), "hoursPerWeek", 10);
	}

	Map<String, ?> stepUpApi() {
		return Map.of("steps", List.of(Map.of("from", today.plusDays(7).toString(), "hoursPerWeek", 20)));
	}

	Map<String, ?> stepUpPage() {
		return Map.of("from", today.plusDays(7).toString(), "hours", 20);
	}

	Map<String, ?> extension() {
		return Map.of("ground", "BEHANDLING", "until", today.plusWeeks(10).toString());
	}

	Map<String, ?> earlyRequest() {
		return Map.of("on", today.toString());
	}

	Map<String, ?> close() {
		return Map.of("on", today.toString(), "reason", "RASKMELDT");
	}

	Map<String, ?> order() {
		return Map.of("citizen", youngCitizen.toString(), "issuedOn", "2026-10-01", "deadline", "2026-10-29",
				"noQualification", true);
	}

	Map<String, ?> advance() {
		return Map.of("completedOn", "2026-10-15", "deadline", "2026-12-31", "education", "Smed, TECHCOLLEGE");
	}

	Map<String, ?> revise() {
		return Map.of("deadline", today.plusWeeks(2).toString());
	}

	Map<String, ?> endOrder() {
		return Map.of("on", today.toString(), "reason", "ANDET");
	}

	Map<String, ?> intakeBody() {
		return Map.of("citizen", youngCitizen.toString(), "metOn", today.toString(), "referToFvu", true);
	}

	Map<String, ?> fvu() {
		return Map.of("testedOn", today.toString(), "result", "INGEN_BEHOV");
	}

	Map<String, ?> clubBody() {
		return Map.of("name", "Matrixklub " + UUID.randomUUID(), "kind", "ANDET");
	}

	Map<String, ?> member() {
		return Map.of("citizen", youngCitizen.toString());
	}

	Map<String, ?> sessionApi() {
		return Map.of("heldOn", today.toString(), "present", List.of());
	}

	Map<String, ?> sessionPage() {
		return Map.of("heldOn", today.toString());
	}

	Map<String, ?> youngPersonBody() {
		return Map.of("givenName", "Alma", "familyName", "Matrix", "birthDate", today.minusYears(14).toString());
	}

	Map<String, ?> leisureJobBody() {
		return Map.of("cvr", "13748136", "companyName", "Matrix ApS", "title", "Bud", "hoursPerWeek", 4);
	}

	Map<String, ?> placement() {
		return Map.of("youngPerson", youngPerson.toString(), "supporterKind", "MENTOR", "startedOn", today.toString());
	}

	Map<String, ?> placementPage() {
		return Map.of("job", leisureJob.toString(), "youngPerson", youngPerson.toString(), "supporterKind", "UNGEGUIDE",
				"startedOn", today.toString());
	}

	Map<String, ?> figuresApi() {
		return Map.of("figures", List.of(Map.of("municipalityCode", 0, "year", 2019, "population", 330000)));
	}

	Map<String, ?> figuresPage() {
		return Map.of("lines", "0;2019;330000;");
	}

}
