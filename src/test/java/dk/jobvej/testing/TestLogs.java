package dk.jobvej.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

	/** The log file of that name. */
	public static Path file(String name) {
		return directory().resolve(name + ".log");
	}

}
