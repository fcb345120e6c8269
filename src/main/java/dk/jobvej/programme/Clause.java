package dk.jobvej.programme;

import java.util.Set;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.VisitationCategory;

import org.jspecify.annotations.Nullable;

/**
 * One clause of a target-group rule; a citizen qualifies under a clause when every condition it
 * sets holds on the selection day. A null condition is not set.
 *
 * @param benefits the citizen receives one of these benefits on the selection day
 * @param category the visitation category on the selection day (e.g. aktivitetsparat)
 * @param minAge the least age on the selection day
 * @param minSupportMonths the least unbroken time on public support up to the selection day
 * @param maxInterruptionDays the longest break in public support that does not break it (Flere Skal
 * Med: more than four weeks excludes, so 28)
 * @param integrationProgrammeMonths time on integrationsydelse that counts as the integration
 * programme from its first day and does not count as support "after the integration programme"
 */
public record Clause(Set<BenefitType> benefits, @Nullable VisitationCategory category, @Nullable Integer minAge,
		@Nullable Integer minSupportMonths, @Nullable Integer maxInterruptionDays,
		@Nullable Integer integrationProgrammeMonths) {

	public Clause {
		benefits = Set.copyOf(benefits);
	}

}
