package dk.jobvej.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dk.jobvej.citizen.ImportedCitizen;
import dk.jobvej.citizen.ImportedVisitation;
import dk.jobvej.identity.StaffId;

/**
 * Gives generated citizens their unit and staff: a citizen on a running benefit gets a primary
 * contact among the caseworkers of their house, in turn, so caseloads are even; a citizen whose
 * benefit ended has none. Each visitation decision was made by a caseworker of the house that
 * serves that category: the last one of a running case by the primary contact.
 */
final class Caseloads {

	private final int municipalityCode;

	private final DemoUnits units;

	private final Map<House, List<StaffId>> caseworkers;

	private final Map<House, Integer> turns = new EnumMap<>(House.class);

	Caseloads(int municipalityCode, DemoUnits units, Map<House, List<StaffId>> caseworkers) {
		this.municipalityCode = municipalityCode;
		this.units = units;
		this.caseworkers = caseworkers;
	}

	ImportedCitizen assign(CitizenProfile citizen) {
		StaffId contact = null;
		if (citizen.current()) {
			var staff = staff(citizen.house());
			var turn = turns.merge(citizen.house(), 1, Integer::sum) - 1;
			contact = staff.get(turn % staff.size());
		}
		var decisions = citizen.decisions();
		var visitations = new java.util.ArrayList<ImportedVisitation>(decisions.size());
		for (var i = 0; i < decisions.size(); i++) {
			var decision = decisions.get(i);
			var staff = staff(decision.house());
			var decidedBy = contact != null && i == decisions.size() - 1 && decision.house() == citizen.house() ? contact
					: staff.get(Math.floorMod(citizen.id().hashCode() + 31 * i, staff.size()));
			visitations.add(new ImportedVisitation(decision.category(), decision.decidedAt(), decidedBy,
					decision.reason()));
		}
		return new ImportedCitizen(citizen.id(), citizen.cpr(), citizen.name().given(), citizen.name().family(),
				citizen.address(), municipalityCode, units.of(citizen.house()), contact, citizen.benefits(),
				visitations);
	}

	private List<StaffId> staff(House house) {
		var staff = caseworkers.get(house);
		if (staff == null || staff.isEmpty()) {
			throw new IllegalStateException("No caseworker in " + house);
		}
		return staff;
	}

}
