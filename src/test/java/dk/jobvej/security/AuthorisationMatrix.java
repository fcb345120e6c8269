package dk.jobvej.security;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dk.jobvej.identity.Role;

import static dk.jobvej.identity.Role.ADMINISTRATOR;
import static dk.jobvej.identity.Role.AUDITOR;
import static dk.jobvej.identity.Role.CASEWORKER;
import static dk.jobvej.identity.Role.COMPANY_CONSULTANT;
import static dk.jobvej.identity.Role.MENTOR;
import static dk.jobvej.identity.Role.TEAM_LEADER;

/**
 * The specification of who may call what: for every endpoint (HTTP method and path template as
 * Spring MVC registers it, path-variable patterns left out) the roles that may call it. Every
 * other role is refused with 403. Citizens' data is for the roles that work with citizens
 * (rådgiver, virksomhedskonsulent, mentor, leder); the unit's worklist and the break-the-glass
 * review are for the team leader; staff and units for the administrator; the audit trail for the
 * auditor; the list of units for every member of staff; Min side for citizens only.
 *
 * <p>Each rule also names the request body an allowed caller sends: valid data about the unit,
 * staff and citizen the test made, so that an allowed request reaches the real access checks and
 * a refused one is refused for its role and not for its body.
 */
final class AuthorisationMatrix {

	static final Set<Role> WORK_WITH_CITIZENS = Collections
		.unmodifiableSet(EnumSet.of(CASEWORKER, COMPANY_CONSULTANT, MENTOR, TEAM_LEADER));

	static final Set<Role> DECIDE = Collections.unmodifiableSet(EnumSet.of(CASEWORKER, TEAM_LEADER));

	static final Set<Role> LEADER = Collections.unmodifiableSet(EnumSet.of(TEAM_LEADER));

	static final Set<Role> ADMINISTRATION = Collections.unmodifiableSet(EnumSet.of(ADMINISTRATOR));

	static final Set<Role> AUDIT = Collections.unmodifiableSet(EnumSet.of(AUDITOR));

	static final Set<Role> ANY_STAFF = Collections.unmodifiableSet(EnumSet.allOf(Role.class));

	/** The occupation taxonomy: everyone who works with citizens or companies, and the administrator. */
	static final Set<Role> TAXONOMY = Collections
		.unmodifiableSet(EnumSet.of(CASEWORKER, COMPANY_CONSULTANT, MENTOR, TEAM_LEADER, ADMINISTRATOR));

	/** Min side is the citizens' own: every member of staff is refused. */
	static final Set<Role> CITIZENS_ONLY = Collections.unmodifiableSet(EnumSet.noneOf(Role.class));

