package dk.jobvej.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenHistory;
import dk.jobvej.citizen.CitizenHistory.Benefit;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;
import dk.jobvej.rehab.Company;
import dk.jobvej.rehab.ConversationKind;
import dk.jobvej.rehab.CourseType;
import dk.jobvej.rehab.DocumentKind;
import dk.jobvej.rehab.DocumentStatus;
import dk.jobvej.rehab.ExemptionReason;
import dk.jobvej.rehab.ExtensionGround;
import dk.jobvej.rehab.RehabCaseId;
import dk.jobvej.rehab.RehabCaseType;
import dk.jobvej.rehab.RehabImport;
import dk.jobvej.rehab.RehabOutcome;
import dk.jobvej.rehab.SicknessCaseId;
import dk.jobvej.rehab.SicknessCloseReason;
import dk.jobvej.rehab.TeamFunction;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Demo data of the rehabilitation module for Aalborg, from the citizens' benefit histories and a
 * seed: a case for the rehabilitation team behind every flexjob, disability pension and resource
 * course that began in the five years, and behind every first job-clarification course, treated at
 * weekly team meetings until the 2026 reform (1 Jul 2026) and decided by the caseworker after it;
 * the free-municipality trial of seed 002 (Aalborg 2016–2022) with 500 cases exempted from the
 * meeting and 360 GP certificates not requested, which at the settings' unit costs of 5,000 and
 * 2,000 kroner are the seed's saving of about 2.5 million and 720,000 kroner; the running
 * job-clarification and resource courses with the efforts started in them; open cases with
 * missing documents and a meeting next week; and a follow-up case in Sygedagpengehuset for every
 * citizen on sickness benefit, with employer, conversations, partial return, step-up plans and
 * extensions, and those closed in the last year.
 */
@Component
class DemoRehab {

	private static final Logger log = LoggerFactory.getLogger(DemoRehab.class);

	static final LocalDate REFORM = LocalDate.of(2026, 7, 1);

	static final LocalDate FREE_FROM = LocalDate.of(2016, 1, 1);

	static final LocalDate FREE_TO = LocalDate.of(2022, 12, 31);

	/** Seed 002: about 2.5 million kroner saved on meetings, at 5,000 kroner a case. */
	static final int EXEMPTIONS = 500;

	/** Seed 002: about 720,000 kroner saved on LÆ 265, at 2,000 kroner a certificate. */
	static final int CERTIFICATES = 360;

	private static final int AGENDA_SIZE = 10;

	private final RehabImport imports;

	private final CitizenRegister citizens;

	private final DemoModuleUsers users;

	private final Clock clock;

	DemoRehab(RehabImport imports, CitizenRegister citizens, DemoModuleUsers users, Clock clock) {
		this.imports = imports;
		this.citizens = citizens;
		this.users = users;
		this.clock = clock;
	}

	/** What the generator made, for the log and the tests. */
	record Made(int cases, int exempted, int certificatesNotRequested, int meetings, int courses, int efforts,
			int sicknessCases, int rows) {
	}

	Made ensure(DemoUnits units, long seed) {
		var code = Municipalities.AALBORG;
		var rehab = users.ensure("rehab", "Lone Rask", units.of(House.RESSOURCECENTER), Role.CASEWORKER);
		users.ensure("rehableder", "Peter Holm Vinther", units.of(House.RESSOURCECENTER), Role.TEAM_LEADER);
		var sick = users.ensure("sygedagpenge", "Birgitte Skov", units.of(House.SYGEDAGPENGEHUSET), Role.CASEWORKER);
		users.ensure("sygeleder", "Henrik Dam", units.of(House.SYGEDAGPENGEHUSET), Role.TEAM_LEADER);
		if (imports.hasData(code)) {
			log.info("Demo rehabilitation data: Aalborg has it already; kept as it is");
			return new Made(0, 0, 0, 0, 0, 0, 0, 0);
		}
		var histories = new ArrayList<CitizenHistory>();
		citizens.forEachHistory(code, histories::add);
		histories.sort(Comparator.comparing(history -> history.id().value()));
		var batch = generate(histories, units, rehab, sick, seed, LocalDate.now(clock));
		var rows = imports.importBatch("demo-rehab-" + seed + "-" + code, batch.batch());
		var made = new Made(batch.batch().cases().size(), batch.exempted(), batch.certificates(),
				batch.batch().meetings().size(), batch.batch().courses().size(), batch.batch().efforts().size(),
				batch.batch().sicknessCases().size(), rows);
		log.info("Demo rehabilitation data: {}", made);
		return made;
	}

