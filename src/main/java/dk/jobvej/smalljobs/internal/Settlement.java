package dk.jobvej.smalljobs.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The month's payment from the municipality to the bureau, computed from the result rules (data) and what
 * happened: each event of the month gets the amount of its kind's rule in force on its day; an event whose
 * kind has no rule in force is not paid. Events: a small job started (MATCH, on its first day); a week of
 * a small job with hours (MENTOR_WEEK, dated the week's Thursday, so a week belongs to one month); a
 * preparation ended (CLARIFICATION, on its last day); a citizen still in the small job the rule's weeks
 * after the start (RETAINED, on that day, by the RETAINED rule in force on the first day); a direct hire
 * (DIRECT_HIRE, on the last day of the small job). Nothing later than {@code today} is paid.
 */
public record Settlement(YearMonth month, List<Line> lines) {

	public Settlement {
		lines = List.copyOf(lines);
	}

	public BigDecimal total() {
		return sum(lines);
	}

	/** The part that depends on results. */
	public BigDecimal resultsBased() {
		return sum(lines.stream().filter(Line::resultsBased).toList());
	}

	public BigDecimal fixed() {
		return total().subtract(resultsBased());
	}

	private static BigDecimal sum(List<Line> lines) {
		return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	/** Computes the month's settlement. */
	public static Settlement of(YearMonth month, LocalDate today, List<ResultRule> rules, List<Course> courses) {
		var lines = new ArrayList<Line>();
		for (var course : courses) {
			if (course.maturingTo() != null) {
				pay(lines, month, today, rules, ResultKind.CLARIFICATION, course.maturingTo(), course.referral());
			}
			for (var job : course.jobs()) {
				pay(lines, month, today, rules, ResultKind.MATCH, job.startedOn(), job.employment());
				for (var week : job.weeksWithHours()) {
					pay(lines, month, today, rules, ResultKind.MENTOR_WEEK, week.with(DayOfWeek.THURSDAY), job.employment());
				}
				rule(rules, ResultKind.RETAINED, job.startedOn()).map(ResultRule::afterWeeks).ifPresent(weeks -> {
					var day = job.startedOn().plusWeeks(weeks);
					if (job.endedOn() == null || !job.endedOn().isBefore(day)) {
						pay(lines, month, today, rules, ResultKind.RETAINED, day, job.employment());
					}
				});
				if (job.endReason() == EndReason.DIRECT_HIRE && job.endedOn() != null) {
					pay(lines, month, today, rules, ResultKind.DIRECT_HIRE, job.endedOn(), job.employment());
				}
			}
		}
		lines.sort(Comparator.comparing(Line::on).thenComparing(Line::kind).thenComparing(Line::reference));
		return new Settlement(month, lines);
	}

	private static void pay(List<Line> lines, YearMonth month, LocalDate today, List<ResultRule> rules,
			ResultKind kind, LocalDate on, UUID reference) {
		if (!YearMonth.from(on).equals(month) || on.isAfter(today)) {
			return;
		}
		rule(rules, kind, on).ifPresent(
				rule -> lines.add(new Line(kind, on, reference, rule.amount().setScale(2), rule.resultsBased())));
	}

	/** The rule of the kind in force on the day: the latest from that day or before. */
	static Optional<ResultRule> rule(List<ResultRule> rules, ResultKind kind, LocalDate day) {
		return rules.stream()
			.filter(rule -> rule.kind() == kind && !rule.validFrom().isAfter(day))
			.max(Comparator.comparing(ResultRule::validFrom));
	}

	/** One paid event: its kind, day, the referral or small job it is about, and the amount. */
	public record Line(ResultKind kind, LocalDate on, UUID reference, BigDecimal amount, boolean resultsBased) {
	}

	/** A referred citizen's course: the preparation's last day, if there was one, and the small jobs. */
	public record Course(UUID referral, @Nullable LocalDate maturingTo, List<Job> jobs) {

		public Course {
			jobs = List.copyOf(jobs);
		}

	}

	/** A small job with the Mondays of its weeks with hours. */
	public record Job(UUID employment, LocalDate startedOn, @Nullable LocalDate endedOn, @Nullable EndReason endReason,
			List<LocalDate> weeksWithHours) {

		public Job {
			weeksWithHours = List.copyOf(weeksWithHours);
		}

	}

}
