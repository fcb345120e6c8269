package dk.jobvej.results.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Switches on the results module's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResultsProperties.class)
class ResultsConfiguration {
}
