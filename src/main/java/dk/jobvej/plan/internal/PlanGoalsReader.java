package dk.jobvej.plan.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.plan.PlanGoals;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers {@link PlanGoals} with one query over the plans' goals. */
@Service
class PlanGoalsReader implements PlanGoals {

	private final JdbcClient jdbc;

	PlanGoalsReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<CitizenId> withEndGoal(int municipalityCode) {
		var citizens = new HashSet<CitizenId>();
		jdbc.sql("""
				select distinct g.plan from plan.goal g
				where g.municipality_code = ? and g.kind = 'END_GOAL' and g.status = 'ACTIVE'""")
			.param(municipalityCode)
			.query(UUID.class)
			.list()
			.forEach(id -> citizens.add(new CitizenId(id)));
		return citizens;
	}

}
