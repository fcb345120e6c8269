package dk.jobvej.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenHistory;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.citizen.Cpr;
import dk.jobvej.citizen.ImportedBenefitPeriod;
import dk.jobvej.citizen.ImportedCitizen;
import dk.jobvej.citizen.ImportedVisitation;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.cv.CvImport;
import dk.jobvej.cv.Occupations;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.StaffMember;
import dk.jobvej.identity.UnitId;
import dk.jobvej.plan.OfferType;
import dk.jobvej.plan.PlanImport;
import dk.jobvej.programme.Arm;
import dk.jobvej.programme.Clause;
import dk.jobvej.programme.DeferralReason;
import dk.jobvej.programme.ExitDestination;
import dk.jobvej.programme.GrantRule;
import dk.jobvej.programme.ProgrammeDefinition;
import dk.jobvej.programme.ProgrammeId;
import dk.jobvej.programme.ProgrammeImport;
import dk.jobvej.programme.Randomisation;
import dk.jobvej.programme.VisitationGroup;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo programmes: JobFirst (a randomised trial of 350 citizens, 178 drawn as participants,
 * with its courses, exits and grant) and Flere Skal Med (1,243 citizens in the gross target group,
 * programme visitation in groups 1–3 and deferred, 251 exits and 33 moves), calibrated to seeds
 * 000, 001 and 004. The cohorts are citizens of their own with histories from 2008 to 2020,
 * imported through the citizen module; the programmes are defined, selected and drawn through the
 * programme module's API, so the selection and the draw are the module's own. Runs once per
 * municipality: a programme that exists is left alone.
 */
@Component
class DemoProgrammes {

	private static final Logger log = LoggerFactory.getLogger(DemoProgrammes.class);

	static final String ACTOR = "system:demo";

	/** The seed JobFirst's draw was made with (recorded in the programme). */
	static final long JOBFIRST_DRAW_SEED = 20_160_301L;

	static final int JOBFIRST_PARTICIPANTS = 178;

	/** Flere Skal Med's citizens still in the project, per house (seed 000: 709, 199 and 45; 6 elsewhere). */
	static final Map<House, Integer> FSM_STAYING = Map.of(House.JOB_OG_AKTIVHUSET, 709,
			House.JOB_OG_INTEGRATIONSHUSET, 199, House.UDDANNELSESHUSET, 45, House.JOBHUSET, 6);

	/** Visitation groups per house: group 1, 2, 3, deferred (the rest not yet visited). Job- og Aktivhuset from seed 000. */
	static final Map<House, int[]> FSM_GROUPS = Map.of(House.JOB_OG_AKTIVHUSET, new int[] { 393, 139, 125, 30 },
			House.JOB_OG_INTEGRATIONSHUSET, new int[] { 96, 44, 39, 10 }, House.UDDANNELSESHUSET,
			new int[] { 30, 6, 5, 2 }, House.JOBHUSET, new int[] { 6, 0, 0, 0 });

	private final CitizenImport citizenImport;

	private final CitizenRegister citizens;

	private final PlanImport planImport;

	private final CvImport cvImport;

	private final ProgrammeImport programmes;

	private final Organisation organisation;

	private final Occupations occupations;

	private final Clock clock;

	private final Properties texts = Resources.properties("demo/programmes.properties");

	DemoProgrammes(CitizenImport citizenImport, CitizenRegister citizens, PlanImport planImport, CvImport cvImport,
			ProgrammeImport programmes, Organisation organisation, Occupations occupations, Clock clock) {
		this.citizenImport = citizenImport;
		this.citizens = citizens;
		this.planImport = planImport;
		this.cvImport = cvImport;
		this.programmes = programmes;
		this.organisation = organisation;
		this.occupations = occupations;
		this.clock = clock;
	}

	/** JobFirst and Flere Skal Med in the municipality, unless they are there already. */
	void ensure(int municipalityCode, Map<House, UnitId> units, long seed) {
		var started = System.nanoTime();
		var cohorts = new ProgrammeCohorts(seed);
		var cprs = new HashSet<String>();
		var jobFirst = jobFirst(municipalityCode, units, seed, cohorts, cprs);
		var fsm = fsm(municipalityCode, units, seed, cohorts, cprs);
		log.info("Demo programmes: JobFirst {}, Flere Skal Med {} in {} ms", jobFirst ? "loaded" : "kept",
				fsm ? "loaded" : "kept", (System.nanoTime() - started) / 1_000_000);
	}

