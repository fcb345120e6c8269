package dk.jobvej.youth.internal;

import dk.jobvej.citizen.CitizenMovedToUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A citizen moved to another unit: their running education order and guidance-café intakes follow. */
@Component
class YouthCitizenEvents {

	private final JdbcClient jdbc;

	YouthCitizenEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(CitizenMovedToUnit event) {
		jdbc.sql("update youth.education_order set unit = ? where citizen = ? and ended_on is null")
			.params(event.unit().value(), event.citizen().value())
			.update();
		jdbc.sql("update youth.intake set unit = ? where citizen = ?")
			.params(event.unit().value(), event.citizen().value())
			.update();
	}

}
