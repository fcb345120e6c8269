package dk.jobvej.contact.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The senders: e-mail through SMTP ({@code jobvej.contact.notifications.sender=smtp}, with
 * {@code spring.mail.host} and friends), or the log ({@code log}, the default and the demo's), which
 * writes who would get what without the text, as the text is personal data.
 */
@Configuration(proxyBeanMethods = false)
class NotificationSenders {

	private static final Logger log = LoggerFactory.getLogger(NotificationSenders.class);

	@Bean
	@ConditionalOnProperty(name = "jobvej.contact.notifications.sender", havingValue = "smtp")
	NotificationSender smtpSender(JavaMailSender mail, ContactProperties properties) {
		return notification -> {
			var message = new SimpleMailMessage();
			message.setFrom(properties.notifications().from());
			message.setTo(notification.recipient());
			message.setSubject(notification.subject());
			message.setText(notification.body());
			mail.send(message);
		};
	}

	@Bean
	@ConditionalOnProperty(name = "jobvej.contact.notifications.sender", havingValue = "log", matchIfMissing = true)
	NotificationSender logSender() {
		return notification -> log.info("Notification {} sent to the log instead of by e-mail ({} characters)",
				notification.id(), notification.body().length());
	}

}
