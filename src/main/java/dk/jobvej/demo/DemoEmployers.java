package dk.jobvej.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.employer.CompanyId;
import dk.jobvej.employer.CompanySize;
import dk.jobvej.employer.Cvr;
import dk.jobvej.employer.EmployerImport;
import dk.jobvej.employer.EmployerImport.ImportedCompany;
import dk.jobvej.employer.EmployerImport.ImportedVacancy;
import dk.jobvej.employer.EmployerImport.ImportedVisit;
import dk.jobvej.employer.EmployerImport.ImportedWorkplace;
import dk.jobvej.employer.PNumber;
import dk.jobvej.employer.VacancyId;
import dk.jobvej.employer.VacancyKind;
import dk.jobvej.employer.VacancyStatus;
import dk.jobvej.employer.VisitOutcome;
import dk.jobvej.employer.VisitPurpose;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.StaffMember;
import dk.jobvej.occupation.OccupationCode;
import dk.jobvej.occupation.Taxonomy;

import org.springframework.stereotype.Component;

/**
 * Aalborg's companies for the demo, calibrated to seed 003 ("Jobcenter Aalborg gennemførte i 2022
 * mere end 7.100 virksomhedsbesøg og havde kontakt til 5.900 forskellige virksomheder"): 5,900
 * companies, each visited at least once in the last year, 7,150 visits in all, their workplaces,
 * and the vacancies of the last year (about 2,400, of which those taken in within the last 45 days
 * are still open). Loaded through {@link EmployerImport} in batches; deterministic from the seed.
 * The named demo company Limfjordens Lager A/S has the employer-portal login
 * {@code virksomhed@jobvej.dk} (password {@code demo}) and the consultant {@code konsulent}.
 */
@Component
class DemoEmployers {

	static final int COMPANIES = 5_900;

	static final int VISITS = 7_150;

	static final int VACANCIES = 2_400;

	static final CompanyId DEMO_COMPANY = new CompanyId(UUID.fromString("3b0a1d6e-6c1f-4f4e-9d55-1f2a3b4c5d01"));

	static final Cvr DEMO_CVR = new Cvr("13748136");

	private static final String[] PLACES = { "Nord", "Limfjord", "Aalborg", "Himmerland", "Vendsyssel", "Jysk",
			"Dansk", "Nørre", "Øster", "Vester", "Hals", "Nibe", "Svenstrup", "Gistrup", "Klarup", "Vodskov", "Skalborg",
			"Hasseris", "Vejgaard", "Lindholm", "Nordkyst", "Kattegat", "Rold", "Lille", "Ny" };

	private static final String[][] TRADES = { { "Landbrug", "Gartneri", "Maskinstation" },
			{ "Metal", "Plast", "Fødevarer", "Beton", "Maskinfabrik", "Emballage" },
			{ "Byg", "VVS", "El", "Maler", "Tømrer", "Anlæg", "Murer" },
			{ "Transport", "Lager", "Logistik", "Auto", "Handel", "Supermarked", "Købmand", "Grossist" },
			{ "Data", "IT", "Medie", "Software" }, { "Finans", "Forsikring", "Revision" },
			{ "Ejendomme", "Bolig", "Udlejning" }, { "Rengøring", "Service", "Vikar", "Facility", "Rådgivning" },
			{ "Pleje", "Omsorg", "Sundhed", "Skole", "Institution" }, { "Fitness", "Café", "Restaurant", "Hotel", "Kultur" } };

	private static final String[] SUFFIXES = { "ApS", "ApS", "ApS", "A/S", "I/S", "& Co.", "" };

