package dk.jobvej.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Predicate;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenHistory;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.cv.DrivingLicence;
import dk.jobvej.cv.EducationLevel;
import dk.jobvej.cv.ImportedCv;
import dk.jobvej.cv.LanguageLevel;
import dk.jobvej.cv.Occupation;
import dk.jobvej.cv.Occupations;
import dk.jobvej.plan.ImportedOffer;
import dk.jobvej.plan.ImportedPlan;
import dk.jobvej.plan.OfferResult;
import dk.jobvej.plan.OfferStatus;
import dk.jobvej.plan.OfferType;
import dk.jobvej.plan.ProviderKind;

import org.jspecify.annotations.Nullable;

import static dk.jobvej.citizen.BenefitType.A_DAGPENGE;
import static dk.jobvej.citizen.BenefitType.FLEKSJOB;
import static dk.jobvej.citizen.BenefitType.FORREVALIDERING;
import static dk.jobvej.citizen.BenefitType.INTEGRATIONSYDELSE;
import static dk.jobvej.citizen.BenefitType.JOBAFKLARINGSFORLOEB;
import static dk.jobvej.citizen.BenefitType.KONTANTHJAELP;
import static dk.jobvej.citizen.BenefitType.LEDIGHEDSYDELSE;
import static dk.jobvej.citizen.BenefitType.RESSOURCEFORLOEB;
import static dk.jobvej.citizen.BenefitType.REVALIDERING;
import static dk.jobvej.citizen.BenefitType.SYGEDAGPENGE;
import static dk.jobvej.citizen.BenefitType.UDDANNELSESHJAELP;

/**
 * Generates the demo CVs, plans and offers of a municipality from its citizens' histories,
 * deterministically from the seed. Offers start within a benefit period of the citizen. The
 * yearly starts of the KPIs are calibrated to seed 003 for each of the last two years:
 * 3,900 internships, 420 wage-subsidy jobs and 591 adult apprenticeships (the 2022 figures), and
 * 118 courses with ordinary hours a month (the 2024 target, 1,416 a year); 175 citizens have
 * personal assistance today (the 2024 target of seed 003). Håndværkerprojektet (seed 000) has
 * 98 of its 106 places taken today and 6 citizens waiting. The other kinds of offers are
 * illustrative volumes, not calibrated.
 */
final class CvAndPlanGenerator {

	static final UUID HAANDVAERKERPROJEKTET = UUID.fromString("a1b0c000-0000-4000-8000-000000000001");

	static final int INTERNSHIPS = 3_900;

	static final int WAGE_SUBSIDY = 420;

	static final int ADULT_APPRENTICES = 591;

	static final int ORDINARY_HOURS = 12 * 118;

	static final int PERSONAL_ASSISTANCE_NOW = 175;

	static final int HAANDVAERKER_NOW = 98;

	static final int HAANDVAERKER_WAITING = 6;

	static final String ACTOR = "system:demo";

	private static final Set<BenefitType> CV_REQUIRED = EnumSet.of(A_DAGPENGE, KONTANTHJAELP, UDDANNELSESHJAELP,
			INTEGRATIONSYDELSE, RESSOURCEFORLOEB, JOBAFKLARINGSFORLOEB, LEDIGHEDSYDELSE, REVALIDERING, FORREVALIDERING);

	private final long seed;

	private final LocalDate today;

	private final ZoneId zone;

	private final Occupations occupations;

	private final Map<String, List<String>> texts = Resources.sections("demo/cv-and-plan.txt");

	CvAndPlanGenerator(long seed, LocalDate today, ZoneId zone, Occupations occupations) {
		this.seed = seed;
		this.today = today;
		this.zone = zone;
		this.occupations = occupations;
	}

	/** The demo data of one municipality. */
	record Result(List<ImportedCv> cvs, List<ImportedPlan> plans, List<ImportedOffer> offers) {
	}

	/** What an offer type draws on: who is eligible, how long it runs, how many start a year. */
	private record Kind(OfferType type, int perYear, Set<BenefitType> benefits,
			Predicate<@Nullable VisitationCategory> category, int minDays, int maxDays, boolean open) {
	}

	private record Candidate(CitizenHistory history, LocalDate from, LocalDate to) {
	}

