package dk.jobvej.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.UnitId;
import dk.jobvej.testing.CprGenerator;
import dk.jobvej.testing.TestOrganisation.Staff;

/**
 * The real data the matrix runs against: one fresh unit of Aalborg with one member of staff per
 * role, a citizen of that unit whose primary contact is the caseworker, one of the citizen's
 * benefit periods, and a spare member of staff for the administrator's endpoints to work on. The
 * request bodies are valid, so a refusal can only come from the caller's role.
 */
final class MatrixData {

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	final UnitId unit;

	final Map<Role, Staff> staff;

	final Staff spare;

	final UUID citizen;

	final UUID period;

	final String familyName;

	/** The contact course's test data: a booked conversation, an availability case, a slot, an absence. */
	ContactIds contact;

	/**
	 * Ids of other modules' test data, by the start of the path whose {@code {id}} they stand for
	 * (for example {@code /api/v1/survey/rounds/}); the test fills them after making the data.
	 */
	final Map<String, String> idsByPath = new java.util.LinkedHashMap<>();
	/** The employer module's test data: a company of the consultant, an open job there, a placement of the citizen. */
	UUID company;

	UUID vacancy;

	UUID placement;

	/** A second open job of the company, the one the close endpoints close (the first stays open for matching). */
	UUID closable;

	/** A match of the citizen for the first job. */
	UUID match;

	/** The small-jobs fixtures: a bureau whose unit is the matrix unit, a confirmed task, an activity-ready citizen referred to it with a small job, an invoice. */
	UUID bureau;

	UUID smallJobsCitizen;

	UUID task;

	UUID referral;

	UUID employment;

	UUID invoice;

	/** The network fixtures: a network whose first partner's unit is the matrix unit, an opening and a candidate of it. */
	UUID network;

	UUID opening;

	UUID candidate;

	private final java.util.Random random = new java.util.Random();

	private final Administration administration;

	private final CprGenerator cprs;

	private final Clock clock;

	/** The rehabilitation and youth modules' data, made after the citizen. */
	ModuleMatrixData modules;

	MatrixData(UnitId unit, EnumMap<Role, Staff> staff, Staff spare, UUID citizen, UUID period, String familyName,
			Administration administration, CprGenerator cprs, Clock clock) {
		this.unit = unit;
		this.staff = staff;
		this.spare = spare;
		this.citizen = citizen;
		this.period = period;
		this.familyName = familyName;
		this.administration = administration;
		this.cprs = cprs;
		this.clock = clock;
	}

