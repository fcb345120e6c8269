package dk.jobvej.employer.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.jobvej.employer.CompanySize;
import dk.jobvej.employer.PlacementType;
import dk.jobvej.employer.VacancyFacts;
import dk.jobvej.employer.VisitOutcome;
import dk.jobvej.employer.VisitPurpose;
import dk.jobvej.occupation.OccupationCode;

import org.jspecify.annotations.Nullable;

/** What the employer pages and API show. */
public final class Views {

	private Views() {
	}

	/** A company in a list. */
	public record CompanySummary(UUID id, String cvr, String name, String city, @Nullable String consultantName,
			int openVacancies) {
	}

	/** A company with everything on its page. */
	public record CompanyView(UUID id, String cvr, String name, String branch, CompanySize size, String street,
			String postcode, String city, @Nullable UUID consultant, @Nullable String consultantName,
			List<WorkplaceView> workplaces, List<ContactView> contacts, List<VisitView> visits,
			List<VacancyFacts> vacancies, List<PlacementSummary> placements, int version) {
	}

	public record WorkplaceView(String pNumber, String name, String street, String postcode, String city) {
	}

	public record ContactView(String name, String title, String email, String phone) {
	}

	public record VisitView(UUID id, LocalDate visitedOn, String consultantName, VisitPurpose purpose,
			VisitOutcome outcome, String note) {
	}

	/** A placement without the citizen's name: listing it reads no citizen data. */
	public record PlacementSummary(UUID id, UUID company, String companyName, PlacementType type, LocalDate from,
			@Nullable LocalDate plannedTo, @Nullable LocalDate endedOn, int hoursPerWeek) {
	}

	/** A placement with the citizen, opened through need-to-know (audited). */
	public record PlacementView(UUID id, UUID citizen, String citizenName, String maskedCpr, UUID company,
			String companyName, String cvr, PlacementType type, LocalDate from, @Nullable LocalDate plannedTo,
			@Nullable LocalDate endedOn, @Nullable String endReason, int hoursPerWeek, List<FollowUpView> followUps) {
	}

	public record FollowUpView(int position, LocalDate dueOn, @Nullable LocalDate doneOn, @Nullable String outcome,
			@Nullable String note) {
	}

	/** A follow-up task due, without the citizen's name. */
	public record DueFollowUp(UUID placement, int position, LocalDate dueOn, String companyName, PlacementType type,
			LocalDate placementFrom) {
	}

	/** A vacancy with its occupation title and the tasks carved from it. */
	public record VacancyView(VacancyFacts vacancy, String occupationTitle, List<VacancyFacts> tasks) {

		public OccupationCode occupation() {
			return vacancy.occupation();
		}

	}

	/** One target of the employment plan against what was reached. */
	public record TargetLine(String measure, int targetYear, int amount, String per, String source, int actual,
			double perMonthActual, int months, boolean reached) {
	}

}
