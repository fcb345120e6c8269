package dk.jobvej.programme.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.citizen.CitizenFacts;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;

import org.springframework.stereotype.Component;

/**
 * The programme's members that the signed-in member of staff may see by name: a team leader's unit,
 * or the citizens they are primary contact for. Read (and audited) through {@link CitizenRegister}.
 */
@Component
public class MyMembers {

	private final CitizenRegister citizens;

	private final Organisation organisation;

	MyMembers(CitizenRegister citizens, Organisation organisation) {
		this.citizens = citizens;
		this.organisation = organisation;
	}

	/** Of the given citizens, those the caller may see, with their facts, in name order. */
	public Map<CitizenId, CitizenFacts> among(Set<UUID> members, String what) {
		var me = organisation.signedIn();
		List<CitizenFacts> caseload = me.has(Role.TEAM_LEADER) ? citizens.unitCaseload(what) : citizens.caseload(what);
		var mine = new LinkedHashMap<CitizenId, CitizenFacts>();
		caseload.stream()
			.filter(facts -> members.contains(facts.id().value()))
			.sorted(java.util.Comparator.comparing(CitizenFacts::name))
			.forEach(facts -> mine.put(facts.id(), facts));
		return mine;
	}

}
