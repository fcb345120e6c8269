package dk.jobvej.rehab.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the rehabilitation module ({@code jobvej.rehab.*}). The legal rules are rows of
 * {@code rehab.rule}; these are local working choices.
 *
 * @param meetingUnitCost what one case at a team meeting costs, in kroner, for the free-municipality
 * report when a municipality has set none (seed 002 gives only the total saving of about 2.5 million
 * kroner; 5,000 kroner a case is an assumption)
 * @param certificateUnitCost what one GP certificate LÆ 265 costs, in kroner, when a municipality has
 * set none (seed 002: about 720,000 kroner saved; 2,000 kroner a certificate is an assumption)
 * @param dueSoonDays a deadline within this many days counts as due
 * @param renewalNoticeWeeks a job-clarification course's grant ending within this many weeks is due for assessment
 * @param worklistLimit the most rows a worklist shows (the rest are counted)
 */
@ConfigurationProperties("jobvej.rehab")
record RehabProperties(@DefaultValue("5000") int meetingUnitCost, @DefaultValue("2000") int certificateUnitCost,
		@DefaultValue("14") int dueSoonDays, @DefaultValue("8") int renewalNoticeWeeks,
		@DefaultValue("50") int worklistLimit) {
}
