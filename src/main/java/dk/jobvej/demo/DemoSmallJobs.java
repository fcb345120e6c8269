package dk.jobvej.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenHistory;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.NewStaffMember;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.UnitId;
import dk.jobvej.smalljobs.SmallJobsImport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The small-jobs bureau of the demo, calibrated to seed 000 ("Indtil videre har 45 borgere været igennem
 * forløbet, og der er skabt 25 småjob. Det er langt fra målet, som er 365 småjob i løbet af et år"): FOKUS
 * Folkeoplysning as the bureau (unit and the partner user {@code fokus}), its result rules, 30 confirmed
 * tasks of Aalborg companies (four of them Aalborg Kommune's, invoiced in OIOUBL), and this year 45
 * activity-ready citizens of Job- og Aktivhuset referred by {@code raadgiver}, 25 of them in small jobs of
 * 5-10 hours a week with their weekly hours (5 hired directly by the company, 4 ended), the other 20
 * prepared or in preparation. Deterministic from the seed. The referrals are made the way a caseworker makes
 * them: the caseworker opens each citizen (need-to-know, audited) and the bureau keeps the name.
 */
@Component
class DemoSmallJobs {

	private static final Logger log = LoggerFactory.getLogger(DemoSmallJobs.class);

	static final int CITIZENS = 45;

	static final int SMALL_JOBS = 25;

	private static final String[][] COMPANIES = { { "Bentax ApS", "HANDEL_LAGER", "Lagerhjælp og pakning" },
			{ "CO2 Light A/S", "INDUSTRI", "Montage af lamper" }, { "Nytech ApS", "INDUSTRI", "Sortering af komponenter" },
			{ "Højer Møbler A/S", "INDUSTRI", "Oprydning i produktionen" },
			{ "TL Byg ApS", "JORD_BETON", "Oprydning på byggepladsen" },
			{ "Hustømrerne ApS", "JORD_BETON", "Sortering af affald" },
			{ "Kaffe Fair ApS", "HOTEL_RESTAURANT", "Opvask og opfyldning" },
			{ "Limfjordens Kantine I/S", "HOTEL_RESTAURANT", "Kantinehjælp" },
			{ "Vesterbro Rengøring ApS", "SERVICE_RENGOERING", "Rengøring af trappeopgange" },
			{ "Nørresundby Dagligvarer A/S", "HANDEL_LAGER", "Varepåfyldning" } };

	private final SmallJobsImport smallJobs;

	private final CitizenRegister citizens;

	private final Administration administration;

	private final Organisation organisation;

	private final Clock clock;

	DemoSmallJobs(SmallJobsImport smallJobs, CitizenRegister citizens, Administration administration,
			Organisation organisation, Clock clock) {
		this.smallJobs = smallJobs;
		this.citizens = citizens;
		this.administration = administration;
		this.organisation = organisation;
		this.clock = clock;
	}

	void populate(DemoUnits units, long seed) {
		var unit = unit("FOKUS Folkeoplysning (småjobbureau)");
		if (organisation.staffMember("fokus").isEmpty()) {
			administration.hire(new NewStaffMember("fokus", "Sara Lund", "fokus@aalborg.dk", unit, Set.of(Role.PARTNER),
					"demo"));
		}
		var today = LocalDate.now(clock);
		var bureau = smallJobs.bureau(new SmallJobsImport.Bureau("FOKUS Folkeoplysning", "fokus", "26405181", unit,
				"Vesterbro 62", "9000", "Aalborg", "9570 0012345678", new BigDecimal("85.00"),
				LocalDate.of(today.getYear() - 1, 1, 1), Municipalities.AALBORG));
		if (smallJobs.courses(bureau) > 0) {
			log.info("Demo small jobs: the bureau has its citizens; kept as they are");
			return;
		}
		var from = LocalDate.of(2020, 1, 1);
		smallJobs.resultRule(bureau, "MATCH", from, new BigDecimal("2500"), null, false);
		smallJobs.resultRule(bureau, "MENTOR_WEEK", from, new BigDecimal("350"), null, false);
		smallJobs.resultRule(bureau, "CLARIFICATION", from, new BigDecimal("1500"), null, false);
		smallJobs.resultRule(bureau, "RETAINED", from, new BigDecimal("4000"), 13, true);
		smallJobs.resultRule(bureau, "DIRECT_HIRE", from, new BigDecimal("8000"), null, true);
		var random = new Random(seed ^ 0x5A1L);
		var yearStart = LocalDate.of(today.getYear(), 1, 1);
		var tasks = new ArrayList<UUID>();
		for (var i = 0; i < 30; i++) {
			var company = COMPANIES[i % COMPANIES.length];
			var publicEmployer = i % 8 == 3;
			tasks.add(smallJobs.task(bureau, new SmallJobsImport.Task(
					publicEmployer ? "Aalborg Kommune, Park og Natur" : company[0],
					publicEmployer ? "29189420" : cvr(i % COMPANIES.length),
					publicEmployer ? "5798000416604" : null, "Kontaktperson " + (i + 1), "opgaver" + (i + 1) + "@example.dk",
					"98" + (100000 + random.nextInt(900000)), publicEmployer ? "Pasning af grønne områder" : company[2],
					"Faste opgaver to-tre formiddage om ugen", "Vesterbro " + (1 + i), "9000", "Aalborg",
					yearStart.plusDays(random.nextInt(30)), 5 + random.nextInt(6),
					publicEmployer ? "KOMMUNAL_SERVICE" : company[1])));
		}
		var chosen = activityReady(today, random);
		var caseworker = organisation.staffMember("raadgiver").orElseThrow();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(caseworker.username(), null,
				List.of(new SimpleGrantedAuthority(Role.CASEWORKER.authority())));
		var context = SecurityContextHolder.getContext();
		var before = context.getAuthentication();
		context.setAuthentication(authentication);
		try {
			var span = (int) java.time.temporal.ChronoUnit.DAYS.between(yearStart, today.minusDays(10));
			for (var i = 0; i < chosen.size(); i++) {
				var history = chosen.get(i);
				var name = citizens.open(history.id(), "smalljobs-referral").name();
				var referred = yearStart.plusDays((long) span * i / chosen.size() + random.nextInt(5));
				var maturingFrom = referred.plusDays(3);
				var maturingTo = maturingFrom.plusWeeks(2 + random.nextInt(3)).minusDays(1);
				SmallJobsImport.Job job = null;
				LocalDate returned = null;
				if (i < SMALL_JOBS) {
					job = job(tasks.get(random.nextInt(tasks.size())), maturingTo.plusDays(1), today, i, random);
				}
				else if (maturingTo.isBefore(today) && i % 2 == 0) {
					returned = maturingTo;
				}
				smallJobs.course(bureau, new SmallJobsImport.Course(history.id(), name, caseworker.username(), referred,
						maturingFrom.isAfter(today) ? null : maturingFrom, maturingFrom.isAfter(today) ? null : maturingTo,
						job, returned, Municipalities.AALBORG));
			}
		}
		finally {
			context.setAuthentication(before);
		}
		log.info("Demo small jobs: {} citizens referred to FOKUS Folkeoplysning, {} small jobs", chosen.size(),
				Math.min(SMALL_JOBS, chosen.size()));
	}

	/** A valid (modulus 11) demo CVR number of the n-th company. */
	private static String cvr(int n) {
		for (var seven = 3_100_000 + 7_919 * n; ; seven++) {
			var check = dk.jobvej.employer.Cvr.checkDigit(String.valueOf(seven));
			if (check >= 0) {
				return String.valueOf(seven) + check;
			}
		}
	}

	/** A small job from the day after the preparation, with its weeks of hours; some end by direct hire. */
	private SmallJobsImport.Job job(UUID task, LocalDate start, LocalDate today, int index, Random random) {
		var hours = 5 + random.nextInt(6);
		var startsOn = start.isAfter(today) ? today : start;
		LocalDate endedOn = null;
		String reason = null;
		if (index % 5 == 0 && startsOn.plusWeeks(8).isBefore(today)) {
			endedOn = startsOn.plusWeeks(8 + random.nextInt(6));
			endedOn = endedOn.isAfter(today) ? today.minusDays(1) : endedOn;
			reason = "DIRECT_HIRE";
		}
		else if (index % 6 == 1 && startsOn.plusWeeks(4).isBefore(today)) {
			endedOn = startsOn.plusWeeks(4);
			reason = index % 12 == 1 ? "STOPPED" : "COMPLETED";
		}
		var weeks = new TreeMap<LocalDate, BigDecimal>();
		var last = endedOn == null ? today.minusDays(7) : endedOn;
		for (var monday = startsOn.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !monday.isAfter(last);
				monday = monday.plusWeeks(1)) {
			weeks.put(monday, BigDecimal.valueOf(hours * 4L + random.nextInt(5) - 2, 2).multiply(BigDecimal.valueOf(25))
				.setScale(2, java.math.RoundingMode.HALF_UP));
		}
		return new SmallJobsImport.Job(task, "fokus", hours, startsOn, endedOn, reason, weeks);
	}

	/** Activity-ready citizens on cash benefit today in Job- og Aktivhuset, chosen by the seed. */
	private List<CitizenHistory> activityReady(LocalDate today, Random random) {
		var all = new ArrayList<CitizenHistory>();
		var house = houseUnit();
		citizens.forEachHistory(Municipalities.AALBORG, history -> {
			if (history.unit().equals(house)
					&& history.categoryOn(today).filter(VisitationCategory.AKTIVITETSPARAT::equals).isPresent()
					&& history.benefitOn(today).filter(benefit -> benefit.type() == BenefitType.KONTANTHJAELP).isPresent()) {
				all.add(history);
			}
		});
		all.sort(Comparator.comparing(history -> history.id().value()));
		java.util.Collections.shuffle(all, random);
		return all.subList(0, Math.min(CITIZENS, all.size()));
	}

	private UnitId houseUnit() {
		return organisation.units(Municipalities.AALBORG)
			.stream()
			.filter(unit -> unit.name().equals(House.JOB_OG_AKTIVHUSET.unitName(Municipalities.byCode(Municipalities.AALBORG))))
			.findFirst()
			.orElseThrow()
			.id();
	}

	/** An external partner's unit in Aalborg's organisation, created if missing. */
	UnitId unit(String name) {
		return organisation.units(Municipalities.AALBORG)
			.stream()
			.filter(unit -> unit.name().equals(name))
			.findFirst()
			.map(dk.jobvej.identity.OrganisationalUnit::id)
			.orElseGet(() -> administration.createUnit(name, null, Municipalities.AALBORG));
	}

}
