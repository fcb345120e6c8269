package dk.jobvej.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenHistory;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;
import dk.jobvej.youth.ClubKind;
import dk.jobvej.youth.EducationOrderId;
import dk.jobvej.youth.FvuResult;
import dk.jobvej.youth.OrderStep;
import dk.jobvej.youth.SupporterKind;
import dk.jobvej.youth.YouthImport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Demo data of the youth module for Aalborg, from the citizens' benefit histories and a seed:
 * education orders for 1,460 of the young people on uddannelseshjælp, spread over the steps as seed
 * 001 counts them (987, 245, 121 and 107 young people: 68 %, 17 %, 8 % and 7 %), issued when their
 * spell on the benefit began, each step with the caseworker's deadline and about one in six
 * overdue; the guidance café's first meetings of the last 90 days with FVU referrals and tests; the
 * CV and job-search club and the apprenticeship club with weekly meetings and attendance; leisure
 * jobs of invented Aalborg companies with young people aged 13–17 and their mentors or youth
 * guides; and the population figures of 2020 that give seed 003's shares (Aalborg 31.4 %, the whole
 * country 32.1 %; the population counts are approximations).
 */
@Component
class DemoYouth {

	private static final Logger log = LoggerFactory.getLogger(DemoYouth.class);

	/** Seed 001, January 2018: young people on each step of the education order. */
	static final int[] STEPS = { 987, 245, 121, 107 };

	/** Aalborg's 13–17-year-olds in 2020: an approximation (about 2,300 a year group). */
	static final int AALBORG_13_17 = 11_520;

	/** Denmark's 13–17-year-olds in 2020: an approximation. */
	static final int NATIONAL_13_17 = 331_000;

	private static final List<String> EDUCATIONS = List.of("Social- og sundhedshjælper", "Tømrer", "Elektriker",
			"Datatekniker", "HF", "Pædagogisk assistent", "Smed", "Frisør", "Kontorassistent", "Ernæringsassistent",
			"Landbrugsuddannelsen", "Automekaniker", "Detailhandel", "Murer", "EUX Byggeri");

	private static final List<String> SCHOOLS = List.of("SOSU Nord", "TECHCOLLEGE", "AARHUS TECH", "Aalborg Handelsskole",
			"Aalborg Katedralskole", "Nordjyllands Landbrugsskole", "FGU Aalborg");

	private static final List<String> JOBS = List.of("Opfylder", "Avisbud", "Opvasker", "Kasseassistent",
			"Pakkemedarbejder", "Rengøringsassistent", "Hjælper i børnehave", "Staldhjælp", "Køkkenhjælp", "Bud");

	private final YouthImport imports;

	private final CitizenRegister citizens;

	private final DemoModuleUsers users;

	private final Organisation organisation;

	private final Clock clock;

	DemoYouth(YouthImport imports, CitizenRegister citizens, DemoModuleUsers users, Organisation organisation,
			Clock clock) {
		this.imports = imports;
		this.citizens = citizens;
		this.users = users;
		this.organisation = organisation;
		this.clock = clock;
	}

	record Made(int orders, int[] steps, int intakes, int clubs, int jobs, int placements, int rows) {
	}

	Made ensure(DemoUnits units, long seed) {
		var code = Municipalities.AALBORG;
		var house = units.of(House.UDDANNELSESHUSET);
		var unge = users.ensure("unge", "Ahmad Nasser", house, Role.CASEWORKER);
		users.ensure("ungeleder", "Camilla Due", house, Role.TEAM_LEADER);
		if (imports.hasData(code)) {
			log.info("Demo youth data: Aalborg has it already; kept as it is");
			return new Made(0, new int[4], 0, 0, 0, 0, 0);
		}
		var histories = new ArrayList<CitizenHistory>();
		citizens.forEachHistory(code, histories::add);
		histories.sort(Comparator.comparing(history -> history.id().value()));
		var mentors = organisation.staffOf(house)
			.stream()
			.filter(staff -> staff.has(Role.MENTOR))
			.map(staff -> staff.id())
			.sorted(Comparator.comparing(StaffId::value))
			.toList();
		var batch = generate(histories, units, unge, mentors.isEmpty() ? List.of(unge) : mentors, seed,
				LocalDate.now(clock));
		var rows = imports.importBatch("demo-youth-" + seed + "-" + code, batch);
		var steps = new int[4];
		batch.orders().forEach(order -> steps[order.steps().getLast().step().ordinal()]++);
		var made = new Made(batch.orders().size(), steps, batch.intakes().size(), batch.clubs().size(),
				batch.jobs().size(), batch.jobs().stream().mapToInt(job -> job.placements().size()).sum(), rows);
		log.info("Demo youth data: {} orders (steps {}), {} intakes, {} clubs, {} leisure jobs with {} placements, {} rows",
				made.orders(), java.util.Arrays.toString(steps), made.intakes(), made.clubs(), made.jobs(),
				made.placements(), rows);
		return made;
	}

