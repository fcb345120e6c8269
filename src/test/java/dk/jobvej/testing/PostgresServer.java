package dk.jobvej.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The embedded PostgreSQL running on a data directory, controlled with the {@code pg_ctl} of the
 * zonky distribution it runs from (found through the running server's executable): stop it, start
 * it again with the options it was started with ({@code postmaster.opts}), or kill it.
 */
public final class PostgresServer {

	private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

	private final Path dataDirectory;

	public PostgresServer(Path dataDirectory) {
		this.dataDirectory = dataDirectory;
	}

	/** The postmaster's process, if one runs on the data directory. */
	public Optional<ProcessHandle> postmaster() {
		var pidFile = dataDirectory.resolve("postmaster.pid");
		try {
			if (!Files.exists(pidFile)) {
				return Optional.empty();
			}
			var pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
			return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** Stops the server as an operator would ({@code pg_ctl stop -m fast}): connections are cut. */
	public void stop() {
		run(List.of(pgCtl().toString(), "stop", "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "60"));
	}

	/** Starts the server again with the options it last ran with; waits until it accepts connections. */
	public void start() {
		var options = options();
		run(List.of(pgCtl().toString(), "start", "-D", dataDirectory.toString(), "-w", "-t", "60", "-o",
				String.join(" ", options), "-l", dataDirectory.resolve("pg_ctl-start.log").toString()));
	}

	/** Stops the server if it runs. */
	public void stopIfRunning() {
		if (postmaster().isPresent()) {
			stop();
		}
	}

	/** Kills the postmaster and every backend with SIGKILL. */
	public void kill() throws InterruptedException {
		var postmaster = postmaster();
		if (postmaster.isEmpty()) {
			return;
		}
		var children = postmaster.get().children().toList();
		postmaster.get().destroyForcibly();
		children.forEach(ProcessHandle::destroyForcibly);
		postmaster.get().onExit().join();
		for (var child : children) {
			child.onExit().join();
		}
	}

	private Path pgCtl() {
		var postmaster = postmaster().orElse(null);
		Path postgres;
		if (postmaster != null) {
			postgres = Path.of("/proc/" + postmaster.pid() + "/exe");
			try {
				postgres = postgres.toRealPath();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		else {
			postgres = Path.of(optionsLine().getFirst());
		}
		return postgres.resolveSibling("pg_ctl");
	}

	/** The server's options from {@code postmaster.opts}, without the executable and the data directory. */
	private List<String> options() {
		var all = optionsLine();
		var options = new ArrayList<String>();
		for (var i = 1; i < all.size(); i++) {
			if (all.get(i).equals("-D")) {
				i++;
				continue;
			}
			options.add(all.get(i).contains(" ") ? "'" + all.get(i) + "'" : all.get(i));
		}
		return options;
	}

	private List<String> optionsLine() {
		try {
			var line = Files.readString(dataDirectory.resolve("postmaster.opts")).trim();
			var matcher = QUOTED.matcher(line);
			var parts = new ArrayList<String>();
			parts.add(line.substring(0, line.indexOf(' ')));
			while (matcher.find()) {
				parts.add(matcher.group(1));
			}
			return parts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Runs a PostgreSQL program; as root (containers, CI) in a user namespace of its own, as zonky
	 * does, since PostgreSQL refuses to run as root.
	 */
	private static void run(List<String> program) {
		var command = new ArrayList<String>();
		if ("root".equals(System.getProperty("user.name"))) {
			command.addAll(List.of("unshare", "-U"));
		}
		command.addAll(program);
		try {
			var process = new ProcessBuilder(command).redirectErrorStream(true).start();
			var output = new String(process.getInputStream().readAllBytes());
			if (process.waitFor() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