	private static final String[][] POSTCODES = { { "9000", "Aalborg", "30" }, { "9200", "Aalborg SV", "16" },
			{ "9210", "Aalborg SØ", "8" }, { "9220", "Aalborg Ø", "14" }, { "9230", "Svenstrup J", "4" },
			{ "9240", "Nibe", "3" }, { "9260", "Gistrup", "2" }, { "9270", "Klarup", "2" }, { "9280", "Storvorde", "1" },
			{ "9310", "Vodskov", "3" }, { "9370", "Hals", "2" }, { "9380", "Vestbjerg", "1" },
			{ "9400", "Nørresundby", "14" } };

	private static final String[] STREETS = { "Hobrovej", "Sofiendalsvej", "Gugvej", "Over Kæret", "Nibevej",
			"Lindholm Brygge", "Østre Havnegade", "Vesterbro", "Boulevarden", "Skudehavnsvej", "Hjulmagervej",
			"Håndværkervej", "Industrivej", "Marathonvej", "Lyngvej", "Sønderbro", "Jyllandsgade", "Kærvej",
			"Stigsborg Brygge", "Gasværksvej" };

	/** Branch (DB07 10-grouping) weights, roughly the composition of Aalborg's workplaces. */
	private static final int[] BRANCH_WEIGHTS = { 3, 8, 10, 24, 5, 2, 4, 14, 22, 8 };

	/** Occupations of the vacancies by branch: the jobs the recruitment unit fills most. */
	private static final String[][] OCCUPATIONS = { { "9213", "9214", "6113", "8341" },
			{ "9329", "8160", "7212", "7214", "8219", "9321", "7223" },
			{ "9313", "7115", "7112", "7411", "7126", "7131", "8342" },
			{ "9333", "8332", "8322", "5223", "5230", "4321", "8344", "9334", "7231" },
			{ "2512", "2514", "3512", "4222" }, { "4311", "3313", "4110" }, { "5153", "9622", "4110" },
			{ "9112", "9111", "4222", "5414", "4110", "9622" },
			{ "5321", "5322", "5311", "2221", "5312", "9412" }, { "5120", "5131", "9412", "5246", "3423", "9411" } };

	private static final String[][] NOTES = { { "Behov for medarbejdere snarest" }, { "Aftale om praktikforløb" },
			{ "Sygemeldt medarbejder – fastholdelsesplan drøftet" }, { "Interesse for voksenlærlinge" },
			{ "Småjob og opgaver til borgere på nedsat tid" }, { "Opfølgning på ansættelse – alt går godt" },
			{ "Præsentation af jobcentrets tilbud" } };

	private final EmployerImport employers;

	private final Organisation organisation;

	private final Taxonomy taxonomy;

	private final Clock clock;

	DemoEmployers(EmployerImport employers, Organisation organisation, Taxonomy taxonomy, Clock clock) {
		this.employers = employers;
		this.organisation = organisation;
		this.taxonomy = taxonomy;
		this.clock = clock;
	}

	/** Generates and imports Aalborg's companies once (batches imported before are skipped). */
	int populate(DemoUnits units, long seed, Progress progress) {
		var consultants = organisation.staffOf(units.of(House.REKRUTTERINGSENHEDEN))
			.stream()
			.filter(staff -> staff.has(Role.COMPANY_CONSULTANT))
			.sorted(Comparator.comparing(StaffMember::username))
			.map(StaffMember::id)
			.toList();
		if (consultants.isEmpty()) {
			return 0;
		}
		var companies = generate(seed, consultants, LocalDate.now(clock));
		var imported = 0;
		var batch = 1_000;
		for (var n = 0; n * batch < companies.size(); n++) {
			var part = companies.subList(n * batch, Math.min(companies.size(), (n + 1) * batch));
			imported += employers.importBatch("demo-employers-" + seed + "-851-" + (n + 1), part);
		}
		employers.ensurePortalUser(DEMO_COMPANY, "Lene Limfjord", "virksomhed@jobvej.dk", "demo");
		progress.log("Aalborg companies: " + imported + " imported, "
				+ companies.stream().mapToInt(c -> c.visits().size()).sum() + " visits, "
				+ companies.stream().mapToInt(c -> c.vacancies().size()).sum() + " vacancies");
		return imported;
	}

