package dk.jobvej.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.ImportedBenefitPeriod;
import dk.jobvej.identity.UnitId;
import dk.jobvej.plan.ImportedOffer;
import dk.jobvej.plan.OfferResult;
import dk.jobvej.plan.OfferStatus;
import dk.jobvej.plan.OfferType;
import dk.jobvej.plan.ProviderKind;
import dk.jobvej.programme.Arm;
import dk.jobvej.programme.ExitDestination;
import dk.jobvej.programme.ProgrammeImport;

import org.jspecify.annotations.Nullable;

import static dk.jobvej.programme.ExitDestination.ASSETS;
import static dk.jobvej.programme.ExitDestination.DISABILITY_PENSION;
import static dk.jobvej.programme.ExitDestination.EDUCATION_SU;
import static dk.jobvej.programme.ExitDestination.FLEX_JOB_AWAITING;
import static dk.jobvej.programme.ExitDestination.FLEX_JOB_EMPLOYED;
import static dk.jobvej.programme.ExitDestination.MOVED;
import static dk.jobvej.programme.ExitDestination.ORDINARY_JOB;
import static dk.jobvej.programme.ExitDestination.REHABILITATION;
import static dk.jobvej.programme.ExitDestination.RESOURCE_COURSE;
import static dk.jobvej.programme.ExitDestination.SANCTION;
import static dk.jobvej.programme.ExitDestination.SMALL_JOB;

/**
 * What happened to the cohorts after selection: courses at companies, exits and the benefit
 * history that follows from them. JobFirst's participants reproduce the status of seeds 001 and
 * 004 (144 started a course, 140 of them an internship and 4 wage subsidy; 108 completed 13 weeks,
 * 105 and 3; the exits by destination); the controls get the usual effort.
 */
final class ProgrammeOutcomes {

	/** JobFirst's exits among the participants (seed 004, "Borgere udsluset"). */
	static final Map<ExitDestination, Integer> JOBFIRST_EXITS = exits(SMALL_JOB, 10, ORDINARY_JOB, 7, EDUCATION_SU, 5,
			FLEX_JOB_EMPLOYED, 12, FLEX_JOB_AWAITING, 6, DISABILITY_PENSION, 9, REHABILITATION, 2, RESOURCE_COURSE, 3,
			MOVED, 5, ASSETS, 2, SANCTION, 1);

	/** Flere Skal Med's 251 exits by destination (the split is Jobvej's; seed 000 gives only the total) and 33 moves. */
	static final Map<ExitDestination, Integer> FSM_EXITS = exits(SMALL_JOB, 60, ORDINARY_JOB, 45, EDUCATION_SU, 20,
			FLEX_JOB_EMPLOYED, 30, FLEX_JOB_AWAITING, 20, DISABILITY_PENSION, 40, REHABILITATION, 6, RESOURCE_COURSE, 30,
			MOVED, 33);

	static final int STARTED_INTERNSHIP = 140;

	static final int STARTED_WAGE_SUBSIDY = 4;

	static final int COMPLETED_INTERNSHIP = 105;

	static final int COMPLETED_WAGE_SUBSIDY = 3;

	record Result(Map<CitizenId, List<ImportedBenefitPeriod>> benefits, List<ImportedOffer> offers,
			List<ProgrammeImport.Exit> exits) {
	}

	private final ProgrammeCohorts cohorts;

	private final List<String> employers;

	private final ZoneId zone;

	private final int municipalityCode;

	ProgrammeOutcomes(ProgrammeCohorts cohorts, ZoneId zone, int municipalityCode) {
		this.cohorts = cohorts;
		this.zone = zone;
		this.municipalityCode = municipalityCode;
		this.employers = Resources.sections("demo/cv-and-plan.txt").get("employers");
	}

