package dk.jobvej.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.citizen.CitizenHistory;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.cv.CvImport;
import dk.jobvej.cv.CvSearch;
import dk.jobvej.cv.DrivingLicence;
import dk.jobvej.cv.EducationLevel;
import dk.jobvej.cv.ImportedCv;
import dk.jobvej.cv.LanguageLevel;
import dk.jobvej.cv.Occupations;
import dk.jobvej.identity.Organisation;
import dk.jobvej.plan.ImportedOffer;
import dk.jobvej.plan.ImportedPlan;
import dk.jobvej.plan.OfferDesk;
import dk.jobvej.plan.OfferResult;
import dk.jobvej.plan.OfferStatus;
import dk.jobvej.plan.OfferType;
import dk.jobvej.plan.PlanImport;
import dk.jobvej.plan.ProviderKind;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Loads the demo CVs, plans and offers of Aalborg through the cv and plan modules' import APIs
 * (COPY, in batches), and gives the demo citizen Mikkel Holm a complete CV and plan. His current
 * internship is granted through the plan module's offer desk as his caseworker {@code raadgiver},
 * so it carries a real decision letter. Runs once: a database where Mikkel has a CV is left alone.
 */
@Component
class DemoCvAndPlans {

	private static final Logger log = LoggerFactory.getLogger(DemoCvAndPlans.class);

	private static final int BATCH = 5_000;

	private final CitizenRegister citizens;

	private final CvImport cvImport;

	private final CvSearch cvs;

	private final PlanImport planImport;

	private final OfferDesk offers;

	private final Occupations occupations;

	private final Organisation organisation;

	private final Clock clock;

	DemoCvAndPlans(CitizenRegister citizens, CvImport cvImport, CvSearch cvs, PlanImport planImport, OfferDesk offers,
			Occupations occupations, Organisation organisation, Clock clock) {
		this.citizens = citizens;
		this.cvImport = cvImport;
		this.cvs = cvs;
		this.planImport = planImport;
		this.offers = offers;
		this.occupations = occupations;
		this.organisation = organisation;
		this.clock = clock;
	}

	/** @return whether the CVs were loaded now (false: loaded before) */
	boolean ensure(long seed) {
		if (cvs.snapshot(DemoCitizen.ID).isPresent()) {
			log.info("Demo CVs and plans: loaded before; kept as they are");
			return false;
		}
		var started = System.nanoTime();
		var histories = new ArrayList<CitizenHistory>();
		citizens.forEachHistory(Municipalities.AALBORG, history -> {
			if (!history.id().equals(DemoCitizen.ID)) {
				histories.add(history);
			}
		});
		var data = new CvAndPlanGenerator(seed, LocalDate.now(clock), clock.getZone(), occupations).generate(histories);
		var cvRows = 0;
		for (var from = 0; from < data.cvs().size(); from += BATCH) {
			cvRows += cvImport.importBatch("demo-" + seed + "-cv-851-" + (from / BATCH + 1),
					data.cvs().subList(from, Math.min(data.cvs().size(), from + BATCH)));
		}
		var planRows = 0;
		var batches = Math.max((data.plans().size() + BATCH - 1) / BATCH, (data.offers().size() + BATCH - 1) / BATCH);
		for (var n = 0; n < batches; n++) {
			planRows += planImport.importBatch("demo-" + seed + "-plan-851-" + (n + 1), slice(data.plans(), n),
					slice(data.offers(), n));
		}
		log.info("Demo CVs and plans: {} CVs, {} plans and {} offers for {} citizens in {} ms", cvRows,
				data.plans().size(), data.offers().size(), histories.size(), (System.nanoTime() - started) / 1_000_000);
		mikkel();
		return true;
	}

	private static <T> List<T> slice(List<T> all, int n) {
		return n * BATCH >= all.size() ? List.of() : all.subList(n * BATCH, Math.min(all.size(), (n + 1) * BATCH));
	}

