package dk.jobvej.survey.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Switches on the survey module's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SurveyProperties.class)
class SurveyConfiguration {
}
