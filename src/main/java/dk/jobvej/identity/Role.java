package dk.jobvej.identity;

/**
 * What a member of staff does in Jobvej. A person may hold several roles; the roles decide which
 * pages and endpoints they reach, their unit decides which citizens.
 */
public enum Role {

	/** Rådgiver: visitation, contact course, plans, decisions and journal for their citizens. */
	CASEWORKER,

	/** Virksomhedskonsulent: companies, visits, vacancies, placements and matching. */
	COMPANY_CONSULTANT,

	/** Mentor or personal job mediator (personlig jobformidler): close contact with citizens. */
	MENTOR,

	/** Leder: the citizens and worklists of their unit, break-the-glass reviews. */
	TEAM_LEADER,

	/** Administrator: staff, roles, units, rules and targets; no access to citizens' data. */
	ADMINISTRATOR,

	/** Revisor: reads and verifies the audit log; no access to citizens' data. */
	AUDITOR;

	/** The Spring Security authority of the role. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Roles that work with citizens' cases and may open a citizen's page. */
	public boolean worksWithCitizens() {
		return this == CASEWORKER || this == COMPANY_CONSULTANT || this == MENTOR || this == TEAM_LEADER;
	}

}