	static YouthImport.Batch generate(List<CitizenHistory> histories, DemoUnits units, StaffId unge,
			List<StaffId> mentors, long seed, LocalDate today) {
		var random = PopulationGenerator.random(seed, Municipalities.AALBORG, "youth");
		var code = Municipalities.AALBORG;
		var house = units.of(House.UDDANNELSESHUSET);
		var young = new ArrayList<CitizenHistory>();
		for (var history : histories) {
			if (history.benefitOn(today).filter(b -> b.type() == BenefitType.UDDANNELSESHJAELP).isPresent()
					&& history.ageOn(today) < 30) {
				young.add(history);
			}
		}
		shuffle(young, random);
		var orders = new ArrayList<YouthImport.Order>();
		var index = 0;
		for (var step = 0; step < STEPS.length; step++) {
			for (var n = 0; n < STEPS[step] && index < young.size(); n++) {
				var history = young.get(index++);
				var caseworker = index % 25 == 0 || history.primaryContact() == null ? unge : history.primaryContact();
				orders.add(order(history, OrderStep.values()[step], caseworker, random, today));
			}
		}
		var intakes = new ArrayList<YouthImport.Intake>();
		for (var history : young) {
			var start = history.benefitOn(today).orElseThrow().from();
			if (start.isAfter(today.minusDays(90)) && history.primaryContact() != null) {
				var met = min(start.plusDays(random.nextInt(4)), today);
				var referred = random.nextInt(100) < 85 ? met : null;
				var tested = referred != null && random.nextInt(100) < 70 ? min(met.plusDays(5 + random.nextInt(30)), today)
						: null;
				intakes.add(new YouthImport.Intake(DemoRehab.uuid(random), history.id(), code, history.unit(),
						history.primaryContact(), met, referred, tested,
						tested == null ? null : pick(random, FvuResult.values(), new int[] { 55, 20, 15, 10 })));
			}
		}
		var onStepTwoOrThree = orders.stream()
			.filter(order -> order.steps().getLast().step() == OrderStep.TRIN_2
					|| order.steps().getLast().step() == OrderStep.TRIN_3)
			.map(YouthImport.Order::citizen)
			.toList();
		var clubs = List.of(club("CV- og jobsøgningsklubben", ClubKind.CV_JOBSOEGNING, onStepTwoOrThree, 0, 40, house,
				random, today),
				club("Lærlingeklubben", ClubKind.LAERLINGE, onStepTwoOrThree, 40, 50, house, random, today));
		var people = new ArrayList<YouthImport.YoungPerson>();
		for (var i = 0; i < 160; i++) {
			var female = random.nextBoolean();
			var born = today.minusYears(13 + random.nextInt(5)).minusDays(random.nextInt(365));
			var name = Names.pick(random, female, born.getYear(), random.nextInt(100) < 8);
			people.add(new YouthImport.YoungPerson(DemoRehab.uuid(random), code, house, name.given(), name.family(),
					born));
		}
		var companies = DemoCompanies.make(random.split(), 70);
		var jobs = new ArrayList<YouthImport.LeisureJob>();
		var placements = new ArrayList<List<YouthImport.Placement>>();
		for (var company : companies) {
			placements.add(new ArrayList<>());
			jobs.add(new YouthImport.LeisureJob(DemoRehab.uuid(random), code, company.cvr(), company.name(),
					JOBS.get(random.nextInt(JOBS.size())), 4 + random.nextInt(9), List.of()));
		}
		for (var person : people) {
			var turns = random.nextInt(100) < 20 ? 2 : 1;
			var from = LocalDate.of(2023, 1, 1);
			for (var t = 0; t < turns; t++) {
				var earliest = person.birthDate().plusYears(13);
				var start = max(from, earliest);
				var span = ChronoUnit.DAYS.between(start, today);
				if (span <= 0) {
					break;
				}
				start = start.plusDays(random.nextLong(span));
				if (start.isAfter(person.birthDate().plusYears(18).minusDays(1))) {
					break;
				}
				var ended = random.nextInt(100) < 60 ? start.plusDays(60 + random.nextInt(240)) : null;
				if (ended != null && ended.isAfter(today)) {
					ended = null;
				}
				var job = random.nextInt(jobs.size());
				placements.get(job).add(new YouthImport.Placement(DemoRehab.uuid(random), person.id(),
						random.nextInt(100) < 60 ? SupporterKind.MENTOR : SupporterKind.UNGEGUIDE,
						mentors.get(random.nextInt(mentors.size())), start, ended));
				from = ended == null ? today : ended.plusDays(1);
			}
		}
		var withPlacements = new ArrayList<YouthImport.LeisureJob>();
		for (var i = 0; i < jobs.size(); i++) {
			var job = jobs.get(i);
			withPlacements.add(new YouthImport.LeisureJob(job.id(), job.municipalityCode(), job.cvr(), job.companyName(),
					job.title(), job.hoursPerWeek(), placements.get(i)));
		}
		var figures = List.of(
				new YouthImport.PopulationFigure(code, 2020, AALBORG_13_17, (int) Math.round(AALBORG_13_17 * 0.314)),
				new YouthImport.PopulationFigure(0, 2020, NATIONAL_13_17, (int) Math.round(NATIONAL_13_17 * 0.321)));
		return new YouthImport.Batch(orders, intakes, clubs, people, withPlacements, figures);
	}

