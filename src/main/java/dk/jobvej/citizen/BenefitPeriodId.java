package dk.jobvej.citizen;

import java.util.UUID;

/** Identifies one benefit period (ydelsesforløb) of a citizen. */
public record BenefitPeriodId(UUID value) {

	public static BenefitPeriodId of(String value) {
		return new BenefitPeriodId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