	Result generate(List<CitizenHistory> histories) {
		var sorted = new ArrayList<>(histories);
		sorted.sort((a, b) -> a.id().value().compareTo(b.id().value()));
		var offers = new ArrayList<ImportedOffer>();
		for (var kind : kinds()) {
			for (var year = 0; year < 2; year++) {
				var to = today.minusDays(365L * year);
				offers.addAll(offers(kind, sorted, to.minusDays(364), to, year));
			}
		}
		offers.addAll(personalAssistance(sorted));
		offers.addAll(haandvaerkerprojektet(sorted));
		for (var i = 0; i < offers.size(); i++) {
			var o = offers.get(i);
			offers.set(i, new ImportedOffer(UUID.nameUUIDFromBytes(("demo-offer/" + seed + "/" + i)
				.getBytes(java.nio.charset.StandardCharsets.UTF_8)), o.citizen(), o.municipalityCode(), o.unit(), o.type(),
					o.status(), o.provider(), o.providerName(), o.project(), o.startDate(), o.plannedEnd(), o.endedOn(),
					o.result(), o.hoursPerWeek(), o.createdAt()));
		}
		var withOffers = new HashSet<UUID>();
		offers.forEach(offer -> withOffers.add(offer.citizen().value()));
		var cvs = new ArrayList<ImportedCv>();
		var plans = new ArrayList<ImportedPlan>();
		for (var history : sorted) {
			var random = random(history.id(), 1);
			var current = history.benefitOn(today).map(CitizenHistory.Benefit::type).orElse(null);
			var chance = current == null ? 0.15 : CV_REQUIRED.contains(current) ? 0.8 : 0.3;
			var cv = random.nextDouble() < chance || withOffers.contains(history.id().value())
					? cv(history, current, random) : null;
			if (cv != null) {
				cvs.add(cv);
			}
			if (withOffers.contains(history.id().value()) || (cv != null && current != null && random.nextDouble() < 0.4)) {
				plans.add(plan(history, cv, random));
			}
		}
		return new Result(cvs, plans, offers);
	}

	private List<Kind> kinds() {
		Predicate<@Nullable VisitationCategory> any = category -> true;
		Predicate<@Nullable VisitationCategory> activityReady = category -> category == null
				|| category == VisitationCategory.AKTIVITETSPARAT;
		Predicate<@Nullable VisitationCategory> jobReady = category -> category == null
				|| category == VisitationCategory.JOBPARAT;
		var unemployed = EnumSet.of(KONTANTHJAELP, UDDANNELSESHJAELP, INTEGRATIONSYDELSE, A_DAGPENGE, RESSOURCEFORLOEB,
				LEDIGHEDSYDELSE, JOBAFKLARINGSFORLOEB, REVALIDERING);
		var activity = EnumSet.of(KONTANTHJAELP, UDDANNELSESHJAELP, RESSOURCEFORLOEB, INTEGRATIONSYDELSE);
		var parallel = EnumSet.of(KONTANTHJAELP, RESSOURCEFORLOEB, SYGEDAGPENGE, JOBAFKLARINGSFORLOEB);
		return List.of(new Kind(OfferType.VIRKSOMHEDSPRAKTIK, INTERNSHIPS, unemployed, any, 28, 91, false),
				new Kind(OfferType.LOENTILSKUD_PRIVAT, WAGE_SUBSIDY * 6 / 10, EnumSet.of(A_DAGPENGE, KONTANTHJAELP,
						LEDIGHEDSYDELSE), jobReady, 90, 182, false),
				new Kind(OfferType.LOENTILSKUD_OFFENTLIG, WAGE_SUBSIDY - WAGE_SUBSIDY * 6 / 10,
						EnumSet.of(A_DAGPENGE, KONTANTHJAELP, LEDIGHEDSYDELSE), jobReady, 60, 120, false),
				new Kind(OfferType.VOKSENLAERLING, ADULT_APPRENTICES, EnumSet.of(A_DAGPENGE, KONTANTHJAELP), jobReady, 730,
						1460, false),
				new Kind(OfferType.ORDINAERE_TIMER, ORDINARY_HOURS, EnumSet.of(KONTANTHJAELP, RESSOURCEFORLOEB,
						LEDIGHEDSYDELSE, INTEGRATIONSYDELSE), any, 30, 240, true),
				new Kind(OfferType.MENTOR, 600, activity, activityReady, 91, 182, false),
				new Kind(OfferType.MENTOR_ARBEJDSPLADS, 250, activity, activityReady, 91, 182, false),
				new Kind(OfferType.ORDINAER_UDDANNELSE, 400, EnumSet.of(UDDANNELSESHJAELP), any, 365, 1460, true),
				new Kind(OfferType.BROBYGNING, 150, EnumSet.of(UDDANNELSESHJAELP), any, 56, 140, false),
				new Kind(OfferType.BRANCHEDANSK, 150, EnumSet.of(INTEGRATIONSYDELSE), any, 56, 112, false),
				new Kind(OfferType.BEHANDLING, 250, parallel, activityReady, 60, 365, false),
				new Kind(OfferType.SUNDHEDSCENTER, 250, parallel, activityReady, 56, 112, false),
				new Kind(OfferType.MISBRUGSBEHANDLING, 80, parallel, activityReady, 90, 365, false),
				new Kind(OfferType.PSYKOLOG, 150, parallel, activityReady, 56, 180, false));
	}

