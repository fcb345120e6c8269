package dk.jobvej.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.identity.StaffId;

import org.jspecify.annotations.Nullable;

/**
 * Programmes for other modules (the demo data, a migration): define one, select its gross target
 * group, randomise it and bring in visitations, exits and payments recorded elsewhere. The same
 * rules apply as on the pages and in the API; {@code actor} is written where a member of staff
 * would be.
 */
public interface ProgrammeImport {

	Optional<ProgrammeId> find(int municipalityCode, String code);

	ProgrammeId define(ProgrammeDefinition definition, String actor);

	/** Selects the gross target group; refused when it has been selected before (it is fixed). */
	int select(ProgrammeId programme, String actor);

	/** Draws {@code participants} of the gross target group into the participant arm. */
	void randomise(ProgrammeId programme, long seed, int participants, boolean stratified, String actor);

	/** The members drawn into the arm, in the order of their ids. */
	List<CitizenId> arm(ProgrammeId programme, Arm arm);

	/** Members of the gross target group, in the order of their ids. */
	List<CitizenId> members(ProgrammeId programme);

	/** Imports visitations, exits and payments in one transaction. */
	void importRecords(ProgrammeId programme, List<Visit> visits, List<Exit> exits, List<Payment> payments,
			String actor);

	/** A programme visitation decision. */
	record Visit(CitizenId citizen, VisitationGroup group, LocalDate decidedOn, @Nullable LocalDate revisitOn,
			@Nullable DeferralReason deferralReason, @Nullable StaffId jobMediator) {
	}

	/** A member's exit from the programme. */
	record Exit(CitizenId citizen, LocalDate exitedOn, ExitDestination destination) {
	}

	/** Grant money received. */
	record Payment(LocalDate receivedOn, long amount, String note) {
	}

}
