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

	/**
	 * Ids of other modules' test data, by the start of the path whose {@code {id}} they stand for
	 * (for example {@code /api/v1/survey/rounds/}); the test fills them after making the data.
	 */
	final Map<String, String> ids = new java.util.LinkedHashMap<>();

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
		if (variable.equals("periodId")) {
			return period.toString();
		}
		if (variable.equals("code")) {
			return SURVEY_CODE;
		}
		if (variable.equals("year")) {
			return String.valueOf(RESULTS_YEAR);
		}
		for (var id : ids.entrySet()) {
			if (variable.equals("id") && template.startsWith(id.getKey())) {
				return id.getValue();
			}
		}
		if (variable.equals("id")) {
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

	/** A code of the right form that no one was given: the answer is refused for its code (422). */
	static final String SURVEY_CODE = "ABCDEFGHJK";

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
		return Map.of("roundWeek", ids.get("/api/v1/survey/rounds/") + "|" + surveyYear() + "-W10", "count", 1);
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

}