	/** The starts of one kind within the window: one per citizen, at a day the citizen is on an eligible benefit. */
	private List<ImportedOffer> offers(Kind kind, List<CitizenHistory> histories, LocalDate from, LocalDate to, int year) {
		var candidates = candidates(histories, kind.benefits(), kind.category(), from, to);
		Collections.shuffle(candidates, new Random(seed * 1_000 + kind.type().ordinal() * 10 + year));
		var used = new HashSet<UUID>();
		var offers = new ArrayList<ImportedOffer>();
		for (var candidate : candidates) {
			if (offers.size() == kind.perYear()) {
				break;
			}
			if (!used.add(candidate.history().id().value())) {
				continue;
			}
			var random = random(candidate.history().id(), 100 + kind.type().ordinal() * 10 + year);
			var start = between(candidate.from(), candidate.to(), random);
			var length = kind.type() == OfferType.VIRKSOMHEDSPRAKTIK
					? internshipLength(candidate.history(), start, random) : kind.minDays()
							+ random.nextInt(kind.maxDays() - kind.minDays() + 1);
			offers.add(offer(kind.type(), candidate.history(), start, kind.open() ? null : start.plusDays(length - 1),
					kind.open() && random.nextDouble() < 0.4 ? start.plusDays(length - 1) : null, random, null));
		}
		if (offers.size() < kind.perYear()) {
			throw new IllegalStateException("Too few citizens for " + kind.perYear() + " " + kind.type() + " in "
					+ from + "–" + to + ": " + offers.size());
		}
		return offers;
	}

	/** 175 citizens with personal assistance running today, and some whose assistance has ended. */
	private List<ImportedOffer> personalAssistance(List<CitizenHistory> histories) {
		var eligible = EnumSet.of(FLEKSJOB, LEDIGHEDSYDELSE, A_DAGPENGE, KONTANTHJAELP);
		var candidates = candidates(histories, eligible, category -> true, today, today);
		Collections.shuffle(candidates, new Random(seed * 1_000 + 7));
		var offers = new ArrayList<ImportedOffer>();
		for (var candidate : candidates.subList(0, Math.min(PERSONAL_ASSISTANCE_NOW, candidates.size()))) {
			var random = random(candidate.history().id(), 7);
			var benefitStart = candidate.history().benefitOn(today).orElseThrow().from();
			var start = between(benefitStart.isAfter(today.minusYears(2)) ? benefitStart : today.minusYears(2), today,
					random);
			offers.add(offer(OfferType.PERSONLIG_ASSISTANCE, candidate.history(), start, start.plusYears(3), null,
					random, null));
		}
		return offers;
	}

