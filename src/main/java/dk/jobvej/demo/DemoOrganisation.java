package dk.jobvej.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dk.jobvej.identity.Administration;
import dk.jobvej.identity.NewStaffMember;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.UnitId;

import org.springframework.stereotype.Component;

/**
 * The organisation of Jobcenter Aalborg as the seeds describe it: Job- og Uddannelsesafdelingen
 * with its houses, and one demo user per role (password {@code demo}).
 */
@Component
class DemoOrganisation {

	static final int AALBORG = 851;

	static final String DEPARTMENT = "Job- og Uddannelsesafdelingen";

	static final String JOB_OG_AKTIVHUSET = "Job- og Aktivhuset";

	static final java.util.List<String> HOUSES = java.util.List.of("Jobhuset", JOB_OG_AKTIVHUSET, "Uddannelseshuset",
			"Job- og Integrationshuset", "Sygedagpengehuset", "Ydelsescentret", "RessourceCenter Aalborg",
			"Rekrutteringsenheden");

	private final Administration administration;

	private final Organisation organisation;

	DemoOrganisation(Administration administration, Organisation organisation) {
		this.administration = administration;
		this.organisation = organisation;
	}

	/** Creates the units and demo users unless they exist; returns the units by name. */
	Map<String, UnitId> ensure() {
		var existing = new LinkedHashMap<String, UnitId>();
		organisation.units(AALBORG).forEach(unit -> existing.put(unit.name(), unit.id()));
		if (!existing.isEmpty()) {
			return existing;
		}
		var department = administration.createUnit(DEPARTMENT, null, AALBORG);
		existing.put(DEPARTMENT, department);
		HOUSES.forEach(house -> existing.put(house, administration.createUnit(house, department, AALBORG)));
		var aktivhuset = existing.get(JOB_OG_AKTIVHUSET);
		hire("raadgiver", "Mette Sørensen", aktivhuset, Role.CASEWORKER);
		hire("leder", "Anne-Marie Bach", aktivhuset, Role.TEAM_LEADER);
		hire("mentor", "Jonas Kristensen", aktivhuset, Role.MENTOR);
		hire("konsulent", "Frida Tarp", existing.get("Rekrutteringsenheden"), Role.COMPANY_CONSULTANT);
		hire("jobhuset", "Lars Mikkelsen", existing.get("Jobhuset"), Role.CASEWORKER);
		hire("admin", "Netta Ben-Yedidia", department, Role.ADMINISTRATOR);
		hire("revisor", "Karen Holm", department, Role.AUDITOR);
		return existing;
	}

	private void hire(String username, String name, UnitId unit, Role role) {
		administration.hire(new NewStaffMember(username, name, username + "@aalborg.dk", unit, Set.of(role), "demo"));
	}

}
