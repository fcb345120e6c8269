package dk.jobvej.network.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A match opening (matchåbning) as every partner of the network sees it, with the partner holding it now.
 *
 * @param holder the partner the opening is offered to now (while open), by the relay
 * @param passesAt when it passes to the next partner if not taken (while open)
 */
public record Opening(UUID id, UUID network, String companyName, String cvr, int companyMunicipality, String dialog,
		List<JobContent> jobContent, String description, MatchKind kind, OpeningStatus status, @Nullable UUID holder,
		@Nullable Instant passesAt, @Nullable UUID takenBy, Instant openedAt) {

	public Opening {
		jobContent = List.copyOf(jobContent);
	}

}
