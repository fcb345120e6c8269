package dk.jobvej.network.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * "Bolden gribes altid" (seed 002): an open opening is offered to one partner at a time; a partner that has
 * not taken it within the network's days passes it, without anyone doing anything, to the next partner in
 * the relay order (after the last comes the first again). Computed from the partner it was offered to and
 * when, so no scheduled job can fall behind.
 */
final class Relay {

	private Relay() {
	}

	/**
	 * Who holds the ball now and since when.
	 *
	 * @param order the partners in relay order
	 */
	static Holder holder(List<UUID> order, UUID offeredTo, Instant offeredAt, int takeWithinDays, Instant now) {
		var start = order.indexOf(offeredTo);
		if (start < 0) {
			throw new IllegalArgumentException("The partner is not in the relay");
		}
		var period = Duration.ofDays(takeWithinDays);
		var elapsed = now.isBefore(offeredAt) ? Duration.ZERO : Duration.between(offeredAt, now);
		var passes = elapsed.dividedBy(period);
		var index = (int) ((start + passes) % order.size());
		var since = offeredAt.plus(period.multipliedBy(passes));
		return new Holder(order.get(index), since, since.plus(period), passes);
	}

	/**
	 * The partner holding an opening.
	 *
	 * @param until when it passes on if not taken
	 * @param passes how many times it has passed on by itself
	 */
	record Holder(UUID partner, Instant since, Instant until, long passes) {
	}

}