	private boolean jobFirst(int m, Map<House, UnitId> units, long seed, ProgrammeCohorts cohorts, Set<String> cprs) {
		if (programmes.find(m, texts.getProperty("jobfirst.code")).isPresent()) {
			return false;
		}
		var members = cohorts.jobFirstMembers();
		var draw = Randomisation.draw(members.stream()
			.map(p -> new Randomisation.Candidate(p.id().value(), p.current().name()))
			.toList(), JOBFIRST_DRAW_SEED, JOBFIRST_PARTICIPANTS, true);
		var outcomes = new ProgrammeOutcomes(cohorts, clock.getZone(), m).jobFirst(members, draw.arms(), units);
		var people = new ArrayList<ImportedCitizen>();
		var random = cohorts.random("jobfirst-people");
		for (var person : members) {
			people.add(citizen(person, outcomes.benefits().get(person.id()), m, units, random, cprs));
		}
		for (var person : cohorts.jobFirstNearMisses()) {
			people.add(citizen(person, person.benefits(), m, units, random, cprs));
		}
		citizenImport.importBatch("demo-" + seed + "-programme-" + m + "-jobfirst", people);
		var id = programmes.define(jobFirstDefinition(m), ACTOR);
		programmes.select(id, ACTOR);
		programmes.randomise(id, JOBFIRST_DRAW_SEED, JOBFIRST_PARTICIPANTS, true, ACTOR);
		var expected = new HashSet<CitizenId>();
		draw.arms().forEach((citizen, arm) -> {
			if (arm == Arm.PARTICIPANT) {
				expected.add(new CitizenId(citizen));
			}
		});
		if (!expected.equals(new HashSet<>(programmes.arm(id, Arm.PARTICIPANT)))) {
			throw new IllegalStateException("JobFirst's draw did not select the generated cohort in municipality " + m);
		}
		planImport.importBatch("demo-" + seed + "-programme-" + m + "-jobfirst-offers", List.of(), outcomes.offers());
		programmes.importRecords(id, List.of(), outcomes.exits(), List.of(new ProgrammeImport.Payment(
				LocalDate.of(2018, 2, 1), 1_802_000, texts.getProperty("jobfirst.payment"))), ACTOR);
		return true;
	}

	ProgrammeDefinition jobFirstDefinition(int m) {
		return new ProgrammeDefinition(m, texts.getProperty("jobfirst.code"), texts.getProperty("jobfirst.name"),
				texts.getProperty("jobfirst.methods"), ProgrammeCohorts.JOBFIRST_START, ProgrammeCohorts.JOBFIRST_END,
				ProgrammeCohorts.JOBFIRST_START, true, false, 850_000, 2_520_000, texts.getProperty("jobfirst.source"),
				List.of(new Clause(EnumSet.of(BenefitType.KONTANTHJAELP, BenefitType.INTEGRATIONSYDELSE),
						VisitationCategory.AKTIVITETSPARAT, 30, 12, 28, null),
						new Clause(EnumSet.of(BenefitType.RESSOURCEFORLOEB), null, 30, null, null, null)),
				new GrantRule(6_000, 10_000, 16_000, 13, EnumSet.of(OfferType.VIRKSOMHEDSPRAKTIK,
						OfferType.LOENTILSKUD_PRIVAT, OfferType.LOENTILSKUD_OFFENTLIG, OfferType.ORDINAERE_TIMER)));
	}