	/** Mikkel Holm: every part of the CV, a plan with goals, agreements, self-help and progression, and offers. */
	private void mikkel() {
		var caseworker = organisation.staffMember("raadgiver").orElseThrow();
		var facts = citizens.ownFacts(DemoCitizen.ID);
		var today = LocalDate.now(clock);
		var now = clock.instant();
		var month = YearMonth.from(today);
		cvImport.importBatch("demo-citizen-mikkel-holm-cv", List.of(new ImportedCv(DemoCitizen.ID, Municipalities.AALBORG,
				"Jeg er mødestabil og vant til lager og pakning. Jeg vil gerne tilbage på et lager, gerne som truckfører.",
				List.of(new ImportedCv.Education(EducationLevel.KURSUS, "Truckcertifikat B (AMU)", "AMU Nordjylland", 2019,
						2019, true),
						new ImportedCv.Education(EducationLevel.GRUNDSKOLE, "Folkeskolens afgangsprøve (9. klasse)",
								"Vejgaard Østre Skole", 1992, 2001, true)),
				List.of(new ImportedCv.Experience("9321", "Pakkeriarbejder", "CoolShop", month.minusYears(4),
						month.minusYears(2).minusMonths(4)),
						new ImportedCv.Experience("9333", "Lagermedarbejder", "Berendsen", month.minusYears(9),
								month.minusYears(5))),
				List.of("Truckkørsel", "Pakning og forsendelse", "Scanner og lagersystem", "Mødestabil"),
				List.of(new ImportedCv.Language("da", LanguageLevel.MODERSMAAL),
						new ImportedCv.Language("en", LanguageLevel.GODT)),
				true, Set.of(DrivingLicence.B), 30, 25, List.of("02", "04"),
				List.of(new ImportedCv.JobGoal("9333", "Gerne på et stort lager i Aalborg Øst"),
						new ImportedCv.JobGoal("8344", "Truckcertifikatet skal fornyes")),
				now)));
		planImport.importBatch("demo-citizen-mikkel-holm-plan", List.of(new ImportedPlan(DemoCitizen.ID,
				Municipalities.AALBORG, now.minusSeconds(150L * 24 * 3600), caseworker.username(),
				List.of(new ImportedPlan.Goal(true, "Job som lagerarbejder eller truckfører i Aalborg-området", "9333", null,
						false),
						new ImportedPlan.Goal(false, "Få skrevet CV'et færdigt", null, null, true),
						new ImportedPlan.Goal(false, "Møde stabilt 8.00–14.00 i Håndværkerprojektet", null, null, true),
						new ImportedPlan.Goal(false, "Gennemføre virksomhedspraktikken på lageret", null,
								today.plusWeeks(11), false),
						new ImportedPlan.Goal(false, "Forny truckcertifikatet", null, today.plusWeeks(8), false)),
				List.of(new ImportedPlan.Agreement(today.minusDays(140),
						"Mikkel starter i Håndværkerprojektet og skriver CV med hjælp fra værkstedet."),
						new ImportedPlan.Agreement(today.minusDays(45),
								"Mikkel har mødt stabilt. Vi finder en praktik på et lager; virksomhedskonsulenten ringer til Salling Group."),
						new ImportedPlan.Agreement(today.minusDays(14),
								"Praktikken starter nu. Vi følger op efter fire uger. Mikkel læser om jobsamtaler i Digital Jobhjælp.")),
				List.of("JOBSAMTALE", "LINKEDIN"),
				List.of(new ImportedPlan.Measurement(today.minusDays(140), true,
						Map.of("EGEN_TRO", 2, "JOBSOEGNING", 2, "HELBRED", 3, "SOCIALE_KOMPETENCER", 3, "STABILITET", 2)),
						new ImportedPlan.Measurement(today.minusDays(138), false,
								Map.of("JOBSOEGNING", 2, "HELBRED", 3, "SOCIALE_KOMPETENCER", 3, "STABILITET", 2,
										"RAADGIVERS_TRO", 3)),
						new ImportedPlan.Measurement(today.minusDays(90), true,
								Map.of("EGEN_TRO", 3, "JOBSOEGNING", 3, "HELBRED", 3, "SOCIALE_KOMPETENCER", 4, "STABILITET", 3)),
						new ImportedPlan.Measurement(today.minusDays(45), false,
								Map.of("JOBSOEGNING", 3, "HELBRED", 4, "SOCIALE_KOMPETENCER", 4, "STABILITET", 4,
										"RAADGIVERS_TRO", 4)),
						new ImportedPlan.Measurement(today.minusDays(20), true,
								Map.of("EGEN_TRO", 4, "JOBSOEGNING", 3, "HELBRED", 4, "SOCIALE_KOMPETENCER", 4,
										"STABILITET", 4))))),
				List.of(new ImportedOffer(UUID.nameUUIDFromBytes("demo-mikkel-haandvaerkerprojektet".getBytes()),
						DemoCitizen.ID, Municipalities.AALBORG, facts.history().unit(), OfferType.OPKVALIFICERING,
						OfferStatus.ENDED, ProviderKind.INTERNAL_PROJECT, "Håndværkerprojektet",
						CvAndPlanGenerator.HAANDVAERKERPROJEKTET, today.minusDays(140), today.minusDays(140).plusWeeks(13).minusDays(1),
						today.minusDays(140).plusWeeks(13).minusDays(1), OfferResult.COMPLETED, null,
						now.minusSeconds(145L * 24 * 3600))));
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caseworker.username(), null, List.of()));
		SecurityContextHolder.setContext(context);
		try {
			var start = today.minusDays(14);
			offers.grant(DemoCitizen.ID, OfferType.VIRKSOMHEDSPRAKTIK, null, ProviderKind.COMPANY,
					"Salling Group, lageret i Aalborg Øst", start, start.plusWeeks(13).minusDays(1), null,
					"Mikkel vil gerne tilbage til lagerarbejde. Praktikken skal vise, om han kan klare fuld tid på et lager, "
							+ "og kan føre til løntilskud eller ordinære timer.");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		log.info("Demo citizen Mikkel Holm: complete CV, plan, progression and an internship with its decision letter");
	}

}
