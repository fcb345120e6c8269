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

	private String value(String template, String variable) {
		if (variable.equals("code")) {
			return "5223";
		}
		if (variable.equals("periodId")) {
			return period.toString();
		}
		if (variable.equals("month")) {
			return java.time.YearMonth.now(clock).minusMonths(1).toString();
		}
		if (variable.equals("id")) {
			if (template.startsWith("/api/v1/small-jobs/bureaus/")) {
				return bureau.toString();
			}
			if (template.startsWith("/api/v1/small-jobs/referrals/") || template.startsWith("/smaajob/henvisninger/")) {
				return referral.toString();
			}
			if (template.startsWith("/api/v1/small-jobs/employments/") || template.startsWith("/smaajob/ansaettelser/")) {
				return employment.toString();
			}
			if (template.startsWith("/api/v1/small-jobs/tasks/") || template.startsWith("/smaajob/opgaver/")) {
				return task.toString();
			}
			if (template.startsWith("/api/v1/small-jobs/invoices/") || template.startsWith("/smaajob/fakturaer/")) {
				return invoice.toString();
			}
			if (template.startsWith("/smaajob/henvis/")) {
				return smallJobsCitizen.toString();
			}
			if (template.startsWith("/api/v1/network/networks/")) {
				return network.toString();
			}
			if (template.startsWith("/api/v1/network/openings/") || template.startsWith("/vaekst-via-viden/aabninger/")) {
				return opening.toString();
			}
			if (template.startsWith("/api/v1/network/candidates/")) {
				return candidate.toString();
			}
			if (template.startsWith("/api/v1/companies/") || template.startsWith("/virksomheder/")) {
				return company.toString();
			}
			if (template.endsWith("/close") || template.endsWith("/luk")) {
				return closable.toString();
			}
			if (template.startsWith("/api/v1/matching/matches/") || template.startsWith("/matchning/match/")) {
				return match.toString();
			}
			if (template.startsWith("/api/v1/matching/vacancies/") || template.startsWith("/matchning/stillinger/")) {
				return vacancy.toString();
			}
			if (template.startsWith("/api/v1/matching/citizens/")) {
				return citizen.toString();
			}
			if (template.startsWith("/api/v1/vacancies/") || template.startsWith("/stillinger/")
					|| template.startsWith("/virksomhedsportal/stillinger/")) {
				return vacancy.toString();
			}
			if (template.startsWith("/api/v1/placements/") || template.startsWith("/placeringer/")
					|| template.startsWith("/opfoelgning/")) {
				return placement.toString();
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
		throw new IllegalStateException("The matrix has no test data for {" + variable + "} in " + template);
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
		return Map.of("citizen", citizen.toString(), "company", company.toString(), "type", "VIRKSOMHEDSPRAKTIK",
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
		return Map.of("vacancy", vacancy.toString(), "citizen", citizen.toString());
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
		return Map.of("citizen", smallJobsCitizen.toString(), "bureau", bureau.toString(), "note", "Klar til småjob");
	}

	Map<String, ?> referForm() {
		return Map.of("bureau", bureau.toString(), "note", "Klar til småjob");
	}

	Map<String, ?> maturing() {
		return Map.of("from", LocalDate.now(clock).toString());
	}

	Map<String, ?> employ() {
		return Map.of("task", task.toString(), "from", LocalDate.now(clock).toString(), "hoursPerWeek", 8);
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

	Map<String, ?> decision() {
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
		return Map.of("candidate", candidate.toString(), "matchedOn", LocalDate.now(clock).toString());
	}

	Map<String, ?> networkCandidate() {
		return Map.of("name", "Matrix Kandidat", "educationLevel", "MASTER", "field", "Økonomi", "stage", "GRADUATE",
				"homeMunicipality", 851);
	}

}
