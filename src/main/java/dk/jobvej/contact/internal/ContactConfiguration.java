package dk.jobvej.contact.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The contact module's settings, and the scheduler for the notification outbox and the reminders. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ContactProperties.class)
@EnableScheduling
class ContactConfiguration {
}
