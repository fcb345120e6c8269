package dk.jobvej.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the demo data is generated.
 *
 * @param enabled generate citizens at all (the demo organisation is always made in the demo profile)
 * @param seed the seed: the same seed gives the same citizens, staff and CPR numbers
 * @param scale Aalborg only, or all 98 municipalities
 * @param scaleFactor multiplies every count of the key-figure table (1 = the real numbers)
 * @param batchSize citizens per {@code CitizenImport.importBatch} call
 * @param conversations generate a year of conversations (the contact course) for each municipality
 */
@ConfigurationProperties("jobvej.demo")
record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("851") long seed,
		@DefaultValue("aalborg") Scale scale, @DefaultValue("1.0") double scaleFactor,
		@DefaultValue("5000") int batchSize, @DefaultValue("true") boolean conversations) {

	/** Which municipalities get citizens. */
	enum Scale {

		/** Jobcenter Aalborg (municipality 851) as the key-figure table of June 2018 counts it. */
		AALBORG,

		/** All 98 municipalities, the "Hele Landet" column, for benchmarks. */
		NATIONAL

	}

}
