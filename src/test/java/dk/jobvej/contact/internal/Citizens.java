package dk.jobvej.contact.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenHistory;
import dk.jobvej.citizen.CitizenHistory.Benefit;
import dk.jobvej.citizen.CitizenHistory.Visitation;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.TargetGroup;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.identity.UnitId;

/** Citizens' histories and contact facts for the due-date tests, written as the cases read. */
final class Citizens {

	static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

	static final int KOEBENHAVN = 101;

	static final int AALBORG = 851;

	private Citizens() {
	}

	static Builder on(BenefitType benefit, String from) {
		return new Builder().benefit(benefit, from, null);
	}

	/** A conversation at the local time in Copenhagen, e.g. {@code "2025-03-30T10:00"}. */
	static Instant local(String dateTime) {
		return LocalDateTime.parse(dateTime).atZone(COPENHAGEN).toInstant();
	}

	static final class Builder {

		private final List<Benefit> benefits = new ArrayList<>();

		private final List<Visitation> visitations = new ArrayList<>();

		private final List<Instant> held = new ArrayList<>();

		private final List<ContactFacts.Absence> absences = new ArrayList<>();

		private final List<ContactFacts.Membership> memberships = new ArrayList<>();

		private Instant nextBooked;

		private TargetGroup targetGroup;

		private int municipality = KOEBENHAVN;

		Builder benefit(BenefitType type, String from, String to) {
			benefits.add(new Benefit(type, LocalDate.parse(from), to == null ? null : LocalDate.parse(to)));
			return this;
		}

		Builder category(VisitationCategory category, String from) {
			visitations.add(new Visitation(category, LocalDate.parse(from)));
			return this;
		}

		Builder group(TargetGroup group) {
			this.targetGroup = group;
			return this;
		}

		Builder in(int municipalityCode) {
			this.municipality = municipalityCode;
			return this;
		}

		/** A conversation held at local time in Copenhagen. */
		Builder held(String localDateTime) {
			held.add(local(localDateTime));
			return this;
		}

		/** A conversation held at an instant (UTC), e.g. {@code "2025-03-29T23:30:00Z"}. */
		Builder heldAt(String instant) {
			held.add(Instant.parse(instant));
			return this;
		}

		Builder booked(String localDateTime) {
			nextBooked = local(localDateTime);
			return this;
		}

		Builder absent(String type, String from, String to) {
			absences.add(new ContactFacts.Absence(type, LocalDate.parse(from), to == null ? null : LocalDate.parse(to)));
			return this;
		}

		Builder programme(String code, String from) {
			memberships.add(new ContactFacts.Membership(code, LocalDate.parse(from), null));
			return this;
		}

		CitizenHistory history() {
			return new CitizenHistory(new CitizenId(UUID.nameUUIDFromBytes(benefits.toString().getBytes())),
					municipality, new UnitId(new UUID(0, 1)), null, LocalDate.of(1985, 7, 7), benefits, visitations,
					targetGroup);
		}

		ContactFacts facts() {
			return new ContactFacts(held, nextBooked, absences, memberships);
		}

	}

}
