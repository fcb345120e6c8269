package dk.jobvej.plan;

import java.util.UUID;

/** Identifies an offer. */
public record OfferId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}

}
