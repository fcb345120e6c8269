package dk.jobvej.plan;

import java.util.Set;

import dk.jobvej.citizen.CitizenId;

/**
 * Which citizens have a plan with an end goal (slutmål) in force, for computations over a
 * municipality (the programme module's "group 1 lacks a plan" list). Not audited: the caller shows
 * figures, or audits the citizens it shows.
 */
public interface PlanGoals {

	/** The citizens of the municipality whose plan has an active end goal. */
	Set<CitizenId> withEndGoal(int municipalityCode);

}
