package dk.jobvej.contact.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the contact module knows about a citizen's course, besides the citizen's own history: when
 * conversations were held, the next booked one, absences and exemptions, and programme memberships.
 *
 * @param held when individual conversations were held (their start), any order
 * @param nextBooked the start of the earliest booked conversation from today, if any
 */
public record ContactFacts(List<Instant> held, @Nullable Instant nextBooked, List<Absence> absences,
		List<Membership> memberships) {

	static final ContactFacts NONE = new ContactFacts(List.of(), null, List.of(), List.of());

	public ContactFacts {
		held = List.copyOf(held);
		absences = List.copyOf(absences);
		memberships = List.copyOf(memberships);
	}

	/** An absence or exemption (DFDG: fravær, fritagelse) from {@code from} to {@code to} (null = open). */
	public record Absence(String type, LocalDate from, @Nullable LocalDate to) {

		boolean covers(LocalDate day) {
			return !day.isBefore(from) && (to == null || !day.isAfter(to));
		}

	}

	/** A programme membership from {@code from} to {@code to} (null = running). */
	public record Membership(String programme, LocalDate from, @Nullable LocalDate to) {

		boolean covers(LocalDate day) {
			return !day.isBefore(from) && (to == null || !day.isAfter(to));
		}

	}

}
