package dk.jobvej;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Jobvej: the operating system of a Danish municipal jobcenter. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JobvejApplication {

	public static void main(String[] args) {
		SpringApplication.run(JobvejApplication.class, args);
	}

}