	private boolean fsm(int m, Map<House, UnitId> units, long seed, ProgrammeCohorts cohorts, Set<String> cprs) {
		if (programmes.find(m, texts.getProperty("fsm.code")).isPresent()) {
			return false;
		}
		var random = cohorts.random("fsm-split");
		var byType = new HashMap<BenefitType, List<ProgrammeCohorts.Person>>();
		for (var person : cohorts.fsmMembers()) {
			byType.computeIfAbsent(person.current(), type -> new ArrayList<>()).add(person);
		}
		byType.values().forEach(list -> Collections.shuffle(list, new java.util.Random(random.nextLong())));
		var cash = byType.get(BenefitType.KONTANTHJAELP);
		var young = byType.get(BenefitType.UDDANNELSESHJAELP);
		var exited = new ArrayList<ProgrammeCohorts.Person>();
		exited.addAll(cash.subList(0, 249));
		exited.addAll(young.subList(0, 35));
		var staying = new ArrayList<ProgrammeCohorts.Person>();
		staying.addAll(cash.subList(249, 958));
		cash.subList(958, 994).forEach(p -> staying.add(moved(p, House.JOB_OG_INTEGRATIONSHUSET)));
		cash.subList(994, 1000).forEach(p -> staying.add(moved(p, House.JOBHUSET)));
		staying.addAll(young.subList(35, 80));
		staying.addAll(byType.get(BenefitType.INTEGRATIONSYDELSE));
		var order = new ArrayList<ExitDestination>();
		ProgrammeOutcomes.FSM_EXITS.forEach((destination, count) -> order.addAll(Collections.nCopies(count, destination)));
		Collections.shuffle(order, new java.util.Random(random.nextLong()));
		var destinations = new HashMap<CitizenId, ExitDestination>();
		for (var i = 0; i < exited.size(); i++) {
			destinations.put(exited.get(i).id(), order.get(i));
		}
		var outcomes = new ProgrammeOutcomes(cohorts, clock.getZone(), m).fsm(exited, destinations, staying, units);
		var people = new ArrayList<ImportedCitizen>();
		var names = cohorts.random("fsm-people");
		for (var person : exited) {
			people.add(citizen(person, outcomes.benefits().get(person.id()), m, units, names, cprs));
		}
		for (var person : staying) {
			people.add(citizen(person, outcomes.benefits().get(person.id()), m, units, names, cprs));
		}
		for (var person : cohorts.fsmNearMisses()) {
			people.add(citizen(person, person.benefits(), m, units, names, cprs));
		}
		citizenImport.importBatch("demo-" + seed + "-programme-" + m + "-fsm", people);
		var id = programmes.define(fsmDefinition(m), ACTOR);
		programmes.select(id, ACTOR);
		var visits = visits(exited, destinations, staying, units, random);
		programmes.importRecords(id, visits, outcomes.exits(), List.of(), ACTOR);
		planImport.importBatch("demo-" + seed + "-programme-" + m + "-fsm-offers", List.of(), outcomes.offers());
		groupOneCvs(m, seed, visits);
		return true;
	}

	ProgrammeDefinition fsmDefinition(int m) {
		return new ProgrammeDefinition(m, texts.getProperty("fsm.code"), texts.getProperty("fsm.name"),
				texts.getProperty("fsm.methods"), ProgrammeCohorts.FSM_START, ProgrammeCohorts.FSM_END,
				ProgrammeCohorts.FSM_SELECTION, false, true, 0, 0, texts.getProperty("fsm.source"),
				List.of(new Clause(EnumSet.of(BenefitType.KONTANTHJAELP, BenefitType.UDDANNELSESHJAELP,
						BenefitType.INTEGRATIONSYDELSE), VisitationCategory.AKTIVITETSPARAT, null, 60, 28, 36)),
				null);
	}

	private static ProgrammeCohorts.Person moved(ProgrammeCohorts.Person p, House house) {
		return new ProgrammeCohorts.Person(p.id(), p.birth(), p.female(), p.benefits(), p.decisions(), p.current(), house);
	}

	/** Visitations: the groups per house of those still in the project; group 1 or 2 for those who left. */
	private List<ProgrammeImport.Visit> visits(List<ProgrammeCohorts.Person> exited,
			Map<CitizenId, ExitDestination> destinations, List<ProgrammeCohorts.Person> staying, Map<House, UnitId> units,
			SplittableRandom random) {
		var visits = new ArrayList<ProgrammeImport.Visit>();
		var mediators = new HashMap<House, List<StaffId>>();
		for (var person : exited) {
			var destination = destinations.get(person.id());
			if (destination == ExitDestination.MOVED) {
				continue;
			}
			var groupOne = destination == ExitDestination.SMALL_JOB || destination == ExitDestination.ORDINARY_JOB
					|| destination == ExitDestination.EDUCATION_SU;
			visits.add(new ProgrammeImport.Visit(person.id(), groupOne ? VisitationGroup.GROUP_1 : VisitationGroup.GROUP_2,
					ProgrammeCohorts.FSM_START.plusDays(7 + random.nextInt(20)), null, null,
					groupOne ? mediator(person.house(), units, mediators, random) : null));
		}
		var byHouse = new HashMap<House, List<ProgrammeCohorts.Person>>();
		staying.forEach(p -> byHouse.computeIfAbsent(p.house(), h -> new ArrayList<>()).add(p));
		for (var house : FSM_GROUPS.keySet().stream().sorted().toList()) {
			var people = byHouse.getOrDefault(house, List.of()).stream().sorted(Comparator.comparing(p -> p.id().value())).toList();
			var counts = FSM_GROUPS.get(house);
			var i = 0;
			for (var g = 0; g < counts.length; g++) {
				var group = VisitationGroup.values()[g];
				for (var n = 0; n < counts[g] && i < people.size(); n++, i++) {
					var person = people.get(i);
					var decided = ProgrammeCohorts.FSM_START.plusDays(14 + random.nextInt(300));
					var mediator = group == VisitationGroup.GROUP_1 && random.nextDouble() < 0.94
							? mediator(house, units, mediators, random) : null;
					visits.add(new ProgrammeImport.Visit(person.id(), group, decided,
							group == VisitationGroup.DEFERRED ? decided.plusDays(90 + random.nextInt(275)) : null,
							group == VisitationGroup.DEFERRED ? (n % 2 == 0 ? DeferralReason.MATERNITY : DeferralReason.PRISON)
									: null,
							mediator));
				}
			}
		}
		return visits;
	}