	/** A batch and what it holds of the free-municipality trial. */
	record Generated(RehabImport.Batch batch, int exempted, int certificates) {
	}

	/** Deterministic from the seed, the histories and the day. */
	static Generated generate(List<CitizenHistory> histories, DemoUnits units, StaffId rehab, StaffId sick, long seed,
			LocalDate today) {
		var random = PopulationGenerator.random(seed, Municipalities.AALBORG, "rehab");
		var code = Municipalities.AALBORG;
		var team = new RehabImport.Team(uuid(random), code, "Rehabiliteringsteamet Aalborg",
				List.of(new RehabImport.Member(TeamFunction.KLINISK_FUNKTION, "Klinisk funktion, Region Nordjylland"),
						new RehabImport.Member(TeamFunction.SUNDHED, "Sundhedsfaglig konsulent, Sundhed og Kultur"),
						new RehabImport.Member(TeamFunction.SOCIAL, "Socialrådgiver, Voksenområdet"),
						new RehabImport.Member(TeamFunction.BESKAEFTIGELSE, "Koordinerende sagsbehandler, jobcentret")));
		var meetings = new Meetings(team.id(), random);
		var cases = new ArrayList<CaseDraft>();
		var courses = new ArrayList<RehabImport.Course>();
		var efforts = new ArrayList<RehabImport.Effort>();
		var sickness = new ArrayList<RehabImport.Sickness>();
		var companies = DemoCompanies.make(random.split(), 320);
		for (var history : histories) {
			var caseworker = history.primaryContact() != null ? history.primaryContact() : rehab;
			var firstJaf = true;
			for (var benefit : history.benefits()) {
				switch (benefit.type()) {
					case FLEKSJOB, FOERTIDSPENSION, RESSOURCEFORLOEB -> decidedCase(history, benefit, caseworker, random,
							today).ifPresent(cases::add);
					case JOBAFKLARINGSFORLOEB -> {
						if (firstJaf && benefit.from().isBefore(REFORM) && !benefit.from().isAfter(today)) {
							var plan = benefit.from().plusDays(7 + random.nextInt(random.nextInt(10) == 0 ? 40 : 21));
							cases.add(new CaseDraft(history, caseworker, RehabCaseType.JOBAFKLARING_FOERSTE,
									benefit.from(), min(plan, today), RehabOutcome.INDSATSPLAN));
						}
						firstJaf = false;
					}
					default -> {
					}
				}
				if (benefit.to() == null && !benefit.from().isAfter(today)) {
					course(history, benefit, random, today, courses, efforts);
					if (benefit.type() == BenefitType.SYGEDAGPENGE) {
						sickness.add(sickness(history, benefit, null, caseworker, companies, random, today));
					}
				}
				else if (benefit.type() == BenefitType.SYGEDAGPENGE && benefit.to() != null
						&& benefit.to().isAfter(today.minusYears(1)) && !benefit.to().isAfter(today)) {
					sickness.add(sickness(history, benefit, successor(history, benefit), caseworker, companies, random,
							today));
				}
			}
		}
		var exempted = chooseFreeMunicipality(cases, random);
		var open = openCases(histories, rehab, random, today);
		var imported = new ArrayList<RehabImport.Case>();
		for (var draft : cases) {
			imported.add(draft.toImport(meetings, random));
		}
		var nextMeeting = today.with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
		var upcoming = new RehabImport.Meeting(uuid(random), code, team.id(), nextMeeting, LocalTime.of(9, 0),
				"Mødelokale 1, Jobcentret, Vesterbro", 30);
		var position = 0;
		for (var draft : open) {
			var onAgenda = position < 8 && draft.type() != RehabCaseType.RESSOURCEFORLOEB_GENFORELAEGGELSE;
			imported.add(draft.open(onAgenda ? upcoming.id() : null, onAgenda ? ++position : 0, random));
		}
		var assigned = assign(sickness, sick, 75);
		var batch = new RehabImport.Batch(List.of(team), meetings.all(upcoming), imported, courses, efforts, assigned,
				List.of(new RehabImport.FreeMunicipality(code, FREE_FROM, FREE_TO, 5000, 2000)));
		return new Generated(batch, exempted[0], exempted[1]);
	}

