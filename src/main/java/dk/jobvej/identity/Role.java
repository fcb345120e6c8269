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
	AUDITOR,

	/**
	 * Samarbejdspartner (anden aktør): staff of an external partner the jobcenter refers citizens
	 * to, such as the small-jobs bureau (småjob med mening). Sees only the citizens referred to their
	 * organisation (the smalljobs module decides which, by the partner's unit); never the citizen
	 * register itself.
	 */
	PARTNER,

	/**
	 * Netværkspartner: staff of a partner in a cross-municipality match network (Vækst Via Viden:
	 * UCN, AAU, an a-kasse); sees the network's openings and match counts and only their own
	 * organisation's candidates (the network module decides which, by the partner's unit).
	 */
	NETWORK_PARTNER;

	/** The Spring Security authority of the role. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Roles that work with citizens' cases and may open a citizen's page. */
	public boolean worksWithCitizens() {
		return this == CASEWORKER || this == COMPANY_CONSULTANT || this == MENTOR || this == TEAM_LEADER;
	}

}
