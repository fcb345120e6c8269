package dk.jobvej.cv;

import java.time.Instant;

import dk.jobvej.citizen.CitizenId;

/**
 * A citizen's CV changed (any part). Published once per change, after it is stored.
 *
 * @param citizen whose CV
 * @param municipalityCode the citizen's municipality
 * @param part the part that changed
 * @param bySelf true when the citizen changed it on Min side, false when a member of staff did
 * @param completeness how much is filled in now, 0–100 %
 * @param usable whether the CV is usable now
 * @param at when
 */
public record CvChanged(CitizenId citizen, int municipalityCode, CvPart part, boolean bySelf, int completeness,
		boolean usable, Instant at) {
}