	/** The companies with their workplaces, visits and vacancies; the same seed and day give the same ones. */
	List<ImportedCompany> generate(long seed, List<StaffId> consultants, LocalDate today) {
		var random = new Random(seed * 0x9E3779B97F4A7C15L + 851);
		var cvrs = new HashSet<String>();
		cvrs.add(DEMO_CVR.value());
		var drafts = new ArrayList<Draft>();
		var konsulent = organisation.staffMember("konsulent").map(StaffMember::id).orElse(consultants.getFirst());
		drafts.add(new Draft(DEMO_COMPANY, DEMO_CVR, "Limfjordens Lager A/S", 3, CompanySize.MEDIUM, "Skudehavnsvej 17",
				"9000", "Aalborg", konsulent, new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
		for (var i = 1; i < COMPANIES; i++) {
			var branch = weighted(random, BRANCH_WEIGHTS);
			var trades = TRADES[branch];
			var name = PLACES[random.nextInt(PLACES.length)] + " " + trades[random.nextInt(trades.length)] + " "
					+ SUFFIXES[random.nextInt(SUFFIXES.length)];
			var size = size(random);
			var place = postcode(random);
			drafts.add(new Draft(new CompanyId(uuid(random)), cvr(random, cvrs), name.strip(), branch, size,
					STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(120)), place[0], place[1],
					consultants.get(i % consultants.size()), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
		}
		var pNumbers = new HashSet<String>();
		for (var draft : drafts) {
			var count = switch (draft.size) {
				case MICRO, SMALL -> 1;
				case MEDIUM -> 1 + random.nextInt(2);
				case LARGE -> 2 + random.nextInt(3);
			};
			for (var w = 0; w < count; w++) {
				String number;
				do {
					number = "10" + String.format("%08d", random.nextInt(100_000_000));
				}
				while (!pNumbers.add(number));
				var place = w == 0 ? new String[] { draft.postcode, draft.city } : postcode(random);
				draft.workplaces.add(new ImportedWorkplace(new PNumber(number), draft.name + (w == 0 ? "" : " " + (w + 1)),
						w == 0 ? draft.street : STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(90)),
						place[0], place[1]));
			}
		}
		// every company visited once in the last year, the rest of the visits to the larger ones more often
		for (var v = 0; v < VISITS; v++) {
			var draft = v < drafts.size() ? drafts.get(v) : drafts.get(biased(random, drafts));
			var purpose = VisitPurpose.values()[weighted(random, new int[] { 34, 20, 12, 8, 12, 6, 8 })];
			draft.visits.add(new ImportedVisit(today.minusDays(1 + random.nextInt(365)), draft.consultant, purpose,
					outcome(random, purpose), NOTES[purpose.ordinal()][0]));
		}
		for (var n = 0; n < VACANCIES; n++) {
			var draft = n < 3 ? drafts.getFirst() : drafts.get(biased(random, drafts));
			var codes = OCCUPATIONS[draft.branch];
			var code = codes[random.nextInt(codes.length)];
			var created = n < 3 ? today.minusDays(3 + n) : today.minusDays(random.nextInt(365));
			var small = random.nextInt(100) < 8;
			var hours = small ? 5 + random.nextInt(11) : random.nextInt(100) < 75 ? 37 : 15 + random.nextInt(18);
			var open = created.isAfter(today.minusDays(45));
			var status = open ? VacancyStatus.OPEN : random.nextInt(100) < 82 ? VacancyStatus.FILLED : VacancyStatus.CLOSED;
			var title = taxonomy.byCode(new OccupationCode(code)).map(o -> o.danish()).orElse(code);
			var deadline = created.plusDays(21 + random.nextInt(21));
			if (open && deadline.isBefore(today)) {
				deadline = today.plusDays(7);
			}
			draft.vacancies.add(new ImportedVacancy(new VacancyId(uuid(random)), new OccupationCode(code),
					small ? title + " (småjob)" : title, description(title, draft.name, hours), hours, draft.postcode,
					draft.city, deadline.plusDays(7 + random.nextInt(30)), deadline,
					small ? VacancyKind.SMALL_TASK : VacancyKind.JOB, status, created));
		}
		return drafts.stream()
			.map(d -> new ImportedCompany(d.id, d.cvr, d.name, String.format("%02d", d.branch + 1), d.size, d.street,
					d.postcode, d.city, d.consultant, Municipalities.AALBORG, d.workplaces, d.visits, d.vacancies))
			.toList();
	}

	private static String description(String title, String company, int hours) {
		return title + " søges til " + company + ", " + hours + " timer om ugen. Jobcentrets Rekrutteringsenhed "
				+ "formidler kandidater og kan aftale virksomhedspraktik eller løntilskud før ansættelse.";
	}

	private static VisitOutcome outcome(Random random, VisitPurpose purpose) {
		return switch (purpose) {
			case REKRUTTERING -> random.nextInt(100) < 70 ? VisitOutcome.VACANCY_RECEIVED : VisitOutcome.FOLLOW_UP_AGREED;
			case VIRKSOMHEDSPLACERING, RUMMELIGT_ARBEJDSMARKED -> random.nextInt(100) < 60 ? VisitOutcome.PLACEMENT_AGREED
					: VisitOutcome.INFORMATION_GIVEN;
			case FASTHOLDELSE, EFTERVAERN -> VisitOutcome.FOLLOW_UP_AGREED;
			case OPKVALIFICERING -> VisitOutcome.INFORMATION_GIVEN;
			case OPSOEGENDE -> random.nextInt(100) < 40 ? VisitOutcome.NO_NEED : VisitOutcome.INFORMATION_GIVEN;
		};
	}

	/** A company index, larger companies (earlier in no order) picked more often by drawing twice. */
	private static int biased(Random random, List<Draft> drafts) {
		var a = random.nextInt(drafts.size());
		var b = random.nextInt(drafts.size());
		return drafts.get(a).size.ordinal() >= drafts.get(b).size.ordinal() ? a : b;
	}

	private static CompanySize size(Random random) {
		var roll = random.nextInt(100);
		return roll < 60 ? CompanySize.MICRO : roll < 88 ? CompanySize.SMALL : roll < 97 ? CompanySize.MEDIUM
				: CompanySize.LARGE;
	}

	private static String[] postcode(Random random) {
		var weights = new int[POSTCODES.length];
		for (var i = 0; i < weights.length; i++) {
			weights[i] = Integer.parseInt(POSTCODES[i][2]);
		}
		var place = POSTCODES[weighted(random, weights)];
		return new String[] { place[0], place[1] };
	}

	private static int weighted(Random random, int[] weights) {
		var total = 0;
		for (var weight : weights) {
			total += weight;
		}
		var roll = random.nextInt(total);
		for (var i = 0; i < weights.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	/** A CVR number passing modulus 11, unique within the run. */
	private static Cvr cvr(Random random, Set<String> used) {
		while (true) {
			var seven = String.valueOf(2_000_000 + random.nextInt(8_000_000));
			var check = Cvr.checkDigit(seven);
			if (check >= 0 && used.add(seven + check)) {
				return new Cvr(seven + check);
			}
		}
	}

	private static UUID uuid(Random random) {
		var high = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
		var low = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
		return new UUID(high, low);
	}

	/** A company being generated. */
	private record Draft(CompanyId id, Cvr cvr, String name, int branch, CompanySize size, String street,
			String postcode, String city, StaffId consultant, List<ImportedWorkplace> workplaces,
			List<ImportedVisit> visits, List<ImportedVacancy> vacancies) {
	}

}