	/** Håndværkerprojektet: 98 of its 106 places taken today, 6 waiting, and those who went before. */
	private List<ImportedOffer> haandvaerkerprojektet(List<CitizenHistory> histories) {
		var eligible = EnumSet.of(KONTANTHJAELP, UDDANNELSESHJAELP, INTEGRATIONSYDELSE, RESSOURCEFORLOEB);
		Predicate<@Nullable VisitationCategory> activityReady = category -> category == null
				|| category == VisitationCategory.AKTIVITETSPARAT;
		var now = candidates(histories, eligible, activityReady, today.minusDays(90), today);
		Collections.shuffle(now, new Random(seed * 1_000 + 9));
		var used = new HashSet<UUID>();
		var offers = new ArrayList<ImportedOffer>();
		for (var candidate : now) {
			if (used.size() == HAANDVAERKER_NOW + HAANDVAERKER_WAITING) {
				break;
			}
			if (candidate.history().benefitOn(today).isEmpty() || !used.add(candidate.history().id().value())) {
				continue;
			}
			var random = random(candidate.history().id(), 9);
			if (used.size() <= HAANDVAERKER_NOW) {
				var start = between(candidate.from(), candidate.to(), random);
				offers.add(offer(OfferType.OPKVALIFICERING, candidate.history(), start, start.plusWeeks(13).minusDays(1),
						null, random, HAANDVAERKERPROJEKTET));
			}
			else {
				var nextMonday = today.plusDays(8 - today.getDayOfWeek().getValue());
				offers.add(new ImportedOffer(id(candidate.history().id(), 9), candidate.history().id(),
						candidate.history().municipalityCode(), candidate.history().unit(), OfferType.OPKVALIFICERING,
						OfferStatus.WAITING, ProviderKind.INTERNAL_PROJECT, "Håndværkerprojektet", HAANDVAERKERPROJEKTET,
						nextMonday, nextMonday.plusWeeks(13).minusDays(1), null, null, null,
						today.minusDays(random.nextInt(20)).atTime(10, 0).atZone(zone).toInstant()));
			}
		}
		var before = candidates(histories, eligible, activityReady, today.minusDays(730), today.minusDays(182));
		Collections.shuffle(before, new Random(seed * 1_000 + 10));
		var count = 0;
		for (var candidate : before) {
			if (count == 300) {
				break;
			}
			if (!used.add(candidate.history().id().value())) {
				continue;
			}
			var random = random(candidate.history().id(), 10);
			var start = between(candidate.from(), candidate.to(), random);
			var weeks = random.nextDouble() < 0.15 ? 26 : 13;
			offers.add(offer(OfferType.OPKVALIFICERING, candidate.history(), start, start.plusWeeks(weeks).minusDays(1),
					null, random, HAANDVAERKERPROJEKTET));
			count++;
		}
		return offers;
	}

	private List<Candidate> candidates(List<CitizenHistory> histories, Set<BenefitType> benefits,
			Predicate<@Nullable VisitationCategory> category, LocalDate from, LocalDate to) {
		var candidates = new ArrayList<Candidate>();
		for (var history : histories) {
			for (var benefit : history.benefits()) {
				if (!benefits.contains(benefit.type())) {
					continue;
				}
				var first = benefit.from().isAfter(from) ? benefit.from() : from;
				var last = benefit.to() == null || benefit.to().isAfter(to) ? to : benefit.to();
				if (first.isAfter(last) || !category.test(history.categoryOn(first).orElse(null))) {
					continue;
				}
				candidates.add(new Candidate(history, first, last));
			}
		}
		return candidates;
	}

	/** Four weeks for job-ready and insured people, thirteen (sometimes eight) for the others (LAB § 61). */
	private static int internshipLength(CitizenHistory history, LocalDate start, SplittableRandom random) {
		var category = history.categoryOn(start).orElse(null);
		var benefit = history.benefitOn(start).map(CitizenHistory.Benefit::type).orElse(null);
		if (benefit == A_DAGPENGE || category == VisitationCategory.JOBPARAT
				|| category == VisitationCategory.UDDANNELSESPARAT || category == VisitationCategory.AABENLYST_UDDANNELSESPARAT) {
			return 28;
		}
		return random.nextDouble() < 0.2 ? 56 : 91;
	}

