package dk.jobvej.citizen.web;

/** Who may use the citizen pages and API. */
final class CitizenRoles {

	/** Roles that work with citizens' cases; administrators and auditors do not. */
	static final String WORK_WITH_CITIZENS = "hasAnyRole('CASEWORKER','COMPANY_CONSULTANT','MENTOR','TEAM_LEADER')";

	/** Team leaders only. */
	static final String LEAD = "hasRole('TEAM_LEADER')";

	private CitizenRoles() {
	}

}
