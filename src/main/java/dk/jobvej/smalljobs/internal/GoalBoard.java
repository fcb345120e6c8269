package dk.jobvej.smalljobs.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import dk.jobvej.identity.Organisation;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Progress against the goal of small jobs a year (seed 000: "Indtil videre har 45 borgere været igennem
 * forløbet, og der er skabt 25 småjob. Det er langt fra målet, som er 365 småjob i løbet af et år"): for the
 * caller's municipality and a year, the citizens referred, the small jobs started, the direct hires, the goal
 * in force (data, {@code smalljobs.goal}) and where the goal says the count should be by today.
 */
@Service
public class GoalBoard {

	private final JdbcClient jdbc;

	private final Organisation organisation;

	private final Clock clock;

	GoalBoard(JdbcClient jdbc, Organisation organisation, Clock clock) {
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.clock = clock;
	}

	public Progress year(int year) {
		var municipality = organisation.signedIn().municipalityCode();
		var from = LocalDate.of(year, 1, 1);
		var to = LocalDate.of(year, 12, 31);
		var citizens = jdbc.sql("""
				select count(distinct citizen) from smalljobs.referral
				where municipality_code = ? and referred_on between ? and ?""")
			.params(municipality, from, to).query(Integer.class).single();
		var jobs = jdbc.sql("""
				select count(*) from smalljobs.employment where municipality_code = ? and started_on between ? and ?""")
			.params(municipality, from, to).query(Integer.class).single();
		var hires = jdbc.sql("""
				select count(*) from smalljobs.employment where municipality_code = ? and end_reason = 'DIRECT_HIRE'
				and ended_on between ? and ?""")
			.params(municipality, from, to).query(Integer.class).single();
		var perMonth = jdbc.sql("""
				select m, (select count(*) from smalljobs.employment where municipality_code = ?
				           and started_on >= make_date(?, m, 1) and started_on < make_date(?, m, 1) + interval '1 month')
				from generate_series(1, 12) m order by m""")
			.params(municipality, year, year).query((rs, n) -> rs.getInt(2)).list();
		var goal = jdbc.sql("""
				select small_jobs, source from smalljobs.goal where municipality_code = ? and from_year <= ?
				order by from_year desc limit 1""")
			.params(municipality, year)
			.query((rs, n) -> new Goal(rs.getInt(1), rs.getString(2)))
			.optional()
			.orElse(null);
		var today = LocalDate.now(clock);
		var elapsed = today.getYear() > year ? 1.0 : today.getYear() < year ? 0.0
				: (double) today.getDayOfYear() / Year.of(year).length();
		return new Progress(year, citizens, jobs, hires, goal, perMonth, elapsed);
	}

	/** The small jobs started in a month. */
	public record MonthCount(java.time.YearMonth month, int smallJobs) {
	}

	/** The goal in force and where it comes from. */
	public record Goal(int smallJobs, String source) {
	}

	/**
	 * A year's progress.
	 *
	 * @param elapsed the share of the year gone by today (1 for a past year)
	 */
	public record Progress(int year, int citizens, int smallJobs, int directHires, @Nullable Goal goal,
			List<Integer> smallJobsPerMonth, double elapsed) {

		/** Per cent of the goal reached. */
		@com.fasterxml.jackson.annotation.JsonProperty
		public int percentOfGoal() {
			return goal == null ? 0 : (int) Math.round(100.0 * smallJobs / goal.smallJobs());
		}

		/** Where the count should be by today if the goal were reached evenly over the year. */
		@com.fasterxml.jackson.annotation.JsonProperty
		public int expectedByNow() {
			return goal == null ? 0 : (int) Math.round(goal.smallJobs() * elapsed);
		}

		/** The small jobs started in each month of the year. */
		public List<MonthCount> months() {
			return java.util.stream.IntStream.range(0, smallJobsPerMonth.size())
				.mapToObj(index -> new MonthCount(java.time.YearMonth.of(year, index + 1), smallJobsPerMonth.get(index)))
				.toList();
		}

		/** Small jobs per citizen referred, per cent. */
		@com.fasterxml.jackson.annotation.JsonProperty
		public int jobsPerCitizenPercent() {
			return citizens == 0 ? 0 : (int) Math.round(100.0 * smallJobs / citizens);
		}

	}

}