	private ImportedOffer offer(OfferType type, CitizenHistory history, LocalDate start, @Nullable LocalDate plannedEnd,
			@Nullable LocalDate endedOpen, SplittableRandom random, @Nullable UUID project) {
		var provider = switch (type.category()) {
			case COMPANY -> ProviderKind.COMPANY;
			case PARALLEL, SUPPORT -> ProviderKind.EXTERNAL_SUPPLIER;
			case EDUCATION -> project != null ? ProviderKind.INTERNAL_PROJECT : ProviderKind.EXTERNAL_SUPPLIER;
		};
		var name = project != null ? "Håndværkerprojektet" : pick("employers", random);
		var last = plannedEnd != null ? plannedEnd : endedOpen;
		OfferStatus status = OfferStatus.GRANTED;
		LocalDate endedOn = null;
		OfferResult result = null;
		if (last != null && last.isBefore(today)) {
			status = OfferStatus.ENDED;
			var draw = random.nextDouble();
			result = draw < 0.6 ? OfferResult.COMPLETED : draw < 0.75 ? OfferResult.ORDINARY_JOB
					: draw < 0.8 ? OfferResult.EDUCATION : draw < 0.85 ? OfferResult.OTHER_OFFER : OfferResult.INTERRUPTED;
			endedOn = result == OfferResult.INTERRUPTED
					? start.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(start, last) + 1)) : last;
		}
		var hours = type == OfferType.ORDINAERE_TIMER ? 5 + random.nextInt(11) : null;
		return new ImportedOffer(id(history.id(), type.ordinal()), history.id(),
				history.municipalityCode(), history.unit(), type, status, provider, name, project, start, plannedEnd,
				endedOn, result, hours, start.minusDays(random.nextInt(14)).atTime(9, 0).atZone(zone).toInstant());
	}

	private ImportedCv cv(CitizenHistory history, @Nullable BenefitType current, SplittableRandom random) {
		var benefit = current != null ? current
				: history.benefits().isEmpty() ? null : history.benefits().getLast().type();
		var goals = new LinkedHashSet<String>();
		var goalList = texts.getOrDefault("goals." + (benefit == null ? "OTHER" : benefit.name()), texts.get("goals.OTHER"));
		var full = random.nextDouble() < 0.7;
		var goalCount = full ? 1 + random.nextInt(3) : random.nextInt(2);
		for (var i = 0; i < goalCount; i++) {
			goals.add(byRank(goalList, random));
		}
		var birthYear = history.birthDate().getYear();
		var educations = new ArrayList<ImportedCv.Education>();
		if (full || random.nextBoolean()) {
			var tier = benefit == A_DAGPENGE && random.nextDouble() < 0.6 ? "educations.high"
					: benefit == INTEGRATIONSYDELSE || benefit == UDDANNELSESHJAELP || random.nextDouble() < 0.4
							? "educations.basic" : "educations.middle";
			var parts = pick(tier, random).split(";", -1);
			var level = EducationLevel.valueOf(parts[0]);
			var end = Math.min(today.getYear() - 1, birthYear + switch (level) {
				case GRUNDSKOLE -> 16;
				case GYMNASIAL -> 19;
				case ERHVERVSUDDANNELSE -> 21;
				case KORT_VIDEREGAAENDE -> 23;
				case MELLEMLANG_VIDEREGAAENDE -> 24;
				case LANG_VIDEREGAAENDE -> 26;
				case KURSUS, ANDET -> 20 + random.nextInt(20);
			});
			educations.add(new ImportedCv.Education(level, parts[1], parts.length > 2 && !parts[2].isBlank() ? parts[2] : null,
					null, end, true));
		}
		var experiences = new ArrayList<ImportedCv.Experience>();
		var jobs = full ? random.nextInt(4) : random.nextInt(2);
		var cursor = YearMonth.from(today).minusMonths(3 + random.nextInt(24));
		for (var i = 0; i < jobs; i++) {
			var code = byRank(goalList, random);
			var months = 3 + random.nextInt(48);
			var from = cursor.minusMonths(months);
			if (from.getYear() < birthYear + 16) {
				break;
			}
			experiences.add(new ImportedCv.Experience(code,
					occupations.byCode(code).map(Occupation::danish).orElse(code), pick("employers", random), from, cursor));
			cursor = from.minusMonths(1 + random.nextInt(12));
		}
		var skills = new LinkedHashSet<String>();
		var skillCount = full ? 3 + random.nextInt(4) : random.nextInt(3);
		for (var i = 0; i < skillCount; i++) {
			skills.add(byRank(texts.get("skills"), random));
		}
		var languages = new ArrayList<ImportedCv.Language>();
		if (full || random.nextBoolean()) {
			if (benefit == INTEGRATIONSYDELSE) {
				var mother = List.of("ar", "ti", "so", "fa", "uk", "ku", "pl", "ro").get(random.nextInt(8));
				languages.add(new ImportedCv.Language(mother, LanguageLevel.MODERSMAAL));
				languages.add(new ImportedCv.Language("da", random.nextBoolean() ? LanguageLevel.GRUNDLAEGGENDE : LanguageLevel.GODT));
			}
			else {
				languages.add(new ImportedCv.Language("da", LanguageLevel.MODERSMAAL));
			}
			if (random.nextDouble() < 0.6) {
				languages.add(new ImportedCv.Language("en", random.nextBoolean() ? LanguageLevel.GODT : LanguageLevel.GRUNDLAEGGENDE));
			}
		}
		var answered = random.nextDouble() < (full ? 0.8 : 0.4);
		var licences = EnumSet.noneOf(DrivingLicence.class);
		if (answered && random.nextDouble() < 0.6) {
			licences.add(DrivingLicence.B);
			if (random.nextDouble() < 0.08) {
				licences.add(DrivingLicence.C);
				licences.add(DrivingLicence.CE);
			}
		}
		var wishes = full || random.nextBoolean();
		var hours = benefit == A_DAGPENGE || history.categoryOn(today).orElse(null) == VisitationCategory.JOBPARAT ? 37
				: 10 + random.nextInt(5) * 5;
		var branches = new ArrayList<String>();
		if (wishes && random.nextBoolean()) {
			branches.add(String.format("%02d", 1 + random.nextInt(10)));
		}
		var profile = random.nextDouble() < (full ? 0.5 : 0.1) ? pick("profiles", random) : null;
		return new ImportedCv(history.id(), history.municipalityCode(), profile, educations, experiences,
				List.copyOf(skills), languages, answered, licences, wishes ? hours : null,
				wishes ? 10 + random.nextInt(9) * 5 : null, branches,
				goals.stream().map(code -> new ImportedCv.JobGoal(code, null)).toList(),
				today.minusDays(random.nextInt(400)).atTime(11, 0).atZone(zone).toInstant());
	}

	private ImportedPlan plan(CitizenHistory history, @Nullable ImportedCv cv, SplittableRandom random) {
		var goals = new ArrayList<ImportedPlan.Goal>();
		if (cv != null && !cv.jobGoals().isEmpty()) {
			var code = cv.jobGoals().getFirst().occupationCode();
			var title = occupations.byCode(code).map(Occupation::danish).orElse(code).toLowerCase(java.util.Locale.ROOT);
			goals.add(new ImportedPlan.Goal(true, java.text.MessageFormat.format(texts.get("endgoal").getFirst(), title),
					code, null, false));
		}
		var subGoals = random.nextInt(4);
		for (var i = 0; i < subGoals; i++) {
			var reached = random.nextDouble() < 0.3;
			goals.add(new ImportedPlan.Goal(false, pick("subgoals", random), null,
					reached ? null : today.plusDays(7 + random.nextInt(120)), reached));
		}
		var agreements = new ArrayList<ImportedPlan.Agreement>();
		var count = 1 + random.nextInt(3);
		for (var i = 0; i < count; i++) {
			agreements.add(new ImportedPlan.Agreement(today.minusDays(random.nextInt(180)), pick("agreements", random)));
		}
		var created = today.minusDays(180 + random.nextInt(180)).atTime(9, 30).atZone(zone).toInstant();
		return new ImportedPlan(history.id(), history.municipalityCode(), created, ACTOR, goals, agreements);
	}

	private String pick(String section, SplittableRandom random) {
		return byRank(texts.get(section), random);
	}

	private static String byRank(List<String> items, SplittableRandom random) {
		return WeightedList.byRank(items).pick(random);
	}

	private static LocalDate between(LocalDate from, LocalDate to, SplittableRandom random) {
		var days = ChronoUnit.DAYS.between(from, to);
		return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
	}

	private SplittableRandom random(CitizenId citizen, int stream) {
		return new SplittableRandom(seed * 31 + citizen.value().getMostSignificantBits() * 17
				+ citizen.value().getLeastSignificantBits() + stream * 1_000_003L);
	}

	private UUID id(CitizenId citizen, int salt) {
		return UUID.nameUUIDFromBytes((seed + "/" + citizen + "/" + salt).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	static Map<OfferType, Integer> startsWithin(List<ImportedOffer> offers, LocalDate from, LocalDate to) {
		var counts = new HashMap<OfferType, Integer>();
		offers.stream()
			.filter(offer -> offer.status() == OfferStatus.GRANTED || offer.status() == OfferStatus.ENDED)
			.filter(offer -> !offer.startDate().isBefore(from) && !offer.startDate().isAfter(to))
			.forEach(offer -> counts.merge(offer.type(), 1, Integer::sum));
		return counts;
	}

}