	Result jobFirst(List<ProgrammeCohorts.Person> members, Map<UUID, Arm> arms, Map<House, UnitId> units) {
		var random = cohorts.random("jobfirst-outcomes");
		var sorted = members.stream().sorted(Comparator.comparing(p -> p.id().value().toString())).toList();
		var participants = new ArrayList<>(sorted.stream().filter(p -> arms.get(p.id().value()) == Arm.PARTICIPANT).toList());
		var controls = sorted.stream().filter(p -> arms.get(p.id().value()) == Arm.CONTROL).toList();
		Collections.shuffle(participants, new java.util.Random(random.nextLong()));
		var benefits = new HashMap<CitizenId, List<ImportedBenefitPeriod>>();
		var offers = new ArrayList<ImportedOffer>();
		var exits = new ArrayList<ProgrammeImport.Exit>();
		var courseEnds = new HashMap<CitizenId, LocalDate>();
		for (var i = 0; i < participants.size(); i++) {
			var person = participants.get(i);
			if (i < STARTED_INTERNSHIP + STARTED_WAGE_SUBSIDY) {
				var internship = i < STARTED_INTERNSHIP;
				var completed = internship ? i < COMPLETED_INTERNSHIP : i < STARTED_INTERNSHIP + COMPLETED_WAGE_SUBSIDY;
				var start = ProgrammeCohorts.JOBFIRST_START.plusDays(14 + random.nextInt(480));
				var planned = start.plusWeeks(13).minusDays(1).plusDays(7L * random.nextInt(14));
				var ended = completed ? planned : start.plusDays(14 + random.nextInt(70));
				offers.add(offer(person, internship ? OfferType.VIRKSOMHEDSPRAKTIK : OfferType.LOENTILSKUD_PRIVAT, start,
						planned, ended, completed ? OfferResult.COMPLETED : OfferResult.INTERRUPTED, null, units, random));
				courseEnds.put(person.id(), ended);
			}
		}
		var order = new ArrayList<ExitDestination>();
		JOBFIRST_EXITS.forEach((destination, count) -> order.addAll(Collections.nCopies(count, destination)));
		var taken = new java.util.HashSet<CitizenId>();
		var completers = 0;
		for (var destination : order) {
			ProgrammeCohorts.Person person;
			if (destination == SMALL_JOB || destination == ORDINARY_JOB) {
				person = participants.get(completers++);
			}
			else {
				person = participants.stream()
					.skip(COMPLETED_INTERNSHIP)
					.filter(p -> !taken.contains(p.id())
							&& (destination != RESOURCE_COURSE || p.current() == BenefitType.KONTANTHJAELP))
					.findFirst()
					.orElseThrow();
			}
			taken.add(person.id());
			var after = courseEnds.getOrDefault(person.id(), ProgrammeCohorts.JOBFIRST_START.plusDays(30));
			var day = after.plusDays(1 + random.nextInt(60));
			exits.add(new ProgrammeImport.Exit(person.id(), day, destination));
			benefits.put(person.id(), after(person, destination, day, random));
			offers.addAll(hours(person, destination, day, units, random));
		}
		for (var person : participants) {
			benefits.computeIfAbsent(person.id(), id -> continued(person, random));
		}
		controls(controls, benefits, offers, units, random);
		return new Result(benefits, renumber(offers, "jobfirst"), exits);
	}

	/** The usual effort for the controls: some internships, a few jobs, small jobs and flex jobs; no exits recorded. */
	private void controls(List<ProgrammeCohorts.Person> controls, Map<CitizenId, List<ImportedBenefitPeriod>> benefits,
			List<ImportedOffer> offers, Map<House, UnitId> units, SplittableRandom random) {
		var fates = new ArrayList<@Nullable ExitDestination>();
		fates.addAll(Collections.nCopies(4, ORDINARY_JOB));
		fates.addAll(Collections.nCopies(5, SMALL_JOB));
		fates.addAll(Collections.nCopies(3, EDUCATION_SU));
		fates.addAll(Collections.nCopies(8, FLEX_JOB_AWAITING));
		fates.addAll(Collections.nCopies(6, DISABILITY_PENSION));
		for (var i = 0; i < controls.size(); i++) {
			var person = controls.get(i);
			if (random.nextDouble() < 0.3) {
				var start = ProgrammeCohorts.JOBFIRST_START.plusDays(30 + random.nextInt(500));
				var planned = start.plusWeeks(4 + 4L * random.nextInt(3)).minusDays(1);
				offers.add(offer(person, OfferType.VIRKSOMHEDSPRAKTIK, start, planned, planned, OfferResult.COMPLETED, null,
						units, random));
			}
			var fate = i < fates.size() ? fates.get(i) : null;
			if (fate == null) {
				benefits.put(person.id(), continued(person, random));
			}
			else {
				var day = ProgrammeCohorts.JOBFIRST_START.plusDays(120 + random.nextInt(600));
				benefits.put(person.id(), after(person, fate, day, random));
				offers.addAll(hours(person, fate, day, units, random));
			}
		}
	}

