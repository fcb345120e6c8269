package dk.jobvej.demo;

import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.matching.CandidatesFromCvs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Fills the database with the demo jobcenter when the application starts in the demo profile:
 * Aalborg's organisation and named users, then citizens and staff for Aalborg, or for all 98
 * municipalities with {@code jobvej.demo.scale=national}. A municipality that already has
 * citizens is left alone (at national scale: unless the next one has none, as the run may have
 * stopped in it), so restarts with the data kept are fast.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DemoOrganisation organisation;

	private final DemoPopulation population;

	private final DemoCitizen citizen;

	private final CitizenImport citizens;

	private final DemoConversations conversations;

	private final DemoCvAndPlans cvAndPlans;

	private final DemoProperties properties;

	private final DemoSurveys surveys;

	private final DemoResults results;

	private final DemoProgrammes programmes;

	private final DemoEmployers employers;

	private final CandidatesFromCvs candidatesFromCvs;

	private final DemoRehab rehab;

	private final DemoYouth youth;

	private final DemoSmallJobs smallJobs;

	private final DemoNetwork network;

	DemoData(DemoOrganisation organisation, DemoPopulation population, DemoCitizen citizen, CitizenImport citizens,
			DemoConversations conversations, DemoCvAndPlans cvAndPlans, DemoProperties properties,
			DemoSurveys surveys, DemoResults results, DemoEmployers employers,
			CandidatesFromCvs candidatesFromCvs, DemoRehab rehab, DemoYouth youth, DemoProgrammes programmes,
			DemoSmallJobs smallJobs, DemoNetwork network) {
		this.employers = employers;
		this.candidatesFromCvs = candidatesFromCvs;
		this.programmes = programmes;
		this.smallJobs = smallJobs;
		this.network = network;
		this.organisation = organisation;
		this.population = population;
		this.citizen = citizen;
		this.citizens = citizens;
		this.conversations = conversations;
		this.cvAndPlans = cvAndPlans;
		this.properties = properties;
		this.surveys = surveys;
		this.results = results;
		this.rehab = rehab;
		this.youth = youth;
	}

	@Override
	public void run(ApplicationArguments args) {
		var units = organisation.ensureAalborg();
		log.info("Demo organisation ready: {} units", units.houses().size() + 1);
		if (!properties.enabled()) {
			log.info("Demo citizens are switched off (jobvej.demo.enabled=false)");
			return;
		}
		var national = properties.scale() == DemoProperties.Scale.NATIONAL;
		var plans = national ? Calibration.national(properties.scaleFactor())
				: java.util.List.of(Calibration.aalborg(properties.scaleFactor()));
		var progress = new Progress(national ? "national" : "Aalborg");
		var prefix = DemoPopulation.batchPrefix(properties.seed(), properties.scaleFactor());
		var hired = 0;
		var aalborgImported = false;
		for (var i = 0; i < plans.size(); i++) {
			var code = plans.get(i).municipality().code();
			if (complete(plans, i)) {
				log.info("Demo data: municipality {} already has citizens; kept as they are", code);
				continue;
			}
			hired += population.populate(plans.get(i), properties.seed(), properties.batchSize(), prefix, progress)
				.staffHired();
			aalborgImported |= code == Municipalities.AALBORG;
		}
		citizen.ensure(units);
		if (properties.conversations()) {
			for (var plan : plans) {
				conversations.ensure(plan.municipality().code(), properties.seed(), progress);
			}
			conversations.ensureNamed(units, DemoCitizen.ID);
		}
		if (cvAndPlans.ensure(properties.seed())) {
			progress.log(candidatesFromCvs.refresh(Municipalities.AALBORG) + " candidate profiles made from the CVs");
		}
		surveys.ensure(units, properties.seed());
		results.ensure(aalborgImported);
		employers.populate(units, properties.seed(), progress);
		rehab.ensure(units, properties.seed());
		youth.ensure(units, properties.seed());
		programmes.ensure(Municipalities.AALBORG, units.houses(), properties.seed());
		smallJobs.populate(units, properties.seed());
		network.populate(units, properties.seed());
		progress.log("finished, " + hired + " staff hired, seed " + properties.seed());
	}

	/**
	 * Whether the i-th municipality was loaded before. Municipalities are loaded in order, so at
	 * national scale one is complete once the next one has citizens too; the last one is always
	 * run again, which costs little as its batches are skipped.
	 */
	private boolean complete(java.util.List<MunicipalityPlan> plans, int i) {
		var code = plans.get(i).municipality().code();
		if (plans.size() == 1) {
			return citizens.hasCitizens(code);
		}
		return i < plans.size() - 1 && citizens.hasCitizens(code)
				&& citizens.hasCitizens(plans.get(i + 1).municipality().code());
	}

}
