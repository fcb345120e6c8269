package dk.jobvej.smalljobs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.identity.UnitId;

import org.jspecify.annotations.Nullable;

/**
 * Loads a bureau's history without a signed-in user, for demo data and test fixtures: the bureau, its
 * result rules, confirmed tasks and citizens' courses (referral, preparation, small job with weekly hours,
 * end). Publishes no events and writes no audit entries: nobody reads personal data here.
 */
public interface SmallJobsImport {

	/** The bureau with the slug, registered with its hourly rate from {@code rateFrom} if missing. */
	UUID bureau(Bureau bureau);

	/** A rule of payment by results: kind MATCH, MENTOR_WEEK, CLARIFICATION, RETAINED or DIRECT_HIRE. */
	void resultRule(UUID bureau, String kind, LocalDate validFrom, BigDecimal amount, @Nullable Integer afterWeeks,
			boolean resultsBased);

	/** A confirmed task of a company. */
	UUID task(UUID bureau, Task task);

	/** A citizen's course through the bureau; returns the referral. */
	UUID course(UUID bureau, Course course);

	/** How many citizens have been referred to the bureau. */
	int courses(UUID bureau);

	/** A bureau to load. */
	record Bureau(String name, String slug, String cvr, UnitId unit, String street, String postcode, String city,
			String bankAccount, BigDecimal hourlyRate, LocalDate rateFrom, int municipalityCode) {
	}

	/** A confirmed task; {@code ean} for a public employer. */
	record Task(String companyName, String cvr, @Nullable String ean, String contactName, String contactEmail,
			String contactPhone, String title, String description, String street, String postcode, String city,
			LocalDate startsOn, int hoursPerWeek, String agreement) {
	}

	/** A referral with, when it came that far, a preparation and a small job. */
	record Course(CitizenId citizen, String citizenName, String referredBy, LocalDate referredOn,
			@Nullable LocalDate maturingFrom, @Nullable LocalDate maturingTo, @Nullable Job job,
			@Nullable LocalDate returnedOn, int municipalityCode) {
	}

	/**
	 * A small job with the hours of each week (by the week's Monday).
	 *
	 * @param endReason DIRECT_HIRE, COMPLETED or STOPPED when it ended
	 */
	record Job(UUID task, String mentor, int hoursPerWeek, LocalDate startedOn, @Nullable LocalDate endedOn,
			@Nullable String endReason, Map<LocalDate, BigDecimal> weeklyHours) {
	}

}
