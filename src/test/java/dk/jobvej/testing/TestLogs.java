package dk.jobvej.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Where the tests' logs go: {@code target/test-logs}. The suite's own Jobvej logs to
 * {@code jobvej.log} there (Surefire sets {@code logging.file.name}); Jobvej processes that tests
 * start themselves write {@code <name>.log}. The scan for personal data reads them all.
 */
public final class TestLogs {

	private TestLogs() {
	}

	public static Path directory() {
		var directory = Path.of("target", "test-logs").toAbsolutePath();
		try {
			return Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The log file of that name, emptied if an earlier test run wrote it. */
	public static Path file(String name) {
		var file = directory().resolve(name + ".log");
		try {
			if (Files.exists(file) && Files.getLastModifiedTime(file).toInstant().isBefore(runStarted())) {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/** When this test run (its JVM) started. */
	public static Instant runStarted() {
		return Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
	}

}
