package dk.jobvej.smalljobs.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A reported small task as the bureau sees it. */
public record Task(UUID id, UUID bureau, String companyName, String cvr, @Nullable String ean, String contactName,
		String contactEmail, String contactPhone, String title, String description, String street, String postcode,
		String city, LocalDate startsOn, int hoursPerWeek, String agreement, TaskStatus status) {

	/** A public employer, invoiced in OIOUBL by its EAN/GLN number. */
	public boolean publicEmployer() {
		return ean != null;
	}

}