	/**
	 * An order issued in the first week of the young person's spell on the benefit, with the steps
	 * before the current one done; the current step's deadline is past for about one in six.
	 */
	private static YouthImport.Order order(CitizenHistory history, OrderStep current, StaffId caseworker,
			SplittableRandom random, LocalDate today) {
		var spell = history.benefitOn(today).orElseThrow().from();
		var issued = min(spell.plusDays(random.nextInt(7)), today.minusDays(current.ordinal() + 1));
		var steps = new ArrayList<YouthImport.Step>();
		var start = issued;
		var room = Math.max(current.ordinal(), ChronoUnit.DAYS.between(issued, today) - 1);
		var education = EDUCATIONS.get(random.nextInt(EDUCATIONS.size()));
		for (var step = 0; step < current.ordinal(); step++) {
			var length = Math.max(1, Math.min(20 + random.nextInt(70), room / (current.ordinal() + 1)));
			var done = start.plusDays(length);
			steps.add(new YouthImport.Step(OrderStep.values()[step], start, start.plusDays(length + 7 + random.nextInt(14)),
					done, text(OrderStep.values()[step], education, random)));
			start = done;
		}
		var overdue = random.nextInt(100) < 17 && start.isBefore(today.minusDays(2));
		var deadline = overdue ? start.plusDays(1 + random.nextLong(Math.max(1, ChronoUnit.DAYS.between(start, today) - 1)))
				: today.plusDays(7 + random.nextInt(63));
		steps.add(new YouthImport.Step(current, start, deadline, null, text(current, education, random)));
		return new YouthImport.Order(new EducationOrderId(DemoRehab.uuid(random)), history.id(), Municipalities.AALBORG,
				history.unit(), caseworker, issued, steps, null, null);
	}

	/** What a step names: nothing at step 1, the education at 2, the schools applied to at 3, admission at 4. */
	private static String text(OrderStep step, String education, SplittableRandom random) {
		return switch (step) {
			case TRIN_1 -> null;
			case TRIN_2 -> education;
			case TRIN_3 -> education + ": " + SCHOOLS.get(random.nextInt(SCHOOLS.size()));
			case TRIN_4 -> education + ", optaget";
		};
	}

	private static YouthImport.Club club(String name, ClubKind kind, List<CitizenId> candidates, int from, int count,
			dk.jobvej.identity.UnitId house, SplittableRandom random, LocalDate today) {
		var members = candidates.subList(Math.min(from, candidates.size()), Math.min(from + count, candidates.size()));
		var sessions = new ArrayList<YouthImport.Session>();
		var day = today.minusWeeks(12).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
		while (!day.isAfter(today)) {
			var present = new ArrayList<CitizenId>();
			for (var member : members) {
				if (random.nextInt(100) < 70) {
					present.add(member);
				}
			}
			sessions.add(new YouthImport.Session(DemoRehab.uuid(random), day, present));
			day = day.plusWeeks(1);
		}
		return new YouthImport.Club(DemoRehab.uuid(random), Municipalities.AALBORG, house, name, kind, List.copyOf(members),
				sessions);
	}

	private static <T> T pick(SplittableRandom random, T[] values, int[] weights) {
		var roll = random.nextInt(java.util.Arrays.stream(weights).sum());
		for (var i = 0; i < values.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return values[i];
			}
		}
		return values[values.length - 1];
	}

	private static LocalDate min(LocalDate one, LocalDate other) {
		return one.isBefore(other) ? one : other;
	}

	private static LocalDate max(LocalDate one, LocalDate other) {
		return one.isAfter(other) ? one : other;
	}

	private static <T> void shuffle(List<T> list, SplittableRandom random) {
		for (var i = list.size() - 1; i > 0; i--) {
			Collections.swap(list, i, random.nextInt(i + 1));
		}
	}

}
