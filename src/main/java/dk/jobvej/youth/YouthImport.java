package dk.jobvej.youth;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;

import org.jspecify.annotations.Nullable;

/**
 * Bulk import of the youth module's data through PostgreSQL COPY (demo data, migration from
 * another case system). A batch is all or nothing; a batch id imported before is skipped.
 * Imports publish no events and write one audit entry per municipality.
 */
public interface YouthImport {

	/** @return the rows imported, 0 if the batch was imported before */
	int importBatch(String batchId, Batch batch);

	/** Whether the municipality has any education orders or leisure jobs. */
	boolean hasData(int municipalityCode);

	record Batch(List<Order> orders, List<Intake> intakes, List<Club> clubs, List<YoungPerson> youngPeople,
			List<LeisureJob> jobs, List<PopulationFigure> figures) {

		public Batch {
			orders = List.copyOf(orders);
			intakes = List.copyOf(intakes);
			clubs = List.copyOf(clubs);
			youngPeople = List.copyOf(youngPeople);
			jobs = List.copyOf(jobs);
			figures = List.copyOf(figures);
		}

		public int rows() {
			return orders.size() + orders.stream().mapToInt(o -> o.steps().size()).sum() + intakes.size()
					+ clubs.size()
					+ clubs.stream()
						.mapToInt(c -> c.members().size() + c.sessions().size()
								+ c.sessions().stream().mapToInt(s -> s.present().size()).sum())
						.sum()
					+ youngPeople.size() + jobs.size() + jobs.stream().mapToInt(j -> j.placements().size()).sum()
					+ figures.size();
		}

	}

	record Order(EducationOrderId id, CitizenId citizen, int municipalityCode, UnitId unit, StaffId caseworker,
			LocalDate issuedOn, List<Step> steps, @Nullable LocalDate endedOn, @Nullable OrderEndReason endReason) {
	}

	record Step(OrderStep step, LocalDate startedOn, LocalDate deadline, @Nullable LocalDate completedOn,
			@Nullable String education) {
	}

	record Intake(UUID id, CitizenId citizen, int municipalityCode, UnitId unit, StaffId metBy, LocalDate metOn,
			@Nullable LocalDate fvuReferredOn, @Nullable LocalDate fvuTestedOn, @Nullable FvuResult fvuResult) {
	}

	record Club(UUID id, int municipalityCode, UnitId unit, String name, ClubKind kind, List<CitizenId> members,
			List<Session> sessions) {
	}

	record Session(UUID id, LocalDate heldOn, List<CitizenId> present) {
	}

	record YoungPerson(UUID id, int municipalityCode, UnitId unit, String givenName, String familyName,
			LocalDate birthDate) {
	}

	record LeisureJob(UUID id, int municipalityCode, String cvr, String companyName, String title, int hoursPerWeek,
			List<Placement> placements) {
	}

	/** 13–17-year-olds of a municipality (0: the whole country) in a year, and those with a leisure job. */
	record PopulationFigure(int municipalityCode, int year, int population, @Nullable Integer withLeisureJob) {
	}

	record Placement(UUID id, UUID youngPerson, SupporterKind supporterKind, StaffId supporter, LocalDate startedOn,
			@Nullable LocalDate endedOn) {
	}

}
