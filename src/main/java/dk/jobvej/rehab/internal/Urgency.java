package dk.jobvej.rehab.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** How pressing a deadline is on a day: overdue, due (within the module's due-soon days), later, or none. */
public enum Urgency {

	OVERSKREDET, FORFALDER, SENERE, INGEN_FRIST;

	static Urgency of(@Nullable LocalDate deadline, LocalDate today, int dueSoonDays) {
		if (deadline == null) {
			return INGEN_FRIST;
		}
		if (deadline.isBefore(today)) {
			return OVERSKREDET;
		}
		return deadline.isAfter(today.plusDays(dueSoonDays)) ? SENERE : FORFALDER;
	}

}
