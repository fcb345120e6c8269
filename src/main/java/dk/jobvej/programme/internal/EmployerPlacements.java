package dk.jobvej.programme.internal;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.employer.PlacementEnded;
import dk.jobvej.employer.PlacementStarted;
import dk.jobvej.employer.PlacementType;
import dk.jobvej.plan.OfferType;
import dk.jobvej.programme.Placement;
import dk.jobvej.programme.PlacementSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Placements from the employer module, kept from its events, with the company's CVR number as the
 * company key, so 13 weeks at the same company count across placements there. Wage subsidy is
 * counted as private (the event does not say which), an ordinary job as ordinary employment; flex
 * jobs are not kept (not ordinary employment), adult apprenticeships are kept but no grant rule of
 * the seeds counts them.
 */
@Component
class EmployerPlacements implements PlacementSource {

	private final JdbcClient jdbc;

	EmployerPlacements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(PlacementStarted started) {
		var type = type(started.type());
		if (type == null) {
			return;
		}
		jdbc.sql("""
				insert into programme.employer_placement (placement, citizen, municipality_code, cvr, offer_type, from_date,
				  planned_to) values (?, ?, ?, ?, ?, ?, ?)
				on conflict (placement) do update set from_date = excluded.from_date, planned_to = excluded.planned_to""")
			.params(started.placement().value(), started.citizen().value(), started.municipalityCode(),
					started.cvr().value(), type.name(), started.from(), started.plannedTo())
			.update();
	}

	@ApplicationModuleListener
	void on(PlacementEnded ended) {
		var type = type(ended.type());
		if (type == null) {
			return;
		}
		jdbc.sql("""
				insert into programme.employer_placement (placement, citizen, municipality_code, cvr, offer_type, from_date,
				  ended_on) values (?, ?, ?, ?, ?, ?, ?)
				on conflict (placement) do update set ended_on = excluded.ended_on""")
			.params(ended.placement().value(), ended.citizen().value(), ended.municipalityCode(), ended.cvr().value(),
					type.name(), ended.from(), ended.to())
			.update();
	}

	@Override
	public void forEachPlacement(int municipalityCode, Consumer<Placement> each) {
		jdbc.sql("select * from programme.employer_placement where municipality_code = ?")
			.param(municipalityCode)
			.query((rs, n) -> new Placement(new CitizenId(rs.getObject("citizen", UUID.class)),
					OfferType.valueOf(rs.getString("offer_type")), "cvr:" + rs.getString("cvr"),
					rs.getObject("from_date", LocalDate.class), rs.getObject("planned_to", LocalDate.class),
					rs.getObject("ended_on", LocalDate.class)))
			.stream()
			.forEach(each);
	}

	static @Nullable OfferType type(PlacementType type) {
		return switch (type) {
			case VIRKSOMHEDSPRAKTIK -> OfferType.VIRKSOMHEDSPRAKTIK;
			case LOENTILSKUD -> OfferType.LOENTILSKUD_PRIVAT;
			case ORDINAERE_TIMER, ORDINAERT_JOB -> OfferType.ORDINAERE_TIMER;
			case VOKSENLAERLING -> OfferType.VOKSENLAERLING;
			case FLEKSJOB -> null;
		};
	}


}