	Result fsm(List<ProgrammeCohorts.Person> exited, Map<CitizenId, ExitDestination> destinations,
			List<ProgrammeCohorts.Person> staying, Map<House, UnitId> units) {
		var random = cohorts.random("fsm-outcomes");
		var benefits = new HashMap<CitizenId, List<ImportedBenefitPeriod>>();
		var offers = new ArrayList<ImportedOffer>();
		var exits = new ArrayList<ProgrammeImport.Exit>();
		for (var person : exited) {
			var destination = destinations.get(person.id());
			var day = ProgrammeCohorts.FSM_START.plusDays(30 + random.nextInt(680));
			exits.add(new ProgrammeImport.Exit(person.id(), day, destination));
			benefits.put(person.id(), after(person, destination, day, random));
			offers.addAll(hours(person, destination, day, units, random));
		}
		for (var person : staying) {
			var end = ProgrammeCohorts.FSM_END.plusDays(random.nextInt(480));
			benefits.put(person.id(), ProgrammeCohorts.closeLast(person.benefits(),
					end.isAfter(ProgrammeCohorts.HISTORY_END) ? ProgrammeCohorts.HISTORY_END : end));
		}
		return new Result(benefits, renumber(offers, "fsm"), exits);
	}

	/** The benefit history after an exit on the day. */
	private static List<ImportedBenefitPeriod> after(ProgrammeCohorts.Person person, ExitDestination destination,
			LocalDate day, SplittableRandom random) {
		if (destination == SMALL_JOB) {
			var end = day.plusDays(365 + random.nextInt(300));
			return ProgrammeCohorts.closeLast(person.benefits(),
					end.isAfter(ProgrammeCohorts.HISTORY_END) ? ProgrammeCohorts.HISTORY_END : end);
		}
		var history = ProgrammeCohorts.closeLast(person.benefits(), day.minusDays(1));
		var next = switch (destination) {
			case FLEX_JOB_EMPLOYED -> BenefitType.FLEKSJOB;
			case FLEX_JOB_AWAITING -> BenefitType.LEDIGHEDSYDELSE;
			case DISABILITY_PENSION -> BenefitType.FOERTIDSPENSION;
			case REHABILITATION -> BenefitType.REVALIDERING;
			case RESOURCE_COURSE -> BenefitType.RESSOURCEFORLOEB;
			default -> null;
		};
		if (next != null) {
			var end = destination == REHABILITATION ? day.plusDays(365 + random.nextInt(365)) : ProgrammeCohorts.HISTORY_END;
			history.add(new ImportedBenefitPeriod(next, day, end));
		}
		return history;
	}

	/** Ordinary hours after a small job or an ordinary job (registered as a course of ordinary hours). */
	private List<ImportedOffer> hours(ProgrammeCohorts.Person person, ExitDestination destination, LocalDate day,
			Map<House, UnitId> units, SplittableRandom random) {
		if (destination != SMALL_JOB && destination != ORDINARY_JOB) {
			return List.of();
		}
		var hours = destination == SMALL_JOB ? 6 + random.nextInt(10) : 25 + random.nextInt(13);
		var end = day.plusDays(180 + random.nextInt(360));
		return List.of(offer(person, OfferType.ORDINAERE_TIMER, day, end, end,
				destination == SMALL_JOB ? OfferResult.COMPLETED : OfferResult.ORDINARY_JOB, hours, units, random));
	}

	private static List<ImportedBenefitPeriod> continued(ProgrammeCohorts.Person person, SplittableRandom random) {
		return ProgrammeCohorts.closeLast(person.benefits(), LocalDate.of(2018, 6, 1).plusDays(random.nextInt(900)));
	}

	private ImportedOffer offer(ProgrammeCohorts.Person person, OfferType type, LocalDate start, LocalDate planned,
			LocalDate ended, OfferResult result, @Nullable Integer hours, Map<House, UnitId> units,
			SplittableRandom random) {
		return new ImportedOffer(UUID.randomUUID(), person.id(), municipalityCode, units.get(person.house()), type, OfferStatus.ENDED,
				ProviderKind.COMPANY, employers.get(random.nextInt(employers.size())), null, start, planned, ended, result,
				hours, start.minusDays(7).atTime(9, 0).atZone(zone).toInstant());
	}

	/** Ids from the seed, so a re-run gives the same offers. */
	private List<ImportedOffer> renumber(List<ImportedOffer> offers, String purpose) {
		var numbered = new ArrayList<ImportedOffer>();
		for (var i = 0; i < offers.size(); i++) {
			var o = offers.get(i);
			numbered.add(new ImportedOffer(cohorts.id(purpose + "-offer", i).value(), o.citizen(), o.municipalityCode(),
					o.unit(), o.type(), o.status(), o.provider(), o.providerName(), o.project(), o.startDate(), o.plannedEnd(),
					o.endedOn(), o.result(), o.hoursPerWeek(), o.createdAt()));
		}
		return numbered;
	}

	private static Map<ExitDestination, Integer> exits(Object... pairs) {
		var map = new EnumMap<ExitDestination, Integer>(ExitDestination.class);
		for (var i = 0; i < pairs.length; i += 2) {
			map.put((ExitDestination) pairs[i], (Integer) pairs[i + 1]);
		}
		return map;
	}

}