	static final List<Rule> RULES = List.of(
			// identity: units (read by all staff, changed by the administrator)
			rule("GET /api/v1/units", ANY_STAFF), //
			rule("GET /api/v1/units/{id}", ANY_STAFF), //
			rule("POST /api/v1/units", ADMINISTRATION, MatrixData::newUnit), //
			rule("PUT /api/v1/units/{id}", ADMINISTRATION, MatrixData::unitChange), //
			// identity: staff
			rule("GET /api/v1/staff", ADMINISTRATION), //
			rule("GET /api/v1/staff/{id}", ADMINISTRATION), //
			rule("POST /api/v1/staff", ADMINISTRATION, MatrixData::newStaff), //
			rule("PUT /api/v1/staff/{id}", ADMINISTRATION, MatrixData::staffChange), //
			rule("POST /api/v1/staff/{id}/deactivate", ADMINISTRATION), //
			rule("POST /api/v1/staff/{id}/activate", ADMINISTRATION), //
			rule("POST /api/v1/staff/{id}/unlock", ADMINISTRATION), //
			rule("POST /api/v1/staff/{id}/password", ADMINISTRATION, MatrixData::password), //
			// citizen
			rule("POST /api/v1/citizens", DECIDE, MatrixData::newCitizen), //
			rule("GET /api/v1/citizens/mine", WORK_WITH_CITIZENS), //
			rule("GET /api/v1/citizens/unit", LEADER), //
			rule("POST /api/v1/citizens/search", WORK_WITH_CITIZENS, MatrixData::search), //
			rule("GET /api/v1/citizens/{id}", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/citizens/{id}/cpr-reveal", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/citizens/{id}/benefit-periods", DECIDE, MatrixData::benefit), //
			rule("POST /api/v1/citizens/{id}/benefit-periods/{periodId}/end", DECIDE,
					MatrixData::endBenefit), //
			rule("POST /api/v1/citizens/{id}/visitation", DECIDE, MatrixData::visitation), //
			rule("POST /api/v1/citizens/{id}/assignment", DECIDE, MatrixData::assignment), //
			rule("GET /api/v1/citizens/{id}/journal", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/citizens/{id}/journal", WORK_WITH_CITIZENS, MatrixData::note), //
			rule("POST /api/v1/citizens/{id}/access", WORK_WITH_CITIZENS, MatrixData::reason), //
			rule("GET /api/v1/access-grants", LEADER), //
			// occupation taxonomy
			rule("GET /api/v1/occupations", TAXONOMY), //
			rule("GET /api/v1/occupations/{code}", TAXONOMY), //
			// audit
			rule("GET /api/v1/audit/entries", AUDIT), //
			rule("POST /api/v1/audit/verification", AUDIT), //
			// pages: citizen
			rule("GET /borgere", WORK_WITH_CITIZENS), //
			rule("POST /borgere/soeg", WORK_WITH_CITIZENS, MatrixData::search), //
			rule("GET /borgere/ny", DECIDE), //
			rule("POST /borgere/ny", DECIDE, MatrixData::newCitizen), //
			rule("GET /borgere/{id}", WORK_WITH_CITIZENS), //
			rule("POST /borgere/{id}/cpr", WORK_WITH_CITIZENS), //
			rule("POST /borgere/{id}/ydelser", DECIDE, MatrixData::benefit), //
			rule("POST /borgere/{id}/ydelser/{periodId}/afslut", DECIDE, MatrixData::endBenefit), //
			rule("POST /borgere/{id}/visitation", DECIDE, MatrixData::visitation), //
			rule("POST /borgere/{id}/tildeling", DECIDE, MatrixData::assignment), //
			rule("GET /borgere/kontaktpersoner", DECIDE), //
			rule("POST /borgere/{id}/journal", WORK_WITH_CITIZENS, MatrixData::note), //
			rule("POST /borgere/{id}/adgang", WORK_WITH_CITIZENS, MatrixData::reason), //
			rule("GET /borgere/adgang", LEADER), //
			// pages: Min side (citizens)
			rule("GET /min-side", CITIZENS_ONLY), //
			// pages: audit
			rule("GET /revision", AUDIT), //
			rule("POST /revision/verifikation", AUDIT), //
			// pages: administration
			rule("GET /admin/medarbejdere", ADMINISTRATION), //
			rule("GET /admin/medarbejdere/ny", ADMINISTRATION), //
			rule("POST /admin/medarbejdere/ny", ADMINISTRATION, MatrixData::newStaff), //
			rule("GET /admin/medarbejdere/{id}", ADMINISTRATION), //
			rule("POST /admin/medarbejdere/{id}", ADMINISTRATION, MatrixData::staffChange), //
			rule("POST /admin/medarbejdere/{id}/adgangskode", ADMINISTRATION, MatrixData::password), //
			rule("POST /admin/medarbejdere/{id}/deaktiver", ADMINISTRATION), //
			rule("POST /admin/medarbejdere/{id}/aktiver", ADMINISTRATION), //
			rule("POST /admin/medarbejdere/{id}/laas-op", ADMINISTRATION), //
			rule("GET /admin/enheder", ADMINISTRATION), //
			rule("POST /admin/enheder", ADMINISTRATION, MatrixData::newUnit), //
			rule("GET /admin/enheder/{id}", ADMINISTRATION), //
			rule("POST /admin/enheder/{id}", ADMINISTRATION, MatrixData::unitChange));

	private AuthorisationMatrix() {
	}

	private static Rule rule(String endpoint, Set<Role> roles) {
		return rule(endpoint, roles, data -> Map.of());
	}

	private static Rule rule(String endpoint, Set<Role> roles, Function<MatrixData, Map<String, ?>> body) {
		var parts = endpoint.split(" ", 2);
		return new Rule(parts[0], parts[1], roles, body);
	}

	/** Who may call one endpoint, and what an allowed caller sends. */
	record Rule(String method, String template, Set<Role> roles, Function<MatrixData, Map<String, ?>> body) {

		String endpoint() {
			return method + " " + template;
		}

		boolean api() {
			return template.startsWith("/api/");
		}

		boolean allows(Role role) {
			return roles.contains(role);
		}

	}

}
