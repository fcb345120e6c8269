package dk.jobvej.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Jobvej lives in Danish time; every rule asks this clock, so tests can set any date. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	/** The zone of every date and deadline in Jobvej. */
	static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

	@Bean
	Clock clock() {
		return Clock.system(COPENHAGEN);
	}

}
