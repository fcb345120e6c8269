package dk.jobvej.rehab;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;

import org.jspecify.annotations.Nullable;

/**
 * Bulk import of rehabilitation and sickness-benefit data through PostgreSQL COPY (demo data,
 * migration from another case system). A batch is all or nothing, and a batch id imported before
 * is skipped, so an interrupted import can be run again. Imports bring in history: they publish
 * no events and write one audit entry per municipality.
 */
public interface RehabImport {

	/**
	 * Imports one batch in one transaction.
	 * @return the rows imported, 0 if the batch was imported before
	 */
	int importBatch(String batchId, Batch batch);

	/** Whether the municipality has any rehabilitation or sickness data. */
	boolean hasData(int municipalityCode);

	/** Everything of one batch; any list may be empty. */
	record Batch(List<Team> teams, List<Meeting> meetings, List<Case> cases, List<Course> courses,
			List<Effort> efforts, List<Sickness> sicknessCases, List<FreeMunicipality> settings) {

		public Batch {
			settings = List.copyOf(settings);
			teams = List.copyOf(teams);
			meetings = List.copyOf(meetings);
			cases = List.copyOf(cases);
			courses = List.copyOf(courses);
			efforts = List.copyOf(efforts);
			sicknessCases = List.copyOf(sicknessCases);
		}

		public int rows() {
			return teams.size() + teams.stream().mapToInt(t -> t.members().size()).sum() + meetings.size()
					+ cases.size() + cases.stream().mapToInt(c -> c.documents().size()).sum() + courses.size()
					+ efforts.size() + sicknessCases.size()
					+ sicknessCases.stream()
						.mapToInt(s -> s.conversations().size() + s.partialReturns().size() + s.stepUpPlan().size()
								+ s.extensions().size())
						.sum();
		}

	}

	/** A municipality's free-municipality period and unit costs; a municipality that has a setting keeps it. */
	record FreeMunicipality(int municipalityCode, LocalDate from, @Nullable LocalDate to, int meetingUnitCost,
			int certificateUnitCost) {
	}

	record Team(UUID id, int municipalityCode, String name, List<Member> members) {
	}

	record Member(TeamFunction function, String name) {
	}

	record Meeting(UUID id, int municipalityCode, UUID team, LocalDate heldOn, LocalTime startsAt, String location,
			int slotMinutes) {
	}

	/**
	 * A case with its documents and, as far as it got, its meeting (and place on the agenda), its
	 * exemption, recommendation and decision.
	 */
	record Case(RehabCaseId id, CitizenId citizen, int municipalityCode, UnitId unit, StaffId caseworker,
			RehabCaseType type, LocalDate arisenOn, List<Document> documents, @Nullable UUID meeting,
			int agendaPosition, @Nullable ExemptionReason exemption, @Nullable LocalDate exemptedOn,
			@Nullable RehabOutcome recommendation, @Nullable LocalDate recommendedOn,
			@Nullable RehabOutcome decision, @Nullable LocalDate decidedOn) {
	}

	record Document(DocumentKind kind, DocumentStatus status, @Nullable LocalDate on) {
	}

	record Course(UUID id, CitizenId citizen, int municipalityCode, UnitId unit, CourseType type, LocalDate startedOn,
			LocalDate grantedTo, @Nullable LocalDate endedOn) {
	}

	record Effort(CitizenId citizen, int municipalityCode, String offerType, LocalDate startedOn) {
	}

	record Sickness(SicknessCaseId id, CitizenId citizen, int municipalityCode, UnitId unit, StaffId caseworker,
			@Nullable VisitationCategory category, LocalDate firstAbsenceDay, boolean employed, @Nullable Company company, @Nullable Integer expectedWeeks,
			@Nullable LocalDate earlyFollowUpRequestedOn, List<Conversation> conversations,
			List<Hours> partialReturns, List<Hours> stepUpPlan, List<Extension> extensions,
			@Nullable LocalDate closedOn, @Nullable SicknessCloseReason closeReason) {
	}

	record Conversation(ConversationKind kind, LocalDate heldOn) {
	}

	record Hours(LocalDate from, int hoursPerWeek) {
	}

	record Extension(ExtensionGround ground, LocalDate decidedOn, LocalDate until) {
	}

}
