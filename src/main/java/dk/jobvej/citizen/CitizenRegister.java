package dk.jobvej.citizen;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What other modules may ask of the citizen module. Reads for a member of staff check need-to-know
 * access (own unit, primary contact or break-the-glass) and are audited; a citizen the caller may
 * not open without a stated reason raises {@link NoAccess}, which the citizen module answers with
 * its "no access" page or a 403 problem detail.
 */
public interface CitizenRegister {

	/** The citizen, opened by the signed-in member of staff; audited as a read of {@code what}. */
	CitizenFacts open(CitizenId id, String what);

	/**
	 * The citizens of a list (a worklist, an agenda) the signed-in member of staff may open, in the
	 * order asked, in one go: each shown citizen audited as a read of {@code what} with its basis of
	 * access. Citizens that would need a stated reason, or that do not exist for the caller, are left
	 * out (nothing of them is shown, so nothing is audited).
	 */
	List<CitizenFacts> openAll(Collection<CitizenId> ids, String what);

	/** The citizens the signed-in member of staff is primary contact for; each audited as a read of {@code what}. */
	List<CitizenFacts> caseload(String what);

	/** For a team leader: the citizens of their unit; each audited as a read of {@code what}. */
	List<CitizenFacts> unitCaseload(String what);

	/** Writes a note in the citizen's journal as the signed-in member of staff. */
	JournalNoteId writeJournal(CitizenId id, String text);

	/**
	 * Every citizen of the municipality, one at a time, without name or CPR number, for
	 * computations over the whole population. Not audited: the caller shows no personal data from
	 * it, only figures, or audits what it shows.
	 */
	void forEachHistory(int municipalityCode, Consumer<CitizenHistory> each);

	/**
	 * One citizen's history, without name or CPR number, for computations and for listeners that
	 * run without a signed-in member of staff (a deadline from the benefit periods, the unit of a
	 * new case). Not audited: the caller shows no personal data from it, or audits what it shows.
	 */
	Optional<CitizenHistory> history(CitizenId id);

	/** The citizen with the CPR number, for their own sign-in to self-service (Min side). */
	Optional<CitizenFacts> forSelfService(Cpr cpr);

	/** The citizen's own facts, for their self-service session only: never for a member of staff. */
	CitizenFacts ownFacts(CitizenId id);

}
