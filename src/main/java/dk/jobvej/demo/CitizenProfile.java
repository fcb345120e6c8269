package dk.jobvej.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.jobvej.citizen.Address;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.Cpr;
import dk.jobvej.citizen.ImportedBenefitPeriod;
import dk.jobvej.citizen.VisitationCategory;

import org.jspecify.annotations.Nullable;

/**
 * A generated citizen before staff are assigned: who they are, where they live, their benefit
 * periods (oldest first, the last one open if they are on a benefit today) and the visitation
 * decisions of their last period (oldest first).
 */
record CitizenProfile(CitizenId id, Cpr cpr, Names.PersonName name, Address address, House house,
		List<ImportedBenefitPeriod> benefits, List<Decision> decisions) {

	CitizenProfile {
		benefits = List.copyOf(benefits);
		decisions = List.copyOf(decisions);
	}

	/** A visitation decision and the house whose caseworker made it. */
	record Decision(VisitationCategory category, Instant decidedAt, House house, String reason) {
	}

	ImportedBenefitPeriod lastBenefit() {
		return benefits.getLast();
	}

	/** Whether a benefit is running: the last period has no end. */
	boolean current() {
		return lastBenefit().to() == null;
	}

	@Nullable VisitationCategory category() {
		return decisions.isEmpty() ? null : decisions.getLast().category();
	}

	/** Whether a benefit period overlaps the days from {@code from} to {@code to}, both included. */
	boolean onBenefitBetween(LocalDate from, LocalDate to) {
		return benefits.stream().anyMatch(p -> !p.from().isAfter(to) && (p.to() == null || !p.to().isBefore(from)));
	}

}
