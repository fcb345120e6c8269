package dk.jobvej.demo;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts what was written and logs it with the rate so far. */
final class Progress {

	private static final Logger log = LoggerFactory.getLogger(Progress.class);

	private final String what;

	private final long started = System.nanoTime();

	private long citizens;

	private long rows;

	Progress(String what) {
		this.what = what;
	}

	void add(long moreCitizens, long moreRows) {
		citizens += moreCitizens;
		rows += moreRows;
	}

	void log(String step) {
		var seconds = Math.max(Duration.ofNanos(System.nanoTime() - started).toMillis(), 1) / 1000.0;
		log.info("Demo data {}: {} – {} citizens, {} rows in {} s ({} rows/s)", what, step, citizens, rows,
				"%.1f".formatted(seconds), Math.round(rows / seconds));
	}

	long citizens() {
		return citizens;
	}

	long rows() {
		return rows;
	}

	Duration elapsed() {
		return Duration.ofNanos(System.nanoTime() - started);
	}

}
