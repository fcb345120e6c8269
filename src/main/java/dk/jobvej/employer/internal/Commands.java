package dk.jobvej.employer.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.employer.CompanySize;
import dk.jobvej.employer.PlacementEnded.EndReason;
import dk.jobvej.employer.PlacementType;
import dk.jobvej.employer.VacancyKind;
import dk.jobvej.employer.VisitOutcome;
import dk.jobvej.employer.VisitPurpose;

import org.jspecify.annotations.Nullable;

/** What the employer module is asked to do, as the web layer passes it on. */
public final class Commands {

	private Commands() {
	}

	public record NewCompany(String cvr, String name, String branch, CompanySize size, String street, String postcode,
			String city, @Nullable UUID consultant) {
	}

	public record NewWorkplace(String pNumber, String name, String street, String postcode, String city) {
	}

	public record NewContact(String name, String title, String email, String phone) {
	}

	public record NewVisit(LocalDate visitedOn, VisitPurpose purpose, VisitOutcome outcome, String note) {
	}

	public record NewVacancy(String occupation, String title, String description, int hoursPerWeek, String postcode,
			String city, @Nullable LocalDate startsOn, @Nullable LocalDate deadline, VacancyKind kind) {
	}

	public record NewTask(String occupation, String title, String description, int hoursPerWeek) {
	}

	public record NewPlacement(CitizenId citizen, UUID company, @Nullable UUID vacancy, PlacementType type,
			LocalDate from, @Nullable LocalDate plannedTo, int hoursPerWeek) {
	}

	public record EndPlacement(LocalDate to, EndReason reason) {
	}

	public record FollowUpResult(int position, dk.jobvej.employer.FollowUpOutcome outcome, String note) {
	}

	public record AgreeFollowUp(List<Integer> weeks) {
	}

}
