package dk.jobvej.network.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Bolden gribes altid": an opening not taken within the set days passes to the next partner, round the relay. */
class RelayTests {

	private final UUID ucn = UUID.randomUUID();

	private final UUID aau = UUID.randomUUID();

	private final UUID akasse = UUID.randomUUID();

	private final UUID jobcenter = UUID.randomUUID();

	private final List<UUID> order = List.of(ucn, aau, akasse, jobcenter);

	private final Instant offered = Instant.parse("2026-03-02T08:00:00Z");

	@Test
	void thePartnerOfferedHoldsItUntilTheDaysAreUp() {
		var holder = Relay.holder(order, aau, offered, 5, offered.plus(Duration.ofDays(5)).minusSeconds(1));

		assertThat(holder.partner()).isEqualTo(aau);
		assertThat(holder.since()).isEqualTo(offered);
		assertThat(holder.until()).isEqualTo(offered.plus(Duration.ofDays(5)));
		assertThat(holder.passes()).isZero();
	}

	@Test
	void thenItPassesToTheNextAndAfterTheLastToTheFirst() {
		assertThat(Relay.holder(order, aau, offered, 5, offered.plus(Duration.ofDays(5))).partner()).isEqualTo(akasse);
		assertThat(Relay.holder(order, aau, offered, 5, offered.plus(Duration.ofDays(10))).partner())
			.isEqualTo(jobcenter);
		var round = Relay.holder(order, aau, offered, 5, offered.plus(Duration.ofDays(16)));
		assertThat(round.partner()).isEqualTo(ucn);
		assertThat(round.passes()).isEqualTo(3);
		assertThat(round.since()).isEqualTo(offered.plus(Duration.ofDays(15)));
	}

	@Test
	void aClockBeforeTheOfferLeavesItWithThePartnerOffered() {
		assertThat(Relay.holder(order, jobcenter, offered, 3, offered.minusSeconds(60)).partner()).isEqualTo(jobcenter);
	}

	@Test
	void aPartnerOutsideTheRelayCannotHoldIt() {
		assertThatThrownBy(() -> Relay.holder(order, UUID.randomUUID(), offered, 5, offered))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