	/**
	 * The path of a template with the test's ids: {@code {id}} is the citizen under
	 * {@code /api/v1/citizens} and {@code /borgere}, the spare member of staff under
	 * {@code /api/v1/staff} and {@code /admin/medarbejdere}, the unit under {@code /api/v1/units} and
	 * {@code /admin/enheder}; {@code {periodId}} is the citizen's benefit period.
	 */
	String path(String template) {
		var matcher = VARIABLE.matcher(template);
		var path = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(path, value(template, matcher.group(1)));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	/**
	 * The ids of the plan module's data the matrix made ({@code offer}, {@code decision},
	 * {@code goal}, {@code project}); an {@code entry} of a CV is any id (removing what is not
	 * there changes nothing).
	 */
	final Map<String, String> ids = new java.util.HashMap<>(Map.of("entry", UUID.randomUUID().toString()));

	/** For tests that need no real data behind a path: an id the matrix has no data for is a fresh one. */
	boolean anyIdWillDo;

	private String value(String template, String variable) {
		var module = modules == null ? null : modules.value(template, variable);
		if (module != null) {
			return module;
		}
		if (ids.containsKey(variable)) {
			return ids.get(variable);
		}
		if (variable.equals("code") && template.startsWith("/api/v1/occupations/")) {
			return "5223";
		}
		if (variable.equals("periodId")) {
			return period.toString();
		}
		if (variable.equals("month")) {
			return java.time.YearMonth.now(clock).minusMonths(1).toString();
		}
		if (variable.equals("citizen")) {
			return citizen.toString();
		}
		if (variable.equals("absence")) {
			return contact.absence().toString();
		}
		if (variable.equals("slot")) {
			return contact.slot().toString();
		}
		if (variable.equals("code")) {
			return template.startsWith("/min-side/jobhjaelp/") ? DIGITAL_JOBHJAELP_ITEM : SURVEY_CODE;
		}
		if (variable.equals("year")) {
			return String.valueOf(RESULTS_YEAR);
		}
		for (var id : idsByPath.entrySet()) {
			if (variable.equals("id") && template.startsWith(id.getKey())) {
				return id.getValue();
			}
		}
		if (variable.equals("id")) {
			if (template.startsWith("/api/v1/small-jobs/bureaus/")) {
				return id(bureau);
			}
			if (template.startsWith("/api/v1/small-jobs/referrals/") || template.startsWith("/smaajob/henvisninger/")) {
				return id(referral);
			}
			if (template.startsWith("/api/v1/small-jobs/employments/") || template.startsWith("/smaajob/ansaettelser/")) {
				return id(employment);
			}
			if (template.startsWith("/api/v1/small-jobs/tasks/") || template.startsWith("/smaajob/opgaver/")) {
				return id(task);
			}
			if (template.startsWith("/api/v1/small-jobs/invoices/") || template.startsWith("/smaajob/fakturaer/")) {
				return id(invoice);
			}
			if (template.startsWith("/smaajob/henvis/")) {
				return id(smallJobsCitizen);
			}
			if (template.startsWith("/api/v1/network/networks/")) {
				return id(network);
			}
			if (template.startsWith("/api/v1/network/openings/") || template.startsWith("/vaekst-via-viden/aabninger/")) {
				return id(opening);
			}
			if (template.startsWith("/api/v1/network/candidates/")) {
				return id(candidate);
			}
			if (template.startsWith("/api/v1/conversations/") || template.startsWith("/samtaler/")
					|| template.startsWith("/min-side/samtaler/")) {
				return contact.conversation().toString();
			}
			if (template.startsWith("/api/v1/availability-cases/") || template.startsWith("/raadighed/")) {
				return contact.availability().toString();
			}
			if (template.startsWith("/api/v1/slots/")) {
				return contact.slot().toString();
			}
			if (template.startsWith("/api/v1/companies/") || template.startsWith("/virksomheder/")) {
				return id(company);
			}
			if ((template.startsWith("/api/v1/vacancies/") || template.startsWith("/stillinger/"))
					&& (template.endsWith("/close") || template.endsWith("/luk"))) {
				return id(closable);
			}
			if (template.startsWith("/api/v1/matching/matches/") || template.startsWith("/matchning/match/")) {
				return id(match);
			}
			if (template.startsWith("/api/v1/matching/vacancies/") || template.startsWith("/matchning/stillinger/")) {
				return id(vacancy);
			}
			if (template.startsWith("/api/v1/matching/citizens/")) {
				return citizen.toString();
			}
			if (template.startsWith("/api/v1/vacancies/") || template.startsWith("/stillinger/")
					|| template.startsWith("/virksomhedsportal/stillinger/")) {
				return id(vacancy);
			}
			if (template.startsWith("/api/v1/placements/") || template.startsWith("/placeringer/")
					|| template.startsWith("/opfoelgning/")) {
				return id(placement);
			}
			if (template.startsWith("/api/v1/citizens/") || template.startsWith("/borgere/")) {
				return citizen.toString();
			}
			if (template.startsWith("/api/v1/staff/") || template.startsWith("/admin/medarbejdere/")) {
				return spare.id().toString();
			}
			if (template.startsWith("/api/v1/units/") || template.startsWith("/admin/enheder/")) {
				return unit.toString();
			}
		}
		if (anyIdWillDo) {
			return UUID.randomUUID().toString();
		}
		throw new IllegalStateException("The matrix has no test data for {" + variable + "} in " + template);
	}

	/** An id the matrix made, or, for tests that need no real data behind it, a fresh one. */
	private String id(@org.jspecify.annotations.Nullable UUID made) {
		if (made != null) {
			return made.toString();
		}
		if (anyIdWillDo) {
			return UUID.randomUUID().toString();
		}
		throw new IllegalStateException("The matrix made no such test data");
	}

	Map<String, ?> newCitizen() {
		return Map.of("cpr", cprs.adult(LocalDate.now(clock)).formatted(), "givenName", "Matrix", "familyName",
				familyName, "unit", unit.toString());
	}

	Map<String, ?> search() {
		return Map.of("name", familyName);
	}

	Map<String, ?> benefit() {
		return Map.of("type", "KONTANTHJAELP", "from", "2025-01-01");
	}

	Map<String, ?> endBenefit() {
		return Map.of("to", "2025-12-31");
	}

	Map<String, ?> visitation() {
		return Map.of("category", "JOBPARAT", "reason", "Kan tage et job nu");
	}

	/** The citizen stays in the unit, with the caseworker as primary contact. */
	Map<String, ?> assignment() {
		return Map.of("unit", unit.toString(), "primaryContact", staff.get(Role.CASEWORKER).id().toString());
	}

	Map<String, ?> note() {
		return Map.of("text", "Samtale om jobmål");
	}

	Map<String, ?> reason() {
		return Map.of("reason", "Borgeren står i skranken");
	}

	/** A conversation for the citizen, at a new time a day or so ahead each time, held by the caller. */
	Map<String, ?> booking() {
		return Map.of("citizen", citizen.toString(), "kind", "JOBSAMTALE", "channel", "FYSISK", "startsAt",
				nextTime().toString(), "durationMinutes", "30");
	}

	/** The booked conversation, moved to a new time. */
	Map<String, ?> change() {
		return Map.of("citizen", citizen.toString(), "kind", "JOBSAMTALE", "channel", "TELEFON", "startsAt",
				nextTime().toString(), "durationMinutes", "30");
	}

	Map<String, ?> unplanned() {
		return Map.of("conversation", Map.of("citizen", citizen.toString(), "kind", "JOBSAMTALE", "channel", "TELEFON",
				"startsAt", LocalDate.now(clock).minusDays(1).atTime(9, 0).plusMinutes(bookings++ * 20L).toString(),
				"durationMinutes", 15), "summary", "Borgeren ringede om sit CV");
	}

	Map<String, ?> unplannedForm() {
		return Map.of("kind", "JOBSAMTALE", "channel", "TELEFON", "startsAt",
				LocalDate.now(clock).minusDays(2).atTime(9, 0).plusMinutes(bookings++ * 20L).toString(),
				"durationMinutes", "15", "summary", "Borgeren kom forbi");
	}

	Map<String, ?> held() {
		return Map.of("summary", "Talt om jobmål");
	}

	Map<String, ?> cancellation() {
		return Map.of("by", "CITIZEN", "reason", "Syg");
	}

	Map<String, ?> noShow() {
		return Map.of("reason", "Ikke mødt", "validReason", "true");
	}

	Map<String, ?> jobs() {
		return Map.of("jobs", List.of(Map.of("title", "Lagermedarbejder", "employer", "Bilka")));
	}

	Map<String, ?> jobRow() {
		return Map.of("jobs[0].title", "Lagermedarbejder", "jobs[0].employer", "Bilka");
	}

	Map<String, ?> absence() {
		return Map.of("type", "FERIE", "from", LocalDate.now(clock).plusDays(30).toString(), "to",
				LocalDate.now(clock).plusDays(35).toString());
	}

	Map<String, ?> endAbsence() {
		return Map.of("to", LocalDate.now(clock).plusDays(40).toString());
	}

	Map<String, ?> email() {
		return Map.of("email", "matrix@example.dk");
	}

	/** A series of slots, at a new time each call, so two callers never overlap. */
	Map<String, ?> slots() {
		return Map.of("startsAt", nextTime().toString(), "durationMinutes", "20", "count", "2", "channel", "VIDEO");
	}

	Map<String, ?> limits() {
		return Map.of("minNoticeHours", "12", "maxDaysAhead", "30", "maxRebookings", "3");
	}

	Map<String, ?> reassignment() {
		return Map.of("absent", spare.id().toString(), "onDuty", staff.get(Role.CASEWORKER).id().toString(), "day",
				LocalDate.now(clock).plusDays(1).toString());
	}

	Map<String, ?> response() {
		return Map.of("response", "Jeg var syg");
	}

	Map<String, ?> decision() {
		return Map.of("sanction", "false", "reasoning", "Rimelig grund");
	}

	Map<String, ?> variant() {
		var day = LocalDate.of(2020, 1, 1).plusDays(bookings++).toString();
		return Map.of("targetGroup", "LAB_6_2", "from", day, "to", day);
	}

	Map<String, ?> slotChoice() {
		return Map.of("slot", contact.slot().toString());
	}

	private int bookings;

	private java.time.LocalDateTime nextTime() {
		return LocalDate.now(clock).plusDays(20).atTime(8, 0).plusMinutes(40L * bookings++);
	}

	Map<String, ?> cvEducation() {
		return Map.of("level", "GYMNASIAL", "title", "Stx", "completed", true);
	}

	Map<String, ?> cvExperience() {
		return Map.of("title", "Lagerarbejder", "from", "2020-01");
	}

	Map<String, ?> cvSkill() {
		return Map.of("name", "Truck " + UUID.randomUUID().toString().substring(0, 8));
	}

	Map<String, ?> cvLanguage() {
		return Map.of("code", "en", "level", "GODT");
	}

	Map<String, ?> cvLicences() {
		return Map.of("licences", List.of("B"));
	}

	Map<String, ?> cvWishes() {
		return Map.of("hoursPerWeek", 30, "maxCommuteKm", 25, "branches", List.of("04"));
	}

	Map<String, ?> cvJobGoal() {
		return Map.of("occupation", "5223");
	}

	Map<String, ?> cvProfile() {
		return Map.of("profile", "Mødestabil og glad for kundekontakt");
	}

	Map<String, ?> endGoal() {
		return Map.of("text", "Job som butiksassistent");
	}

	Map<String, ?> subGoal() {
		return Map.of("text", "Søge tre job om ugen");
	}

	Map<String, ?> closeGoal() {
		return Map.of("reached", true);
	}

	Map<String, ?> agreement() {
		return Map.of("conversationDate", LocalDate.now(clock).toString(), "text", "Borgeren opdaterer sit CV");
	}

	Map<String, ?> pointer() {
		return Map.of("item", "CV");
	}

	Map<String, ?> measure() {
		return Map.of("measuredOn", LocalDate.now(clock).toString(), "scores", Map.of("HELBRED", 3));
	}

	/** Ordinary hours: an offer without a decision letter. */
	Map<String, ?> offer() {
		return Map.of("type", "ORDINAERE_TIMER", "providerKind", "COMPANY", "providerName", "Netto", "startDate",
				LocalDate.now(clock).toString(), "hoursPerWeek", 6);
	}

	Map<String, ?> refusal() {
		return Map.of("type", "MENTOR", "reason", "Borgeren har allerede mentorstøtte gennem projektet");
	}

	Map<String, ?> extension() {
		return Map.of("plannedEnd", LocalDate.now(clock).plusDays(30).toString(), "reason", "Behov for mere tid");
	}

	Map<String, ?> endOffer() {
		return Map.of("lastDay", LocalDate.now(clock).toString(), "result", "COMPLETED", "reason", "Forløbet er slut");
	}

	Map<String, ?> reasonOnly() {
		return Map.of("reason", "Aftalt med borgeren");
	}

	Map<String, ?> newProject() {
		return Map.of("name", "Matrixprojekt " + UUID.randomUUID(), "heading", "Matrix", "providerKind",
				"INTERNAL_PROJECT", "providerName", "RessourceCenter Aalborg", "offerType", "OPKVALIFICERING", "source",
				"Matrix");
	}

	/** The matrix's own project, described as it is. */
	Map<String, ?> projectChange() {
		return Map.of("name", ids.get("projectName"), "heading", "Matrix", "providerKind", "INTERNAL_PROJECT",
				"providerName", "RessourceCenter Aalborg", "offerType", "OPKVALIFICERING", "places", 5, "source", "Matrix");
	}

	Map<String, ?> tick() {
		return Map.of("done", List.of(1));
	}

	Map<String, ?> newUnit() {
		return Map.of("name", "Matrixenhed " + UUID.randomUUID());
	}

	Map<String, ?> unitChange() {
		var current = administration.versionedUnit(unit).orElseThrow();
		return Map.of("name", current.unit().name(), "version", current.version());
	}

	Map<String, ?> newStaff() {
		var username = "m-" + UUID.randomUUID().toString().substring(0, 13);
		return Map.of("username", username, "name", "Medarbejder " + username, "unit", unit.toString(), "roles",
				List.of(Role.CASEWORKER.name()), "password", "matrix-password-1");
	}

	Map<String, ?> staffChange() {
		var current = administration.account(spare.id()).orElseThrow();
		return Map.of("name", current.member().name(), "unit", unit.toString(), "roles",
				List.of(Role.CASEWORKER.name()), "version", current.version());
	}

	Map<String, ?> password() {
		return Map.of("password", "matrix-password-2");
	}

	/** A code of the right form that no one was given: the answer is refused for its code (422). */
	static final String SURVEY_CODE = "ABCDEFGHJK";

	/** An item of Digital Jobhjælp. */
	static final String DIGITAL_JOBHJAELP_ITEM = "CV";

	/** The week the survey round of the matrix runs in: next year, so its codes still work. */
	int surveyYear() {
		return LocalDate.now(clock).getYear() + 1;
	}

	Map<String, ?> surveyRound() {
		return Map.of("kind", "CITIZEN", "name", "Matrixmåling " + UUID.randomUUID(), "weeks",
				List.of(Map.of("year", surveyYear(), "week", 20)), "units", List.of(unit.toString()));
	}

	Map<String, ?> surveyRoundForm() {
		return Map.of("kind", "COMPANY", "name", "Matrixmåling " + UUID.randomUUID(), "year", surveyYear(), "weeks",
				"21", "units", unit.toString());
	}

	Map<String, ?> surveyCodes() {
		return Map.of("year", surveyYear(), "week", 10, "count", 1);
	}

	Map<String, ?> surveyCodesForm() {
		return Map.of("roundWeek", idsByPath.get("/api/v1/survey/rounds/") + "|" + surveyYear() + "-W10", "count", 1);
	}

	Map<String, ?> surveyAnswer() {
		return Map.of("code", SURVEY_CODE, "scores", List.of(5, 4, 3, 5, 4, 5, 4, 5, 5));
	}

	Map<String, ?> surveyPaperForm() {
		return Map.of("code", SURVEY_CODE, "score1", 5);
	}

	/** The year whose KPI targets and labour force the administrator's cells set. */
	static final int RESULTS_YEAR = 2030;

	Map<String, ?> kpi() {
		return Map.of("goal", 5, "nameDa", "Matrix-KPI", "nameEn", "Matrix KPI", "measure", "ORDINARY_JOBS_FILLED",
				"targetKind", "YEAR_TOTAL");
	}

	Map<String, ?> kpiTarget() {
		return Map.of("target", 100, "source", "Matrixplan");
	}

	Map<String, ?> kpiTargetForm() {
		return Map.of("year", RESULTS_YEAR, "target", "100", "source", "Matrixplan");
	}

	Map<String, ?> benchmark() {
		return Map.of("name", "Matrix " + UUID.randomUUID(), "month", "2025-06", "source", "Matrix", "csv",
				"benefit;Matrixby\nA_DAGPENGE;10\nTOTAL;10\n");
	}

	Map<String, ?> labourForce() {
		return Map.of("persons", 100000, "source", "Matrix");
	}

	Map<String, ?> labourForceForm() {
		return Map.of("year", RESULTS_YEAR, "persons", "100000", "source", "Matrix");
	}

	Map<String, ?> surveyCodeForm() {
		return Map.of("code", SURVEY_CODE);
	}

	/** A programme of its own for each call (a fresh code), whose target group is everyone on a-dagpenge today. */
	Map<String, ?> programme() {
		var today = LocalDate.now(clock);
		return Map.of("code", "M" + UUID.randomUUID().toString().substring(0, 12), "name", "Matrixprogram", "methods",
				"Virksomhedsrettet indsats", "startsOn", today.minusDays(30).toString(), "endsOn", today.plusYears(1).toString(),
				"selectionOn", today.toString(), "randomised", true, "visitationGroups", true, "source", "Matrix", "clauses",
				List.of(Map.of("benefits", List.of("A_DAGPENGE"))));
	}

	Map<String, ?> programmeForm() {
		var today = LocalDate.now(clock);
		return Map.of("code", "M" + UUID.randomUUID().toString().substring(0, 12), "name", "Matrixprogram", "methods",
				"Virksomhedsrettet indsats", "startsOn", today.minusDays(30).toString(), "endsOn", today.plusYears(1).toString(),
				"selectionOn", today.toString(), "source", "Matrix", "c1Benefits", "A_DAGPENGE");
	}

	Map<String, ?> draw() {
		return Map.of("seed", 7, "participants", 1);
	}

	Map<String, ?> programmeVisit() {
		return Map.of("citizen", citizen.toString(), "group", "GROUP_1", "decidedOn", LocalDate.now(clock).toString());
	}

	Map<String, ?> programmeExit() {
		return Map.of("citizen", citizen.toString(), "exitedOn", LocalDate.now(clock).toString(), "destination",
				"ORDINARY_JOB");
	}

	Map<String, ?> programmeExitForm() {
		return Map.of("exitCitizen", citizen.toString(), "exitedOn", LocalDate.now(clock).toString(), "destination",
				"ORDINARY_JOB");
	}

	Map<String, ?> grantPayment() {
		return Map.of("receivedOn", LocalDate.now(clock).toString(), "amount", 1000, "note", "Matrix");
	}

	/** The ids of the contact course's test data. */
	record ContactIds(UUID conversation, UUID availability, UUID slot, UUID absence) {
	}

	/** A CVR number that passes modulus 11 and is new in all likelihood. */
	String cvr() {
		while (true) {
			var seven = String.valueOf(1_000_000 + random.nextInt(9_000_000));
			var check = dk.jobvej.employer.Cvr.checkDigit(seven);
			if (check >= 0) {
				return seven + check;
			}
		}
	}

	Map<String, ?> newCompany() {
		return Map.of("cvr", cvr(), "name", "Matrix ApS " + familyName, "branch", "04", "size", "SMALL", "street",
				"Boulevarden 1", "postcode", "9000", "city", "Aalborg");
	}

	Map<String, ?> companySearch() {
		return Map.of("q", "Matrix ApS " + familyName);
	}

	Map<String, ?> workplace() {
		return Map.of("pNumber", String.valueOf(1_000_000_000L + (random.nextLong() & 0x7fffffffL) % 8_999_999_999L),
				"name", "Afdeling Øst", "street", "Østerbro 2", "postcode", "9000", "city", "Aalborg");
	}

	Map<String, ?> contact() {
		return Map.of("name", "Kontakt Person", "title", "HR", "email", "hr@example.dk", "phone", "99313700");
	}

	Map<String, ?> visit() {
		return Map.of("visitedOn", LocalDate.now(clock).toString(), "purpose", "REKRUTTERING", "outcome",
				"VACANCY_RECEIVED", "note", "Behov for lagerfolk");
	}

	Map<String, ?> vacancy() {
		return Map.of("occupation", "9333", "title", "Lagermedarbejder", "description", "Pluk og pak", "hoursPerWeek",
				30, "postcode", "9000", "city", "Aalborg", "kind", "JOB");
	}

	Map<String, ?> portalUser() {
		return Map.of("name", "Hanne HR", "email", "hr-" + UUID.randomUUID() + "@example.dk", "password",
				"portal-password-1");
	}

	Map<String, ?> tasks() {
		return Map.of("tasks", List.of(task()));
	}

	Map<String, ?> task() {
		return Map.of("occupation", "9321", "title", "Pakning", "description", "Pakke varer", "hoursPerWeek", 10);
	}

	Map<String, ?> closeVacancy() {
		return Map.of("status", "CLOSED");
	}

	Map<String, ?> placement() {
		return Map.of("citizen", citizen.toString(), "company", id(company), "type", "VIRKSOMHEDSPRAKTIK",
				"from", LocalDate.now(clock).toString(), "hoursPerWeek", 20);
	}

	Map<String, ?> endPlacement() {
		return Map.of("to", LocalDate.now(clock).plusWeeks(4).toString(), "reason", "COMPLETED");
	}

	Map<String, ?> followUp() {
		return Map.of("position", 0, "outcome", "CONTINUES", "note", "Godt i gang");
	}

	Map<String, ?> candidateSearch() {
		return Map.of("text", "lager", "occupation", "9333");
	}

	Map<String, ?> propose() {
		return Map.of("vacancy", id(vacancy), "citizen", citizen.toString());
	}

	Map<String, ?> proposeForm() {
		return Map.of("citizen", citizen.toString());
	}

	Map<String, ?> moveMatch() {
		return Map.of("status", "PRESENTED");
	}

	Map<String, ?> consent() {
		return Map.of("consent", "ja");
	}

	Map<String, ?> newBureau() {
		return Map.of("name", "Matrixbureau " + familyName, "slug", "matrix-" + UUID.randomUUID().toString().substring(0, 8),
				"cvr", "13748136", "unit", unit.toString(), "street", "Boulevarden 1", "postcode", "9000", "city",
				"Aalborg", "bankAccount", "9570 1234567890", "hourlyRate", 85);
	}

	Map<String, ?> resultRule() {
		return Map.of("kind", "RETAINED", "validFrom", "2024-01-01", "amount", 5000, "afterWeeks", 13, "resultsBased",
				true);
	}

	Map<String, ?> refer() {
		return Map.of("citizen", id(smallJobsCitizen), "bureau", id(bureau), "note", "Klar til småjob");
	}

	Map<String, ?> referForm() {
		return Map.of("bureau", id(bureau), "note", "Klar til småjob");
	}

	Map<String, ?> maturing() {
		return Map.of("from", LocalDate.now(clock).toString());
	}

	Map<String, ?> employ() {
		return Map.of("task", id(task), "from", LocalDate.now(clock).toString(), "hoursPerWeek", 8);
	}

	Map<String, ?> giveBack() {
		return Map.of("on", LocalDate.now(clock).toString());
	}

	Map<String, ?> hours() {
		return Map.of("week", LocalDate.now(clock).toString(), "hours", 6);
	}

	Map<String, ?> endSmallJob() {
		return Map.of("on", LocalDate.now(clock).toString(), "reason", "COMPLETED");
	}

	Map<String, ?> taskDecision() {
		return Map.of("confirm", true);
	}

	Map<String, ?> decisionForm() {
		return Map.of("confirm", "true");
	}

	Map<String, ?> invoiceMonth() {
		return Map.of("month", java.time.YearMonth.now(clock).minusMonths(1).toString());
	}

	Map<String, ?> newNetwork() {
		return Map.of("name", "Matrixnetværk " + UUID.randomUUID(), "periodFrom", "2020-01-01", "periodTo", "2030-12-31",
				"targetMatches", 2000, "homeMunicipality", 851, "homeSharePercent", 40, "takeWithinDays", 5,
				"municipalities", Map.of("851", "Aalborg", "813", "Frederikshavn"));
	}

	Map<String, ?> newPartner() {
		return Map.of("code", "P" + (random.nextInt(90_000) + 10_000), "name", "Matrixpartner", "pool",
				"Dimittender", "unit", unit.toString(), "relayOrder", random.nextInt(1000) + 10, "targetMatches", 100);
	}

	Map<String, ?> opening() {
		return Map.of("companyName", "Matrix Vækst ApS", "cvr", "13748136", "companyMunicipality", 813, "dialog",
				"Vil ind på nye markeder", "jobContent", List.of("NEW_MARKETS"), "description", "Eksport til Norge",
				"kind", "GROWTH_PILOT");
	}

	Map<String, ?> networkMatch() {
		return Map.of("candidate", id(candidate), "matchedOn", LocalDate.now(clock).toString());
	}

	Map<String, ?> networkCandidate() {
		return Map.of("name", "Matrix Kandidat", "educationLevel", "MASTER", "field", "Økonomi", "stage", "GRADUATE",
				"homeMunicipality", 851);
	}

}
