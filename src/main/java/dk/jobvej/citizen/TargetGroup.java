package dk.jobvej.citizen;

/**
 * Target groups (målgrupper) of the Active Employment Act (LAB § 6, in force from 1 January
 * 2020), plus people followed under the Integration Act, who are outside LAB § 6 nr. 2–5. A
 * citizen's target group is derived from their current benefit by effective-dated rules.
 */
public enum TargetGroup {

	/** Nr. 1: unemployment insurance benefit (dagpenge). */
	LAB_6_1,

	/** Nr. 2: job-ready cash-benefit recipients (jobparate kontanthjælpsmodtagere). */
	LAB_6_2,

	/** Nr. 3: activity-ready cash-benefit recipients (aktivitetsparate). */
	LAB_6_3,

	/** Nr. 4: education-ready, including obviously education-ready, under 30 without a qualification. */
	LAB_6_4,

	/** Nr. 5: activity-ready under 30 without a vocational qualification. */
	LAB_6_5,

	/** Nr. 6: sickness benefit (sygedagpenge). */
	LAB_6_6,

	/** Nr. 7: job-clarification course (jobafklaringsforløb). */
	LAB_6_7,

	/** Nr. 8: resource course (ressourceforløb). */
	LAB_6_8,

	/** Nr. 9: approved for a flexjob (fleksjob, ledighedsydelse). */
	LAB_6_9,

	/** Nr. 10: rehabilitation (revalidering, forrevalidering). */
	LAB_6_10,

	/** Nr. 11: disability pension (førtidspension). */
	LAB_6_11,

	/** Nr. 12: self-supporting unemployed people. */
	LAB_6_12,

	/** Nr. 13: young people under 18. */
	LAB_6_13,

	/** Followed under the Integration Act (integrationsydelse), not a LAB § 6 group. */
	INTEGRATION_ACT

}
