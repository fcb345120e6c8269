package dk.jobvej.testing;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A local SMTP server (GreenMail) for the tests, on a free port, started once for the whole test
 * JVM before the first application context: it points {@code spring.mail.*} at itself and switches
 * the contact module's notifications to SMTP. Tests read what arrived with {@link #server()}.
 * Registered in {@code src/test/resources/META-INF/spring.factories}.
 */
public final class TestMailServer implements EnvironmentPostProcessor {

	private static GreenMail server;

	private static int port;

	/** The running server (started with the first application context). */
	public static synchronized GreenMail server() {
		if (server == null) {
			start(0);
		}
		return server;
	}

	/** Stops the server, so that sending fails until {@link #restart()}. */
	public static synchronized void stop() {
		server().stop();
	}

	/** Starts the server again on the same port, empty. */
	public static synchronized void restart() {
		start(port);
	}

	private static void start(int onPort) {
		server = new GreenMail(new ServerSetup(onPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		port = server.getSmtp().getPort();
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		var port = server().getSmtp().getPort();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test-mail-server", Map.of("spring.mail.host", "127.0.0.1",
					"spring.mail.port", port, "jobvej.contact.notifications.sender", "smtp")));
	}

}
