package dk.jobvej;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;

/**
 * Jobvej: the operating system of a Danish municipal jobcenter. Beans are named by their fully
 * qualified class name, so two modules may each have, say, a {@code ReportPages} of their own.
 */
@SpringBootApplication(nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
@ConfigurationPropertiesScan
public class JobvejApplication {

	public static void main(String[] args) {
		SpringApplication.run(JobvejApplication.class, args);
	}

}
