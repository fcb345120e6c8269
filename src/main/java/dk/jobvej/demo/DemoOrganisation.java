package dk.jobvej.demo;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

import dk.jobvej.identity.Administration;
import dk.jobvej.identity.NewStaffMember;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.UnitId;

import org.springframework.stereotype.Component;

/**
 * The organisation of a jobcenter as seed 000 describes Jobcenter Aalborg: Job- og
 * Uddannelsesafdelingen with its houses, and in Aalborg one demo user per role (password
 * {@code demo}). Missing units and users are created; existing ones are kept.
 */
@Component
class DemoOrganisation {

	static final String DEPARTMENT = "Job- og Uddannelsesafdelingen";

	static final List<NamedUser> NAMED_USERS = List.of(
			new NamedUser("raadgiver", "Mette Sørensen", House.JOB_OG_AKTIVHUSET, Role.CASEWORKER),
			new NamedUser("leder", "Anne-Marie Bach", House.JOB_OG_AKTIVHUSET, Role.TEAM_LEADER),
			new NamedUser("mentor", "Jonas Kristensen", House.JOB_OG_AKTIVHUSET, Role.MENTOR),
			new NamedUser("konsulent", "Frida Tarp", House.REKRUTTERINGSENHEDEN, Role.COMPANY_CONSULTANT),
			new NamedUser("jobhuset", "Lars Mikkelsen", House.JOBHUSET, Role.CASEWORKER),
			new NamedUser("admin", "Netta Ben-Yedidia", null, Role.ADMINISTRATOR),
			new NamedUser("revisor", "Karen Holm", null, Role.AUDITOR));

	private final Administration administration;

	private final Organisation organisation;

	DemoOrganisation(Administration administration, Organisation organisation) {
		this.administration = administration;
		this.organisation = organisation;
	}

	/** Jobcenter Aalborg's units and the named demo users. */
	DemoUnits ensureAalborg() {
		var units = ensureUnits(Municipalities.byCode(Municipalities.AALBORG));
		for (var user : NAMED_USERS) {
			if (organisation.staffMember(user.username()).isEmpty()) {
				var unit = user.house() == null ? units.department() : units.of(user.house());
				administration.hire(new NewStaffMember(user.username(), user.name(), user.username() + "@aalborg.dk",
						unit, Set.of(user.role()), "demo"));
			}
		}
		return units;
	}

	/** The department and houses of a municipality, created where missing. */
	DemoUnits ensureUnits(Municipality municipality) {
		var existing = new HashMap<String, UnitId>();
		organisation.units(municipality.code()).forEach(unit -> existing.put(unit.name(), unit.id()));
		var department = existing.computeIfAbsent(DEPARTMENT,
				name -> administration.createUnit(name, null, municipality.code()));
		var houses = new EnumMap<House, UnitId>(House.class);
		for (var house : House.values()) {
			houses.put(house, existing.computeIfAbsent(house.unitName(municipality),
					name -> administration.createUnit(name, department, municipality.code())));
		}
		return new DemoUnits(department, houses);
	}

}
