package dk.jobvej.rehab.internal;

import java.time.Clock;
import java.time.LocalDate;

import dk.jobvej.citizen.BenefitPeriodEnded;
import dk.jobvej.citizen.BenefitPeriodStarted;
import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenMovedToUnit;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.citizen.VisitationChanged;
import dk.jobvej.rehab.CourseType;
import dk.jobvej.rehab.RehabCaseType;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Listens to the citizen module: benefit periods of jobafklaringsforløb and ressourceforløb start
 * and end courses; a move to another unit moves the citizen's courses and cases along; a
 * visitation to a sickness-benefit category updates the citizen's sickness case, and category 3
 * opens a team case where the rules of the day still say so. Each event is handled after its
 * transaction committed, in a transaction of its own (the event publication registry retries
 * unfinished ones).
 */
@Component
class RehabCitizenEvents {

	private final Courses courses;

	private final CitizenRegister citizens;

	private final JdbcClient jdbc;

	private final Clock clock;

	RehabCitizenEvents(Courses courses, CitizenRegister citizens, JdbcClient jdbc, Clock clock) {
		this.courses = courses;
		this.citizens = citizens;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(BenefitPeriodStarted event) {
		var type = course(event.type());
		if (type != null) {
			citizens.history(event.citizen())
				.ifPresent(history -> courses.started(history, type, event.from(), event.to()));
		}
	}

	@ApplicationModuleListener
	void on(BenefitPeriodEnded event) {
		var type = course(event.type());
		if (type != null) {
			courses.ended(event.citizen(), type, event.from(), event.to());
		}
	}

	@ApplicationModuleListener
	void on(CitizenMovedToUnit event) {
		courses.moved(event.citizen(), event.unit());
	}

	@ApplicationModuleListener
	void on(VisitationChanged event) {
		if (!event.category().name().startsWith("SYGEDAGPENGE_KATEGORI_")) {
			return;
		}
		jdbc.sql("update rehab.sickness_case set category = ? where citizen = ? and closed_on is null")
			.params(event.category().name(), event.citizen().value())
			.update();
		if (event.category() == VisitationCategory.SYGEDAGPENGE_KATEGORI_3) {
			var day = LocalDate.ofInstant(event.decidedAt(), clock.getZone());
			citizens.history(event.citizen())
				.ifPresent(history -> courses.openForCitizen(history, RehabCaseType.SYGEDAGPENGE_KATEGORI_3, day));
		}
	}

	private static @Nullable CourseType course(BenefitType type) {
		return switch (type) {
			case JOBAFKLARINGSFORLOEB -> CourseType.JAF;
			case RESSOURCEFORLOEB -> CourseType.RF;
			default -> null;
		};
	}

}
