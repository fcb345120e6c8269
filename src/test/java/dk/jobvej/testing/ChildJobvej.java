package dk.jobvej.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Jobvej in a JVM of its own, started from the test classpath with {@code JobvejApplication},
 * with its own embedded PostgreSQL in a data directory the test owns (kept between starts, and
 * so durable: fsync on, synchronous commit), on free ports. Its output goes to a file under
 * {@code target/test-logs}. A test can kill it as a crash would ({@link #kill()}: SIGKILL to the
 * JVM and to every PostgreSQL process), stop and start its database ({@link #database()}), and
 * start it again on the same data.
 *
 * <p>The demo profile gives it the named demo users (password {@code demo}); no demo citizens.
 */
public final class ChildJobvej implements AutoCloseable {

	/** Generous: on a busy machine a start that takes 20 s alone has taken three minutes. */
	private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

	private final Process process;

	private final int port;

	private final int databasePort;

	private final Path dataDirectory;

	private final Path log;

	private ChildJobvej(Process process, int port, int databasePort, Path dataDirectory, Path log) {
		this.process = process;
		this.port = port;
		this.databasePort = databasePort;
		this.dataDirectory = dataDirectory;
		this.log = log;
	}

	/**
	 * Starts Jobvej on the data directory and waits until it answers its health check.
	 * @param name names the log file, {@code target/test-logs/<name>.log}
	 * @param profiles Spring profiles besides {@code demo}
	 * @param arguments further {@code --property=value} arguments
	 */
	public static ChildJobvej start(String name, Path dataDirectory, List<String> profiles, String... arguments) {
		var port = freePort();
		var databasePort = freePort();
		var log = TestLogs.file(name);
		var command = new ArrayList<String>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
				System.getProperty("java.class.path"), "dk.jobvej.JobvejApplication", "--server.port=" + port,
				"--jobvej.database.port=" + databasePort, "--jobvej.database.data-directory=" + dataDirectory,
				"--spring.profiles.active=" + String.join(",", concat("demo", profiles)), "--jobvej.demo.enabled=false"));
		command.addAll(List.of(arguments));
		try {
			var process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
			var child = new ChildJobvej(process, port, databasePort, dataDirectory, log);
			child.awaitHealthy();
			return child;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int port() {
		return port;
	}

	public Path dataDirectory() {
		return dataDirectory;
	}

	public Path log() {
		return log;
	}

	/** The embedded PostgreSQL of this Jobvej, to stop and start. */
	public PostgresServer database() {
		return new PostgresServer(dataDirectory);
	}

	/** A connection to its database, as the superuser. */
	public Connection connect() throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + databasePort + "/postgres", "postgres",
				"postgres");
	}

	public boolean alive() {
		return process.isAlive();
	}

	/**
	 * Kills Jobvej with SIGKILL, as a crash or a power cut would: first the JVM, then every
	 * PostgreSQL process of its data directory. No shutdown hook, no clean database shutdown.
	 */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
		database().kill();
	}

	/** Stops Jobvej as an operator would (SIGTERM), which also stops its database. */
	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				process.waitFor();
			}
		}
		database().stopIfRunning();
	}

	private void awaitHealthy() {
		var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		var deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Jobvej stopped while starting; its log: " + log + "\n" + tail());
			}
			try {
				var response = http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health"))).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			pause(Duration.ofMillis(250));
		}
		process.destroyForcibly();
		throw new IllegalStateException("Jobvej did not start within " + START_TIMEOUT + "; its log: " + log);
	}

	/** The URL of a path on this Jobvej. */
	public String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** The last lines of the log. */
	public String tail() {
		try {
			var lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(log not readable: " + ex + ")";
		}
	}

	static void pause(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> concat(String first, List<String> rest) {
		var all = new ArrayList<String>();
		all.add(first);
		all.addAll(rest);
		return all;
	}

}
