package dk.jobvej.contact.internal;

import java.time.LocalDate;
import java.util.stream.Stream;

import dk.jobvej.contact.internal.CadenceBook.VariantChoice;
import dk.jobvej.contact.internal.DueStatus.State;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static dk.jobvej.citizen.BenefitType.A_DAGPENGE;
import static dk.jobvej.citizen.BenefitType.FOERTIDSPENSION;
import static dk.jobvej.citizen.BenefitType.KONTANTHJAELP;
import static dk.jobvej.citizen.BenefitType.SYGEDAGPENGE;
import static dk.jobvej.citizen.TargetGroup.LAB_6_1;
import static dk.jobvej.citizen.TargetGroup.LAB_6_11;
import static dk.jobvej.citizen.TargetGroup.LAB_6_2;
import static dk.jobvej.citizen.TargetGroup.LAB_6_3;
import static dk.jobvej.citizen.TargetGroup.LAB_6_6;
import static dk.jobvej.citizen.VisitationCategory.AKTIVITETSPARAT;
import static dk.jobvej.citizen.VisitationCategory.JOBPARAT;
import static dk.jobvej.contact.internal.Citizens.AALBORG;
import static dk.jobvej.contact.internal.Citizens.COPENHAGEN;
import static dk.jobvej.contact.internal.Citizens.on;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Due dates worked out by hand, against the seeded cadence rules: each case names the citizen, the
 * day, and the state, due date and rule a caseworker would arrive at with a calendar. Includes the
 * clock changes (a conversation counts on its Danish day), month and year ends, leap days and ISO
 * week 53.
 */
class DueDateTableTests {

	private static final int FREE_MUNICIPALITY = 999;

	private final DueDates dueDates = new DueDates(COPENHAGEN, 14);

