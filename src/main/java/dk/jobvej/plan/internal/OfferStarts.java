package dk.jobvej.plan.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every night, shortly after midnight, publishes {@code OfferStarted} for the offers that start
 * that day (offers granted with a start today or earlier are published at once).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OfferStarts {

	private static final Logger log = LoggerFactory.getLogger(OfferStarts.class);

	private final Offering offering;

	private final Clock clock;

	OfferStarts(Offering offering, Clock clock) {
		this.offering = offering;
		this.clock = clock;
	}

	@Scheduled(cron = "0 5 0 * * *", zone = "Europe/Copenhagen")
	void publish() {
		var published = offering.publishStartsDue(LocalDate.now(clock));
		log.info("Offers started today: {}", published);
	}

}