	/** The case behind a flexjob, disability pension or resource course that began in the window. */
	private static java.util.Optional<CaseDraft> decidedCase(CitizenHistory history, Benefit benefit, StaffId caseworker,
			SplittableRandom random, LocalDate today) {
		var type = switch (benefit.type()) {
			case FLEKSJOB -> RehabCaseType.FLEKSJOB;
			case FOERTIDSPENSION -> RehabCaseType.FOERTIDSPENSION;
			default -> RehabCaseType.RESSOURCEFORLOEB;
		};
		var decided = benefit.from().minusDays(1 + random.nextInt(10));
		var arisen = decided.minusDays(30 + random.nextInt(60));
		if (decided.isAfter(today) || type == RehabCaseType.RESSOURCEFORLOEB && !arisen.isBefore(REFORM)) {
			return java.util.Optional.empty();
		}
		var outcome = switch (type) {
			case FLEKSJOB -> RehabOutcome.FLEKSJOB;
			case FOERTIDSPENSION -> RehabOutcome.FOERTIDSPENSION;
			default -> RehabOutcome.RESSOURCEFORLOEB;
		};
		return java.util.Optional.of(new CaseDraft(history, caseworker, type, arisen, decided, outcome));
	}

	/** Running courses, with the efforts started in a resource course (most within 6 months). */
	private static void course(CitizenHistory history, Benefit benefit, SplittableRandom random, LocalDate today,
			List<RehabImport.Course> courses, List<RehabImport.Effort> efforts) {
		var start = benefit.from();
		if (benefit.type() == BenefitType.JOBAFKLARINGSFORLOEB) {
			var granted = start.minusDays(1).plusYears(2);
			courses.add(new RehabImport.Course(uuid(random), history.id(), Municipalities.AALBORG, history.unit(),
					CourseType.JAF, start, granted, null));
		}
		else if (benefit.type() == BenefitType.RESSOURCEFORLOEB && start.isBefore(REFORM)) {
			var latest = start.minusDays(1).plusYears(5);
			var earliest = start.minusDays(1).plusYears(1);
			var from = earliest.isAfter(today) ? earliest : today.plusMonths(1);
			var granted = from.isAfter(latest) ? latest
					: from.plusDays(random.nextLong(Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(from, latest))));
			courses.add(new RehabImport.Course(uuid(random), history.id(), Municipalities.AALBORG, history.unit(),
					CourseType.RF, start, granted, null));
			if (random.nextInt(100) < 85) {
				var day = start.plusDays(7 + random.nextInt(160));
				var offers = List.of("Virksomhedspraktik", "Mentor", "Socialpædagogisk støtte", "Behandling i psykiatrien",
						"Ordinære timer", "Opkvalificering");
				while (!day.isAfter(today)) {
					efforts.add(new RehabImport.Effort(history.id(), Municipalities.AALBORG,
							offers.get(random.nextInt(offers.size())), day));
					day = day.plusDays(60 + random.nextInt(120));
				}
			}
		}
	}

	/** The benefit that followed a finished one within a month, if any. */
	private static @Nullable BenefitType successor(CitizenHistory history, Benefit ended) {
		return history.benefits()
			.stream()
			.filter(next -> next.from().isAfter(ended.from()) && !next.from().isAfter(ended.to().plusDays(31)))
			.map(Benefit::type)
			.findFirst()
			.orElse(null);
	}

	/** A sick-listed citizen's case; closed if the sickness benefit ended, by what came next. */
	private static RehabImport.Sickness sickness(CitizenHistory history, Benefit benefit, @Nullable BenefitType next,
			StaffId caseworker, List<Company> companies, SplittableRandom random, LocalDate today) {
		var employed = random.nextInt(100) < 70;
		var first = employed ? benefit.from().minusDays(30) : benefit.from();
		var category = history.categoryOn(benefit.to() == null ? today : benefit.to())
			.filter(c -> c.name().startsWith("SYGEDAGPENGE_KATEGORI_"))
			.orElse(null);
		var expected = category == VisitationCategory.SYGEDAGPENGE_KATEGORI_1 ? 2 + random.nextInt(7)
				: 9 + random.nextInt(44);
		var end = benefit.to() == null ? today : benefit.to();
		var conversations = new ArrayList<RehabImport.Conversation>();
		if (employed && random.nextInt(100) < 30) {
			conversations.add(new RehabImport.Conversation(ConversationKind.RUNDBORD,
					min(first.plusDays(14 + random.nextInt(50)), end)));
		}
		if (category != VisitationCategory.SYGEDAGPENGE_KATEGORI_1) {
			var day = first.plusDays(21 + random.nextInt(35));
			var halfYear = first.plusMonths(6);
			while (!day.isAfter(end)) {
				if (random.nextInt(100) < 88) {
					conversations.add(new RehabImport.Conversation(ConversationKind.OPFOELGNING, day));
				}
				day = day.plusDays(day.isBefore(halfYear) ? 24 + random.nextInt(10) : 50 + random.nextInt(20));
			}
		}
		conversations.sort(Comparator.comparing(RehabImport.Conversation::heldOn));
		var partial = new ArrayList<RehabImport.Hours>();
		var steps = new ArrayList<RehabImport.Hours>();
		if (employed && java.time.temporal.ChronoUnit.DAYS.between(first, end) > 30 && random.nextInt(100) < 25) {
			var from = first.plusDays(21 + random.nextInt(40));
			if (!from.isAfter(end)) {
				var hours = 8 + random.nextInt(16);
				partial.add(new RehabImport.Hours(from, hours));
				if (random.nextInt(100) < 60) {
					for (var step = 1; step <= 3; step++) {
						steps.add(new RehabImport.Hours(from.plusWeeks(3L * step), Math.min(37, hours + step * 6)));
					}
				}
			}
		}
		var extensions = new ArrayList<RehabImport.Extension>();
		var point = benefit.from().plusDays(154).with(TemporalAdjusters.lastDayOfMonth());
		if (!point.isAfter(end) && random.nextInt(100) < 85) {
			var ground = pick(random, List.of(ExtensionGround.BEHANDLING, ExtensionGround.ARBEJDSEVNE_AFKLARES,
					ExtensionGround.LIVSTRUENDE_SYGDOM, ExtensionGround.REVALIDERING, ExtensionGround.REHABILITERINGSTEAM,
					ExtensionGround.ARBEJDSSKADE), new int[] { 45, 30, 10, 5, 5, 5 });
			var weeks = ground == ExtensionGround.ARBEJDSEVNE_AFKLARES ? 20 + random.nextInt(49) : 12 + random.nextInt(40);
			extensions.add(new RehabImport.Extension(ground, point, point.plusWeeks(weeks)));
		}
		SicknessCloseReason reason = null;
		if (benefit.to() != null) {
			reason = next == BenefitType.JOBAFKLARINGSFORLOEB ? SicknessCloseReason.JOBAFKLARING
					: next != null ? SicknessCloseReason.ANDEN_YDELSE
							: random.nextInt(100) < 92 ? SicknessCloseReason.RASKMELDT : SicknessCloseReason.OPHOERT;
		}
		return new RehabImport.Sickness(new SicknessCaseId(uuid(random)), history.id(), Municipalities.AALBORG,
				history.unit(), caseworker, category, first, employed,
				employed ? companies.get(skewed(random, companies.size())) : null, expected, null, conversations, partial,
				steps, extensions, benefit.to(), reason);
	}

	/** The demo caseworker of Sygedagpengehuset takes over some open cases, so their worklist is full. */
	private static List<RehabImport.Sickness> assign(List<RehabImport.Sickness> cases, StaffId caseworker, int count) {
		var result = new ArrayList<RehabImport.Sickness>();
		var open = cases.stream().filter(sick -> sick.closedOn() == null).count();
		var stride = Math.max(1, open / count);
		var given = 0;
		var seen = 0L;
		for (var sick : cases) {
			if (sick.closedOn() == null && given < count && seen++ % stride == 0) {
				given++;
				result.add(new RehabImport.Sickness(sick.id(), sick.citizen(), sick.municipalityCode(), sick.unit(),
						caseworker, sick.category(), sick.firstAbsenceDay(), sick.employed(), sick.company(),
						sick.expectedWeeks(), sick.earlyFollowUpRequestedOn(), sick.conversations(), sick.partialReturns(),
						sick.stepUpPlan(), sick.extensions(), sick.closedOn(), sick.closeReason()));
			}
			else {
				result.add(sick);
			}
		}
		return result;
	}

	/**
	 * The free-municipality trial: of the cases that arose while Aalborg was a free municipality,
	 * 500 are exempted from the meeting and 360 flexjob, resource-course and disability-pension cases
	 * did without the GP certificate. Returns the numbers made.
	 */
	private static int[] chooseFreeMunicipality(List<CaseDraft> cases, SplittableRandom random) {
		var window = new ArrayList<CaseDraft>();
		for (var draft : cases) {
			if (!draft.arisen().isBefore(FREE_FROM) && !draft.arisen().isAfter(FREE_TO.minusDays(30))) {
				window.add(draft);
			}
		}
		shuffle(window, random);
		var exempted = 0;
		for (var draft : window) {
			if (exempted == EXEMPTIONS) {
				break;
			}
			draft.exemption = pick(random, List.of(ExemptionReason.KUN_BESKAEFTIGELSESRETTET,
					ExemptionReason.TVAERFAGLIG_IGANGSAT, ExemptionReason.KAN_IKKE_VURDERES_ENDNU), new int[] { 45, 35, 20 });
			exempted++;
		}
		var certificates = 0;
		for (var draft : window) {
			if (certificates == CERTIFICATES) {
				break;
			}
			if (draft.type() != RehabCaseType.JOBAFKLARING_FOERSTE) {
				draft.certificateSkipped = true;
				certificates++;
			}
		}
		return new int[] { exempted, certificates };
	}

	/** Open cases of citizens in RessourceCenter today, arisen in the last weeks, some with documents missing. */
	private static List<CaseDraft> openCases(List<CitizenHistory> histories, StaffId rehab, SplittableRandom random,
			LocalDate today) {
		var open = new ArrayList<CaseDraft>();
		for (var history : histories) {
			var current = history.benefitOn(today).map(Benefit::type).orElse(null);
			if (current != BenefitType.LEDIGHEDSYDELSE && current != BenefitType.RESSOURCEFORLOEB) {
				continue;
			}
			if (random.nextInt(100) >= 7 || open.size() >= 70) {
				continue;
			}
			var type = current == BenefitType.RESSOURCEFORLOEB && random.nextBoolean()
					? RehabCaseType.RESSOURCEFORLOEB_GENFORELAEGGELSE
					: random.nextInt(100) < 65 ? RehabCaseType.FLEKSJOB : RehabCaseType.FOERTIDSPENSION;
			var caseworker = open.size() % 3 == 0 || history.primaryContact() == null ? rehab : history.primaryContact();
			open.add(new CaseDraft(history, caseworker, type, today.minusDays(random.nextInt(50)), null, null));
		}
		return open;
	}

	/** A case as the generator builds it, before it becomes an imported case. */
	static final class CaseDraft {

		private final CitizenHistory history;

		private final StaffId caseworker;

		private final RehabCaseType type;

		private final LocalDate arisen;

		private final @Nullable LocalDate decided;

		private final @Nullable RehabOutcome outcome;

		@Nullable ExemptionReason exemption;

		boolean certificateSkipped;

		CaseDraft(CitizenHistory history, StaffId caseworker, RehabCaseType type, LocalDate arisen,
				@Nullable LocalDate decided, @Nullable RehabOutcome outcome) {
			this.history = history;
			this.caseworker = caseworker;
			this.type = type;
			this.arisen = arisen;
			this.decided = decided;
			this.outcome = outcome;
		}

		RehabCaseType type() {
			return type;
		}

		LocalDate arisen() {
			return arisen;
		}

		/** A decided case: with the team (a meeting before the decision) until the reform, without it after. */
		RehabImport.Case toImport(Meetings meetings, SplittableRandom random) {
			var decidedOn = java.util.Objects.requireNonNull(decided);
			var team = decidedOn.isBefore(REFORM) && !(type == RehabCaseType.JOBAFKLARING_FOERSTE && arisen.isAfter(REFORM));
			var documents = documents(team, arisen, decidedOn);
			if (!team) {
				return new RehabImport.Case(new RehabCaseId(uuid(random)), history.id(), Municipalities.AALBORG,
						history.unit(), caseworker, type, arisen, documents, null, 0, null, null, null, null, outcome,
						decidedOn);
			}
			if (exemption != null) {
				var exemptedOn = min(arisen.plusDays(7 + random.nextInt(14)), FREE_TO);
				return new RehabImport.Case(new RehabCaseId(uuid(random)), history.id(), Municipalities.AALBORG,
						history.unit(), caseworker, type, arisen, documents, null, 0, exemption, exemptedOn, null, null,
						outcome, decidedOn.isBefore(exemptedOn) ? exemptedOn : decidedOn);
			}
			var target = type == RehabCaseType.JOBAFKLARING_FOERSTE ? decidedOn : arisen.plusDays(14);
			var slot = meetings.slot(min(target, decidedOn), decidedOn);
			var meetingDay = slot.day();
			return new RehabImport.Case(new RehabCaseId(uuid(random)), history.id(), Municipalities.AALBORG,
					history.unit(), caseworker, type, arisen, documents, slot.meeting(), slot.position(), null, null,
					outcome, meetingDay, outcome, decidedOn.isBefore(meetingDay) ? meetingDay : decidedOn);
		}

		/** An open case of today's rules (no team); on the coming meeting's agenda if asked. */
		RehabImport.Case open(@Nullable UUID meeting, int position, SplittableRandom random) {
			var documents = new ArrayList<RehabImport.Document>();
			var kinds = type == RehabCaseType.RESSOURCEFORLOEB_GENFORELAEGGELSE ? List.of(DocumentKind.SAMLET_BESKRIVELSE)
					: List.of(DocumentKind.SAMLET_BESKRIVELSE, DocumentKind.SUNDHEDSKOORDINATOR);
			for (var kind : kinds) {
				var roll = random.nextInt(3);
				if (roll > 0) {
					documents.add(new RehabImport.Document(kind,
							roll == 1 ? DocumentStatus.REKVIRERET : DocumentStatus.MODTAGET, arisen.plusDays(random.nextInt(5))));
				}
			}
			return new RehabImport.Case(new RehabCaseId(uuid(random)), history.id(), Municipalities.AALBORG,
					history.unit(), caseworker, type, arisen, documents, meeting, position, null, null, null, null, null,
					null);
		}

		private List<RehabImport.Document> documents(boolean team, LocalDate arisen, LocalDate decidedOn) {
			var received = min(arisen.plusDays(10), decidedOn);
			if (!team) {
				return List.of(new RehabImport.Document(DocumentKind.SAMLET_BESKRIVELSE, DocumentStatus.MODTAGET, received),
						new RehabImport.Document(DocumentKind.SUNDHEDSKOORDINATOR, DocumentStatus.MODTAGET, received));
			}
			var documents = new ArrayList<RehabImport.Document>();
			documents.add(new RehabImport.Document(DocumentKind.FORBEREDENDE_DEL, DocumentStatus.MODTAGET, received));
			documents.add(new RehabImport.Document(DocumentKind.HELBREDSOPLYSNINGER, DocumentStatus.MODTAGET, received));
			if (type != RehabCaseType.JOBAFKLARING_FOERSTE) {
				documents.add(certificateSkipped
						? new RehabImport.Document(DocumentKind.LAEGEATTEST_LAE265, DocumentStatus.IKKE_RELEVANT,
								min(arisen.plusDays(5), FREE_TO))
						: new RehabImport.Document(DocumentKind.LAEGEATTEST_LAE265, DocumentStatus.MODTAGET, received));
			}
			return documents;
		}

	}

	/** The team's meetings on Tuesdays and Thursdays, ten cases each, made as cases need them. */
	static final class Meetings {

		private final UUID team;

		private final SplittableRandom random;

		private final Map<LocalDate, UUID> ids = new HashMap<>();

		private final Map<LocalDate, Integer> filled = new HashMap<>();

		Meetings(UUID team, SplittableRandom random) {
			this.team = team;
			this.random = random;
		}

		record Slot(UUID meeting, int position, LocalDate day) {
		}

		/**
		 * The first place on a meeting on or after the day, and not after the last day; when the
		 * meetings up to the last day are full, the last meeting before it takes one more.
		 */
		Slot slot(LocalDate from, LocalDate last) {
			var day = from;
			while (!day.isAfter(last)) {
				if (day.getDayOfWeek() == DayOfWeek.TUESDAY || day.getDayOfWeek() == DayOfWeek.THURSDAY) {
					var taken = filled.getOrDefault(day, 0);
					if (taken < AGENDA_SIZE) {
						filled.put(day, taken + 1);
						var id = ids.computeIfAbsent(day, unused -> uuid(random));
						return new Slot(id, taken + 1, day);
					}
				}
				day = day.plusDays(1);
			}
			day = last;
			while (day.getDayOfWeek() != DayOfWeek.TUESDAY && day.getDayOfWeek() != DayOfWeek.THURSDAY) {
				day = day.minusDays(1);
			}
			var taken = filled.getOrDefault(day, 0) + 1;
			filled.put(day, taken);
			return new Slot(ids.computeIfAbsent(day, unused -> uuid(random)), taken, day);
		}

		List<RehabImport.Meeting> all(RehabImport.Meeting upcoming) {
			var meetings = new ArrayList<RehabImport.Meeting>();
			ids.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByKey())
				.forEach(entry -> meetings.add(new RehabImport.Meeting(entry.getValue(), Municipalities.AALBORG, team,
						entry.getKey(), LocalTime.of(9, 0), "Mødelokale 1, Jobcentret", 30)));
			meetings.add(upcoming);
			return meetings;
		}

	}

	private static LocalDate min(LocalDate one, LocalDate other) {
		return one.isBefore(other) ? one : other;
	}

	private static <T> T pick(SplittableRandom random, List<T> values, int[] weights) {
		var total = java.util.Arrays.stream(weights).sum();
		var roll = random.nextInt(total);
		for (var i = 0; i < values.size(); i++) {
			roll -= weights[i];
			if (roll < 0) {
				return values.get(i);
			}
		}
		return values.getLast();
	}

	/** An index weighted towards the start: a few large workplaces, many small ones. */
	private static int skewed(SplittableRandom random, int size) {
		var x = random.nextDouble();
		return Math.min(size - 1, (int) (size * x * x));
	}

	private static <T> void shuffle(List<T> list, SplittableRandom random) {
		for (var i = list.size() - 1; i > 0; i--) {
			Collections.swap(list, i, random.nextInt(i + 1));
		}
	}

	static UUID uuid(SplittableRandom random) {
		var high = (random.nextLong() & ~0xF000L) | 0x4000L;
		var low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low);
	}

}