	static Stream<Arguments> cases() {
		return Stream.of(
				worked("job-ready cash benefit: the first conversation within a week of the start (LAB § 31 stk. 5)",
						jobReady("2025-01-06"), "2025-01-08", State.DUE_SOON, "2025-01-13", "KH2-2020-A"),
				worked("Aalborg's own rule (seed 001) gives the first within a week too",
						jobReady("2025-01-06").in(AALBORG), "2025-01-08", State.DUE_SOON, "2025-01-13", "AAL-KH2-A"),
				worked("Aalborg: every 4 weeks in the first 6 months (seed 001)",
						jobReady("2025-01-06").in(AALBORG).held("2025-01-13T10:00"), "2025-01-20", State.ON_TRACK,
						"2025-02-10", "AAL-KH2-A"),
				worked("elsewhere: every 6 weeks keeps the legal 4 in 6 months",
						jobReady("2025-01-06").held("2025-01-13T10:00"), "2025-01-20", State.ON_TRACK, "2025-02-24",
						"KH2-2020-A"),
				worked("past 6 months the next window's 3 months count from the last conversation",
						jobReady("2025-01-06").held("2025-06-30T09:00"), "2025-07-15", State.ON_TRACK, "2025-09-30",
						"KH2-B"),
				worked("3 months from 30 November end on the last day of February",
						activityReady("2024-01-01").held("2025-11-30T11:00"), "2025-12-01", State.ON_TRACK,
						"2026-02-28", "KH3-B"),
				worked("... and on 29 February in a leap year; due today is not overdue",
						activityReady("2022-01-03").held("2023-11-30T11:00"), "2024-02-29", State.DUE_SOON,
						"2024-02-29", "KH3-B"),
				worked("the day after the due date it is overdue",
						activityReady("2022-01-03").held("2023-11-30T11:00"), "2024-03-01", State.OVERDUE,
						"2024-02-29", "KH3-B"),
				worked("spring clock change: 23:30 UTC on 29 March is 30 March in Denmark",
						activityReady("2024-01-01").heldAt("2025-03-29T23:30:00Z"), "2025-04-01", State.ON_TRACK,
						"2025-06-30", "KH3-B"),
				worked("spring clock change: 00:30 UTC on 30 March (01:30 CET, before the change)",
						activityReady("2024-01-01").heldAt("2025-03-30T00:30:00Z"), "2025-04-01", State.ON_TRACK,
						"2025-06-30", "KH3-B"),
				worked("weekly contact (JobFirst): Monday 00:30 CEST after the spring change is ISO week 14",
						activityReady("2024-01-01").programme("JOBFIRST", "2025-01-01").heldAt("2025-03-30T22:30:00Z"),
						"2025-04-01", State.DUE_SOON, "2025-04-13", "JOBFIRST"),
				worked("weekly contact: Monday 00:30 CET after the autumn change is ISO week 44",
						activityReady("2024-01-01").programme("JOBFIRST", "2025-01-01").heldAt("2025-10-26T23:30:00Z"),
						"2025-10-28", State.DUE_SOON, "2025-11-09", "JOBFIRST"),
				worked("weekly contact in ISO week 53 of 2026 (Thursday 31 December): due by Sunday of 2027-W01",
						activityReady("2024-01-01").programme("JOBFIRST", "2025-01-01").held("2026-12-31T10:00"),
						"2027-01-02", State.DUE_SOON, "2027-01-10", "JOBFIRST"),
				worked("weekly contact on Sunday of 2026-W52: due by the end of week 53, 3 January 2027",
						activityReady("2024-01-01").programme("JOBFIRST", "2025-01-01").held("2026-12-27T10:00"),
						"2026-12-29", State.DUE_SOON, "2027-01-03", "JOBFIRST"),
				worked("weekly contact: Monday of 2020-W53 (28 December 2020) is due again by 10 January 2021",
						activityReady("2020-01-06").programme("JOBFIRST", "2020-01-06").held("2020-12-28T09:00"),
						"2021-01-04", State.DUE_SOON, "2021-01-10", "JOBFIRST"),
				worked("weekly contact missed in weeks 52 and 53: overdue since Sunday 27 December 2026",
						activityReady("2024-01-01").programme("JOBFIRST", "2025-01-01").held("2026-12-20T10:00"),
						"2027-01-04", State.OVERDUE, "2026-12-27", "JOBFIRST"),
				worked("year end: a course begun in 2023 keeps the 2020 rules (by its first day) into 2024",
						insured("2023-11-06").held("2023-12-18T13:00"), "2024-01-02", State.DUE_SOON, "2024-01-15",
						"DP-2020-A"),
				worked("from 2024 the a-kasse has the first 13 weeks; the jobcenter's first is due in week 14",
						insured("2024-01-08"), "2024-02-01", State.AKASSE, "2024-04-15", "DP-2024-B"),
				worked("dimittend (seed 003): the jobcenter from week 14, first conversation due at once",
						insured("2024-03-04").programme("DIMITTEND", "2024-03-04"), "2024-06-10", State.DUE_SOON,
						"2024-06-10", "DIM-2024-B"),
				worked("dimittend: every 4 weeks until week 52",
						insured("2024-03-04").programme("DIMITTEND", "2024-03-04").held("2024-12-09T10:00"),
						"2024-12-10", State.ON_TRACK, "2025-01-06", "DIM-2024-B"),
				worked("not a dimittend: after week 26 every 3 months",
						insured("2024-03-04").held("2024-12-09T10:00"), "2024-12-10", State.ON_TRACK, "2025-03-09",
						"DP-2024-C"),
				worked("from 1 July 2026 the 75 % rule (lov 1750/2025) governs dagpenge",
						insured("2026-07-06"), "2026-10-12", State.DUE_SOON, "2026-10-12", "DP-2026-B"),
				worked("sickness benefit: the first follow-up by the end of week 8 (SDL § 13 b)",
						on(SYGEDAGPENGE, "2025-01-06").group(LAB_6_6), "2025-02-03", State.ON_TRACK, "2025-03-02",
						"SDP-A"),
				worked("an absence moves the due date to the day after it; today the citizen is exempt",
						activityReady("2025-01-06").held("2025-02-03T10:00").absent("SYGDOM", "2025-03-10", "2025-03-31"),
						"2025-03-12", State.EXEMPT, "2025-04-01", "KH3-A"),
				worked("free-municipality variant (seed 002): the agreed conversation is the due date",
						activityReady("2021-01-04").in(FREE_MUNICIPALITY).held("2021-03-01T10:00").booked("2021-06-15T10:00"),
						"2021-05-03", State.ON_TRACK, "2021-06-15", "FRI-3"),
				worked("free-municipality variant: nothing agreed, at most 6 months",
						activityReady("2021-01-04").in(FREE_MUNICIPALITY).held("2021-03-01T10:00"), "2021-05-03",
						State.ON_TRACK, "2021-09-01", "FRI-3"),
				worked("free-municipality variant ended with 2022: the standard rules again",
						activityReady("2023-01-02").in(FREE_MUNICIPALITY), "2023-01-05", State.DUE_SOON, "2023-01-09",
						"KH3-A"),
				worked("a change of benefit starts a new course; the old benefit's conversation does not count",
						new Citizens.Builder().benefit(A_DAGPENGE, "2023-01-02", "2024-03-31")
							.benefit(KONTANTHJAELP, "2024-04-01", null)
							.category(JOBPARAT, "2024-04-02")
							.group(LAB_6_2)
							.held("2024-03-25T10:00"),
						"2024-04-03", State.DUE_SOON, "2024-04-08", "KH2-2020-A"),
				worked("periods of the same benefit that touch make one course",
						new Citizens.Builder().benefit(KONTANTHJAELP, "2024-01-01", "2024-06-30")
							.benefit(KONTANTHJAELP, "2024-07-01", null)
							.category(AKTIVITETSPARAT, "2024-01-05")
							.group(LAB_6_3),
						"2024-07-03", State.OVERDUE, "2024-01-08", "KH3-A"),
				worked("førtidspension has no contact course", on(FOERTIDSPENSION, "2020-05-01").group(LAB_6_11),
						"2025-01-01", State.NO_RULE, null, null),
				worked("no benefit today, no contact course",
						new Citizens.Builder().benefit(KONTANTHJAELP, "2021-01-01", "2021-12-31").group(LAB_6_2),
						"2022-03-01", State.NO_BENEFIT, null, null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void theDueDateIsTheOneWorkedOutByHand(Case worked) {
		var status = dueDates.status(worked.citizen().history(), worked.citizen().facts(),
				SeededCadence.book(new VariantChoice(FREE_MUNICIPALITY, LAB_6_3, LocalDate.of(2020, 1, 1), null)),
				LocalDate.parse(worked.today()));

		assertThat(status.state()).as("state").isEqualTo(worked.state());
		assertThat(status.due()).as("due").isEqualTo(worked.due() == null ? null : LocalDate.parse(worked.due()));
		assertThat(status.rule() == null ? null : status.rule().code()).as("rule").isEqualTo(worked.rule());
	}

	private static Arguments worked(String name, Citizens.Builder citizen, String today, State state, String due,
			String rule) {
		return Arguments.of(Named.of(name, new Case(citizen, today, state, due, rule)));
	}

	private static Citizens.Builder jobReady(String from) {
		return on(KONTANTHJAELP, from).category(JOBPARAT, from).group(LAB_6_2);
	}

	private static Citizens.Builder activityReady(String from) {
		return on(KONTANTHJAELP, from).category(AKTIVITETSPARAT, from).group(LAB_6_3);
	}

	private static Citizens.Builder insured(String from) {
		return on(A_DAGPENGE, from).group(LAB_6_1);
	}

	record Case(Citizens.Builder citizen, String today, State state, String due, String rule) {
	}

}
