package dk.jobvej.smalljobs.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Limits how many tasks one client address may report to one bureau on the public form: at most
 * {@code reportsPerHour} in any hour. Kept in memory (one instance); at most 10,000 addresses are
 * remembered, the least recently seen forgotten first.
 */
@Component
public class ReportLimiter {

	private static final int ADDRESSES = 10_000;

	private final Clock clock;

	private final SmallJobsProperties properties;

	private final Map<String, Deque<Instant>> seen = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
			return size() > ADDRESSES;
		}

	};

	ReportLimiter(Clock clock, SmallJobsProperties properties) {
		this.clock = clock;
		this.properties = properties;
	}

	/** Whether the address may report one more task to the bureau now; if so, the report is counted. */
	public synchronized boolean tryReport(String address, java.util.UUID bureau) {
		var now = clock.instant();
		var times = seen.computeIfAbsent(address + " " + bureau, key -> new ArrayDeque<>());
		while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(Duration.ofHours(1)))) {
			times.pollFirst();
		}
		if (times.size() >= properties.reportsPerHour()) {
			return false;
		}
		times.addLast(now);
		return true;
	}

}
