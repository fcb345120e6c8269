package dk.jobvej.programme.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import dk.jobvej.citizen.CitizenHistory;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.cv.CvSearch;
import dk.jobvej.cv.CvSnapshot;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.OrganisationalUnit;
import dk.jobvej.identity.UnitId;
import dk.jobvej.plan.OfferType;
import dk.jobvej.plan.PlanGoals;
import dk.jobvej.programme.Arm;
import dk.jobvej.programme.ExitDestination;
import dk.jobvej.programme.GrantRule;
import dk.jobvej.programme.Placement;
import dk.jobvej.programme.PlacementSource;
import dk.jobvej.programme.ProgrammeId;
import dk.jobvej.programme.VisitationGroup;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme's figures, computed from the data every time: the status report, the grant ledger,
 * the group 1 members who lack a plan, a CV or a job mediator. Placements come from every
 * {@link PlacementSource}; histories from {@link CitizenRegister#forEachHistory}.
 */
@Service
public class ProgrammeReports {

	/** Without a grant rule, starts and completions are counted as JobFirst counted them. */
	static final GrantRule COUNTING_ONLY = new GrantRule(0, 0, 0, 13, EnumSet.of(OfferType.VIRKSOMHEDSPRAKTIK,
			OfferType.LOENTILSKUD_PRIVAT, OfferType.LOENTILSKUD_OFFENTLIG, OfferType.ORDINAERE_TIMER));

	private final ProgrammeStore store;

	private final CitizenRegister citizens;

	private final List<PlacementSource> placements;

	private final CvSearch cvs;

	private final PlanGoals plans;

	private final Organisation organisation;

	private final Clock clock;

	ProgrammeReports(ProgrammeStore store, CitizenRegister citizens, List<PlacementSource> placements, CvSearch cvs,
			PlanGoals plans, Organisation organisation, Clock clock) {
		this.store = store;
		this.citizens = citizens;
		this.placements = placements;
		this.cvs = cvs;
		this.plans = plans;
		this.organisation = organisation;
		this.clock = clock;
	}

	/** The members the status counts: the participants of a trial, else every member. */
	Set<UUID> cohort(ProgrammeId id) {
		var run = store.allocationRun(id);
		var cohort = new HashSet<UUID>();
		if (run.isPresent()) {
			store.allocation(id).stream().filter(row -> row.arm() == Arm.PARTICIPANT).forEach(row -> cohort.add(row.citizen()));
		}
		else {
			store.members(id).forEach(member -> cohort.add(member.citizen()));
		}
		return cohort;
	}

	/** The placements of the given citizens, from every source. */
	List<Placement> placements(int municipalityCode, Set<UUID> of) {
		var found = new ArrayList<Placement>();
		for (var source : placements) {
			source.forEachPlacement(municipalityCode, placement -> {
				if (of.contains(placement.citizen().value())) {
					found.add(placement);
				}
			});
		}
		return found;
	}

	/** The grant ledger (or, without a grant rule, the starts and completions it counts). */
	@Transactional(readOnly = true)
	public List<GrantLedger.Entry> ledger(Programme programme) {
		var cohort = cohort(programme.id());
		var rule = programme.definition().grantRule() == null ? COUNTING_ONLY : programme.definition().grantRule();
		return GrantLedger.compute(rule, programme.startsOn(), programme.endsOn(), LocalDate.now(clock),
				placements(programme.municipalityCode(), cohort));
	}

	@Transactional(readOnly = true)
	public StatusReport status(Programme programme) {
		var id = programme.id();
		var members = store.members(id);
		var cohort = cohort(id);
		var histories = histories(programme.municipalityCode(), memberIds(members));
		var cohortByStratum = new TreeMap<String, Integer>();
		members.stream().filter(m -> cohort.contains(m.citizen())).forEach(m -> cohortByStratum.merge(m.stratum(), 1, Integer::sum));
		var entries = ledger(programme);
		var started = new EnumMap<OfferType, Integer>(OfferType.class);
		var completed = new EnumMap<OfferType, Integer>(OfferType.class);
		for (var entry : entries) {
			(entry.kind() == GrantLedger.Kind.START ? started : completed).merge(entry.type(), 1, Integer::sum);
		}
		var exits = new EnumMap<ExitDestination, Integer>(ExitDestination.class);
		var exited = new HashSet<UUID>();
		store.exits(id).stream().filter(exit -> cohort.contains(exit.citizen())).forEach(exit -> {
			exits.merge(exit.destination(), 1, Integer::sum);
			exited.add(exit.citizen());
		});
		var moved = (int) cohort.stream().filter(c -> !histories.containsKey(c) && !exited.contains(c)).count();
		var visits = store.currentVisits(id);
		var allExited = new HashSet<UUID>();
		store.exits(id).forEach(exit -> allExited.add(exit.citizen()));
		return new StatusReport(programme, LocalDate.now(clock), store.selection(id).orElse(null),
				store.allocationRun(id).orElse(null), members.size(), cohort.size(), cohortByStratum, started, completed,
				exits, moved, programme.definition().visitationGroups() ? units(members, histories, visits, allExited) : List.of(),
				grants(programme, entries), lackingCounts(programme, visits, allExited, histories));
	}

	private StatusReport.@Nullable Grants grants(Programme programme, List<GrantLedger.Entry> entries) {
		if (programme.definition().grantRule() == null) {
			return null;
		}
		var starts = entries.stream().filter(e -> e.kind() == GrantLedger.Kind.START).toList();
		var completions = entries.stream().filter(e -> e.kind() == GrantLedger.Kind.COMPLETION).toList();
		var startAmount = starts.stream().mapToLong(GrantLedger.Entry::amount).sum();
		var completionAmount = completions.stream().mapToLong(GrantLedger.Entry::amount).sum();
		var earned = startAmount + completionAmount;
		var ceiling = programme.definition().budgetActivity();
		var payments = store.payments(programme.id());
		return new StatusReport.Grants(starts.size(), startAmount, completions.size(), completionAmount, earned,
				programme.definition().budgetBase(), ceiling, Math.min(earned, ceiling),
				payments.stream().mapToLong(Records.Payment::amount).sum(), payments);
	}

	private List<StatusReport.UnitGroups> units(List<Records.Member> members, Map<UUID, CitizenHistory> histories,
			List<Records.Visit> visits, Set<UUID> exited) {
		var groupOf = new HashMap<UUID, VisitationGroup>();
		visits.forEach(visit -> groupOf.put(visit.citizen(), visit.group()));
		var byUnit = new TreeMap<String, List<UUID>>();
		var names = new HashMap<UnitId, String>();
		for (var member : members) {
			var history = histories.get(member.citizen());
			if (history == null || exited.contains(member.citizen())) {
				continue;
			}
			var name = names.computeIfAbsent(history.unit(),
					unit -> organisation.unit(unit).map(OrganisationalUnit::name).orElse(unit.toString()));
			byUnit.computeIfAbsent(name, key -> new ArrayList<>()).add(member.citizen());
		}
		var units = new ArrayList<StatusReport.UnitGroups>();
		byUnit.forEach((unit, inUnit) -> {
			var groups = new EnumMap<VisitationGroup, Integer>(VisitationGroup.class);
			var notVisited = 0;
			for (var citizen : inUnit) {
				var group = groupOf.get(citizen);
				if (group == null) {
					notVisited++;
				}
				else {
					groups.merge(group, 1, Integer::sum);
				}
			}
			units.add(new StatusReport.UnitGroups(unit, inUnit.size(), groups, notVisited));
		});
		return units;
	}

	/** A group 1 member still in the programme and what they lack. */
	public record Lack(CitizenId citizen, boolean plan, boolean cv, boolean mediator) {

		public boolean any() {
			return plan || cv || mediator;
		}

	}

	/** Every group 1 member still in the programme, with what they lack (the figures, not shown by name). */
	@Transactional(readOnly = true)
	public List<Lack> lacking(Programme programme) {
		var histories = histories(programme.municipalityCode(), memberIds(store.members(programme.id())));
		var exited = new HashSet<UUID>();
		store.exits(programme.id()).forEach(exit -> exited.add(exit.citizen()));
		return lacks(programme, store.currentVisits(programme.id()), exited, histories);
	}

	private List<Lack> lacks(Programme programme, List<Records.Visit> visits, Set<UUID> exited,
			Map<UUID, CitizenHistory> histories) {
		var groupOne = visits.stream()
			.filter(v -> v.group() == VisitationGroup.GROUP_1 && !exited.contains(v.citizen()) && histories.containsKey(v.citizen()))
			.toList();
		if (groupOne.isEmpty()) {
			return List.of();
		}
		var withPlan = plans.withEndGoal(programme.municipalityCode());
		return groupOne.stream().map(v -> {
			var citizen = new CitizenId(v.citizen());
			var usableCv = cvs.snapshot(citizen).map(CvSnapshot::usable).orElse(false);
			return new Lack(citizen, !withPlan.contains(citizen), !usableCv, v.jobMediator() == null);
		}).toList();
	}

	private StatusReport.Lacking lackingCounts(Programme programme, List<Records.Visit> visits, Set<UUID> exited,
			Map<UUID, CitizenHistory> histories) {
		if (!programme.definition().visitationGroups()) {
			return new StatusReport.Lacking(0, 0, 0, 0);
		}
		var lacks = lacks(programme, visits, exited, histories);
		return new StatusReport.Lacking(lacks.size(), (int) lacks.stream().filter(Lack::plan).count(),
				(int) lacks.stream().filter(Lack::cv).count(), (int) lacks.stream().filter(Lack::mediator).count());
	}

	/** The histories of the given citizens still in the municipality. */
	Map<UUID, CitizenHistory> histories(int municipalityCode, Set<UUID> of) {
		var found = new HashMap<UUID, CitizenHistory>();
		citizens.forEachHistory(municipalityCode, history -> {
			if (of.contains(history.id().value())) {
				found.put(history.id().value(), history);
			}
		});
		return found;
	}

	static Set<UUID> memberIds(List<Records.Member> members) {
		var ids = new HashSet<UUID>();
		members.forEach(member -> ids.add(member.citizen()));
		return ids;
	}


}