	/** A mentor or company consultant of the house as personal job mediator (seed 000: either may be). */
	private @Nullable StaffId mediator(House house, Map<House, UnitId> units, Map<House, List<StaffId>> cache,
			SplittableRandom random) {
		var candidates = cache.computeIfAbsent(house, h -> organisation.staffOf(units.get(h))
			.stream()
			.filter(s -> s.has(Role.MENTOR) || s.has(Role.COMPANY_CONSULTANT) || s.has(Role.CASEWORKER))
			.sorted(Comparator.comparing(StaffMember::username))
			.map(StaffMember::id)
			.toList());
		return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
	}

	/** CVs for every group 1 member still in the project, plans for four in five of them. */
	private void groupOneCvs(int m, long seed, List<ProgrammeImport.Visit> visits) {
		var groupOne = new HashSet<CitizenId>();
		visits.stream().filter(v -> v.group() == VisitationGroup.GROUP_1).forEach(v -> groupOne.add(v.citizen()));
		var histories = new ArrayList<CitizenHistory>();
		citizens.forEachHistory(m, history -> {
			if (groupOne.contains(history.id())) {
				histories.add(history);
			}
		});
		histories.sort(Comparator.comparing(h -> h.id().value()));
		var data = new CvAndPlanGenerator(seed, LocalDate.now(clock), clock.getZone(), occupations).cvsAndPlans(histories, 0.8);
		cvImport.importBatch("demo-" + seed + "-programme-" + m + "-fsm-cv", data.cvs());
		planImport.importBatch("demo-" + seed + "-programme-" + m + "-fsm-plans", data.plans(), List.of());
	}

	private ImportedCitizen citizen(ProgrammeCohorts.Person person, List<ImportedBenefitPeriod> benefits, int m,
			Map<House, UnitId> units, SplittableRandom random, Set<String> cprs) {
		var name = Names.pick(random, person.female(), person.birth().getYear(),
				person.current() == BenefitType.INTEGRATIONSYDELSE);
		var unit = units.get(person.house());
		var decider = decider(unit, units);
		var visitations = person.decisions()
			.stream()
			.map(d -> new ImportedVisitation(d.category(), ProgrammeCohorts.noon(d.on(), clock.getZone()), decider,
					texts.getProperty("visitation.reason")))
			.toList();
		return new ImportedCitizen(person.id(), cpr(person.birth(), person.female(), cprs), name.given(), name.family(),
				Addresses.pick(random, Municipalities.byCode(Municipalities.AALBORG)), m, unit, null, benefits, visitations);
	}

	private final Map<UnitId, StaffId> deciders = new HashMap<>();

	private StaffId decider(UnitId unit, Map<House, UnitId> units) {
		return deciders.computeIfAbsent(unit, u -> organisation.staffOf(u)
			.stream()
			.min(Comparator.comparing(StaffMember::username))
			.or(() -> units.values().stream().flatMap(other -> organisation.staffOf(other).stream()).findFirst())
			.map(StaffMember::id)
			.orElseThrow(() -> new IllegalStateException("No staff to have decided the visitations")));
	}

	/**
	 * A CPR number for the birth date: valid serials from the end of the candidate list, skipping any
	 * already in the database or handed out in this run (the population hands out from the start).
	 */
	private Cpr cpr(LocalDate birth, boolean female, Set<String> used) {
		for (var day = birth;; day = day.plusDays(1)) {
			var serials = CprNumbers.candidates(day, female);
			var date = day.format(DateTimeFormatter.ofPattern("ddMMyy"));
			for (var k = serials.length - 1; k >= serials.length / 2; k--) {
				var text = date + String.format("%04d", serials[k]);
				if (!used.contains(text)) {
					used.add(text);
					var cpr = Cpr.parse(text);
					if (citizens.forSelfService(cpr).isEmpty()) {
						return cpr;
					}
				}
			}
		}
	}

}
