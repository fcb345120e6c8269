package dk.jobvej.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL per JVM. Test contexts share it, so that a suite starts the database
 * once; each context still migrates through Flyway, which is idempotent. It stops after the last
 * application context has closed. A temporary database (tests) runs without fsync and with
 * asynchronous commit, as zonky sets it up; a data directory that is kept runs durably.
 */
final class EmbeddedPostgres {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);

	private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres running;

	private EmbeddedPostgres() {
	}

	static synchronized String jdbcUrl(DatabaseProperties properties) {
		if (running == null) {
			running = start(properties);
			// after every application context has closed, so nothing still needs a connection
			SpringApplication.getShutdownHandlers().add(EmbeddedPostgres::stop);
		}
		return running.getJdbcUrl("postgres", "postgres");
	}

	private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres start(DatabaseProperties properties) {
		try {
			var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
				.setRegisterShutdownHook(false)
				.setServerConfig("max_connections", "200")
				// the server keeps its own log files (in the data directory's log/), and no values
				// (a CPR number in a unique-key DETAIL, say) or statements are written to them
				.setServerConfig("logging_collector", "on")
				.setServerConfig("log_directory", "log")
				.setServerConfig("log_error_verbosity", "terse")
				.setServerConfig("log_min_error_statement", "panic")
				.setLocaleConfig("encoding", "UTF8");
			if (properties.temporary()) {
				builder.setCleanDataDirectory(true);
			}
			else {
				Files.createDirectories(properties.dataPath());
				// data kept between runs must survive a crash: zonky's defaults for throwaway test
				// databases (fsync off, asynchronous commit) could lose acknowledged commits or,
				// after a power cut, corrupt the files. "-c fsync=on" overrides zonky's "-F".
				builder.setDataDirectory(properties.dataPath())
					.setCleanDataDirectory(false)
					.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on");
			}
			if (properties.port() > 0) {
				builder.setPort(properties.port());
			}
			var postgres = builder.start();
			log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(),
					properties.temporary() ? "a temporary directory" : properties.dataPath());
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

	private static synchronized void stop() {
		try {
			running.close();
		}
		catch (IOException ex) {
			log.warn("Embedded PostgreSQL did not stop cleanly", ex);
		}
	}

}
