package dk.jobvej.contact.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.contact.ContactCourse;
import dk.jobvej.contact.ConversationId;
import dk.jobvej.contact.SuggestedJob;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules tell the contact course: programme memberships and job suggestions. */
@Service
@Transactional
class ContactCourseService implements ContactCourse {

	private final JdbcClient jdbc;

	private final Conversations conversations;

	private final PresentedJobs jobs;

	private final Clock clock;

	ContactCourseService(JdbcClient jdbc, Conversations conversations, PresentedJobs jobs,
			Clock clock) {
		this.jdbc = jdbc;
		this.conversations = conversations;
		this.jobs = jobs;
		this.clock = clock;
	}

	@Override
	public void recordProgrammeMembership(CitizenId citizen, int municipalityCode, String programme, LocalDate from,
			@Nullable LocalDate to) {
		if (to != null && to.isBefore(from)) {
			throw new RuleViolation("to", "contact.absence.endsBeforeStart");
		}
		var code = Texts.required("programme", programme, 40);
		jdbc.sql("""
				insert into contact.programme_membership (citizen, programme, from_date, to_date, municipality_code)
				values (?, ?, ?, ?, ?)
				on conflict (citizen, programme, from_date) do update set to_date = excluded.to_date""")
			.params(citizen.value(), code, from, to, municipalityCode)
			.update();
	}

	@Override
	public void suggestJobs(ConversationId id, List<SuggestedJob> suggested) {
		var conversation = conversations.findById(id.value())
			.orElseThrow(() -> new NotFound("contact.conversation.notFound"));
		if (conversation.status() != Status.BOOKED) {
			throw new RuleViolation("status", "contact.status.notBooked");
		}
		jobs.add(conversation, suggested, false, "module:" + suggested.stream().map(SuggestedJob::source).distinct()
			.findFirst().orElse("unknown"), clock.instant());
	}

}
