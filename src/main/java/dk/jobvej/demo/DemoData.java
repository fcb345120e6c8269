package dk.jobvej.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Fills an empty database with the demo jobcenter when the application starts in the demo profile. */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DemoOrganisation organisation;

	DemoData(DemoOrganisation organisation) {
		this.organisation = organisation;
	}

	@Override
	public void run(ApplicationArguments args) {
		var units = organisation.ensure();
		log.info("Demo organisation ready: {} units", units.size());
	}

}
