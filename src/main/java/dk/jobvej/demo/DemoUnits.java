package dk.jobvej.demo;

import java.util.Map;

import dk.jobvej.identity.UnitId;

/** The units of one municipality's jobcenter: the department and its houses. */
record DemoUnits(UnitId department, Map<House, UnitId> houses) {

	DemoUnits {
		houses = Map.copyOf(houses);
	}

	UnitId of(House house) {
		return houses.get(house);
	}

}
