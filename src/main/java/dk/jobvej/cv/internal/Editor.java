package dk.jobvej.cv.internal;

import dk.jobvej.citizen.CitizenId;

/**
 * Who changes a CV, for which citizen: a member of staff who may open the citizen, or the citizen
 * on Min side. Made by {@link CvEditors} only after the access check.
 *
 * @param citizen whose CV
 * @param municipalityCode the citizen's municipality
 * @param actor the name in the audit trail: the staff username, or {@code borger:<id>}
 * @param self true for the citizen themself
 */
record Editor(CitizenId citizen, int municipalityCode, String actor, boolean self) {
}
