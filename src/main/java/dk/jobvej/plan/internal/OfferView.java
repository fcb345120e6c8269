package dk.jobvej.plan.internal;

import java.time.ZonedDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.jobvej.plan.OfferCategory;
import dk.jobvej.plan.OfferResult;
import dk.jobvej.plan.OfferStatus;
import dk.jobvej.plan.OfferType;
import dk.jobvej.plan.ProviderKind;

import org.jspecify.annotations.Nullable;

/**
 * An offer as pages and the API show it.
 *
 * @param waitingPosition the place on the project's waiting list (1 is next); null unless waiting
 * @param rules the names of the duration rules that govern it, in the reader's language
 * @param history what happened to it, oldest first
 */
public record OfferView(UUID id, UUID citizen, OfferType type, OfferCategory category, OfferStatus status,
		ProviderKind providerKind, String providerName, @Nullable String providerCvr, @Nullable UUID project,
		LocalDate startDate, @Nullable LocalDate plannedEnd, @Nullable LocalDate endedOn, @Nullable OfferResult result,
		@Nullable Integer hoursPerWeek, @Nullable String purpose, @Nullable Integer waitingPosition, List<String> rules,
		List<Event> history, @Nullable Integer version) {

	/** Whether the offer runs on the day. */
	public boolean runsOn(LocalDate day) {
		var last = endedOn != null ? endedOn : plannedEnd;
		return (status == OfferStatus.GRANTED || status == OfferStatus.ENDED) && !day.isBefore(startDate)
				&& (last == null || !day.isAfter(last));
	}

	/** One entry of the offer's history. */
	public record Event(String kind, ZonedDateTime at, String by, @Nullable LocalDate fromDate, @Nullable LocalDate toDate,
			@Nullable String reason) {

		/** The message key of the kind of event. */
		public String kindKey() {
			return "plan.event." + kind;
		}

	}

}
