package dk.jobvej.citizen.web;

import java.util.ArrayList;
import java.util.List;

import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.OrganisationalUnit;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.StaffMember;
import dk.jobvej.identity.UnitId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the form for a citizen's unit and primary contact offers: the units of the municipality,
 * and the active staff of the chosen unit who work with citizens (plus the current contact, when
 * they work elsewhere, so the form never changes the contact without being asked to).
 */
@Component
class AssignmentChoices {

	private final Organisation organisation;

	AssignmentChoices(Organisation organisation) {
		this.organisation = organisation;
	}

	List<OrganisationalUnit> units(int municipalityCode) {
		return organisation.units(municipalityCode);
	}

	/** The contacts offered for a unit of the municipality; none for a unit of another municipality. */
	List<StaffMember> contacts(int municipalityCode, UnitId unit, @Nullable StaffId current) {
		var inMunicipality = organisation.unit(unit).filter(u -> u.municipalityCode() == municipalityCode).isPresent();
		var contacts = new ArrayList<StaffMember>();
		if (current != null) {
			organisation.staffMember(current)
				.filter(member -> !member.unit().equals(unit) && member.municipalityCode() == municipalityCode)
				.flatMap(member -> organisation.staffMember(member.username()))
				.filter(StaffMember::worksWithCitizens)
				.ifPresent(contacts::add);
		}
		if (inMunicipality) {
			organisation.staffOf(unit).stream().filter(StaffMember::worksWithCitizens).forEach(contacts::add);
		}
		return contacts;
	}

}
