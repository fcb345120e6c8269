package dk.jobvej.cv.internal;

import dk.jobvej.citizen.CitizenId;

import org.jspecify.annotations.Nullable;

/**
 * Who asks to change a CV, before access is checked: a member of staff for a citizen, or the
 * citizen themself on Min side. {@link CvEditing} checks it inside the change's transaction.
 *
 * @param staffFor the citizen a member of staff changes the CV of; null for the citizen themself
 */
public record CvChangeBy(@Nullable CitizenId staffFor) {

	public static CvChangeBy staff(CitizenId citizen) {
		return new CvChangeBy(citizen);
	}

	public static CvChangeBy self() {
		return new CvChangeBy(null);
	}

}
