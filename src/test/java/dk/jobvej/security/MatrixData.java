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

	private String value(String template, String variable) {
		if (variable.equals("periodId")) {
			return period.toString();
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
		var module = modules == null ? null : modules.value(template, variable);
		if (module != null) {
			return module;
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

}
