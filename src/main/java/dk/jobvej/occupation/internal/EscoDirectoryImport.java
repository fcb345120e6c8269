package dk.jobvej.occupation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import dk.jobvej.occupation.EscoImport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Imports ESCO's CSV download from {@code jobvej.occupation.esco-directory} at start-up, when it is set. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@EnableConfigurationProperties(OccupationProperties.class)
class EscoDirectoryImport implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(EscoDirectoryImport.class);

	private final OccupationProperties properties;

	private final EscoImport esco;

	EscoDirectoryImport(OccupationProperties properties, EscoImport esco) {
		this.properties = properties;
		this.esco = esco;
	}

	@Override
	public void run(ApplicationArguments args) {
		var directory = properties.escoDirectory();
		if (directory == null) {
			return;
		}
		var language = properties.language();
		try (var occupations = Files.newBufferedReader(directory.resolve("occupations_" + language + ".csv"),
				StandardCharsets.UTF_8);
				var skills = Files.newBufferedReader(directory.resolve("skills_" + language + ".csv"),
						StandardCharsets.UTF_8);
				var relations = Files.newBufferedReader(
						directory.resolve("occupationSkillRelations_" + language + ".csv"), StandardCharsets.UTF_8)) {
			var result = esco.importEsco(occupations, skills, relations);
			log.info("ESCO imported from {}: {}", directory, result);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("ESCO files in " + directory, ex);
		}
	}

}
