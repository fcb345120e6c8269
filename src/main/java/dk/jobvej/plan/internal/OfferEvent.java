package dk.jobvej.plan.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One thing that happened to an offer: referred, waiting, granted, refused, extended, ended,
 * cancelled; with who, when, the dates concerned and the reason given. Part of the {@link Offer};
 * entries are only appended.
 */
@Table(schema = "plan", name = "offer_event")
record OfferEvent(Kind kind, Instant at, String byActor, @Nullable LocalDate fromDate, @Nullable LocalDate toDate,
		@Nullable String reason, int municipalityCode) {

	enum Kind {

		WAITING, GRANTED, REFUSED, EXTENDED, ENDED, CANCELLED

	}

}
