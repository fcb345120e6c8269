package dk.jobvej.identity.web;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.identity.OrganisationalUnit;
import dk.jobvej.identity.UnitId;
import dk.jobvej.identity.UnitTree;

/**
 * A unit in a drop-down list, indented by its depth in the organisation so that the list reads
 * like the organisation chart.
 */
record UnitOption(UUID id, String label) {

	private static final String INDENT = "\u00a0\u00a0\u00a0";

	/** Every unit, in tree order, except those in {@code excluded}. */
	static List<UnitOption> of(Collection<OrganisationalUnit> units, Set<UnitId> excluded) {
		return UnitTree.of(units)
			.depthFirst()
			.stream()
			.filter(branch -> !excluded.contains(branch.unit().id()))
			.map(branch -> new UnitOption(branch.unit().id().value(),
					INDENT.repeat(branch.depth()) + branch.unit().name()))
			.toList();
	}

}
