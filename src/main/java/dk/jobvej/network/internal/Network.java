package dk.jobvej.network.internal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A match network over a period with a target of matches and a target share in the home municipality.
 *
 * @param takeWithinDays the days a partner has to take an opening before it passes on
 */
public record Network(UUID id, String name, LocalDate periodFrom, LocalDate periodTo, int targetMatches,
		int homeMunicipality, int homeSharePercent, int takeWithinDays) {
}
