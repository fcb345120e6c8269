package dk.jobvej.programme.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.jobvej.programme.Arm;
import dk.jobvej.programme.DeferralReason;
import dk.jobvej.programme.ExitDestination;
import dk.jobvej.programme.VisitationGroup;

import org.jspecify.annotations.Nullable;

/** The rows of the programme schema as the module reads them. */
public final class Records {

	private Records() {
	}

	/** A member of the gross target group, with the clause and the reasons they qualified by. */
	public record Member(UUID citizen, int clause, String stratum, List<Reason> reasons) {
	}

	/** A citizen who narrowly did not qualify, and why. */
	public record NearMiss(UUID citizen, List<Reason> reasons) {
	}

	public record Selection(Instant selectedAt, String selectedBy, int assessed, int members, int nearMisses) {
	}

	public record AllocationRun(long seed, boolean stratified, int participants, int members, String inputHash,
			String allocationHash, Instant randomisedAt, String randomisedBy) {

		/** When it was drawn, on the jobcenter's clock. */
		public java.time.LocalDateTime localTime() {
			return java.time.LocalDateTime.ofInstant(randomisedAt, java.time.ZoneId.of("Europe/Copenhagen"));
		}

	}

	public record Allocated(UUID citizen, Arm arm, String stratum) {
	}

	public record Visit(UUID citizen, VisitationGroup group, LocalDate decidedOn, @Nullable LocalDate revisitOn,
			@Nullable DeferralReason deferralReason, @Nullable UUID jobMediator, String decidedBy) {
	}

	public record Exit(UUID citizen, LocalDate exitedOn, ExitDestination destination) {
	}

	public record Payment(UUID id, LocalDate receivedOn, long amount, String note) {
	}

}
