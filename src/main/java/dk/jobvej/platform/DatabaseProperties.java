package dk.jobvej.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Jobvej keeps its data. Embedded by default: Jobvej starts its own PostgreSQL with its
 * files under {@code dataDirectory}. In production set {@code jobvej.database.embedded=false}
 * and the usual {@code spring.datasource.*} properties.
 *
 * @param embedded start an embedded PostgreSQL
 * @param dataDirectory the embedded database's files; empty means a fresh temporary directory
 * @param port the embedded database's port; 0 means any free port
 */
@ConfigurationProperties("jobvej.database")
public record DatabaseProperties(@DefaultValue("true") boolean embedded, @DefaultValue("") String dataDirectory,
		@DefaultValue("0") int port) {

	boolean temporary() {
		return dataDirectory.isBlank();
	}

	Path dataPath() {
		return Path.of(dataDirectory).toAbsolutePath();
	}

}
