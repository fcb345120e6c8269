package dk.jobvej;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port against the embedded PostgreSQL. Every test class
 * that uses exactly this annotation shares one application context and one database, so the
 * suite starts both once: tests make their own units, staff and citizens with fresh names and
 * never rely on an empty database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface JobvejIntegrationTest {
}
