package dk.jobvej.contact.web;

import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.contact.internal.Absences;
import dk.jobvej.contact.internal.ContactTasks;
import dk.jobvej.contact.internal.ConversationViews;
import dk.jobvej.contact.internal.Notifications;
import dk.jobvej.contact.web.ContactJson.Course;
import dk.jobvej.contact.web.ContactJson.Created;
import dk.jobvej.contact.web.ContactJson.Tasks;
import dk.jobvej.contact.web.ContactRequests.Absence;
import dk.jobvej.contact.web.ContactRequests.Address;
import dk.jobvej.contact.web.ContactRequests.EndAbsence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A citizen's contact course (due status with the rule and its source, conversations, absences and
 * exemptions, e-mail for notifications) and the worklists "Mine opgaver" and the team's.
 */
@RestController
@Tag(name = "Contact courses", description = "Due status, absences and exemptions, worklists")
class CourseApi {

	private final ConversationViews views;

	private final Absences absences;

	private final Notifications notifications;

	private final ContactTasks tasks;

	private final Clock clock;

	CourseApi(ConversationViews views, Absences absences, Notifications notifications, ContactTasks tasks, Clock clock) {
		this.views = views;
		this.absences = absences;
		this.notifications = notifications;
		this.tasks = tasks;
		this.clock = clock;
	}

	@GetMapping("/api/v1/contact-courses/{citizen}")
	@Operation(summary = "The citizen's contact course: when the next conversation is due, by which rule")
	Course course(@PathVariable UUID citizen) {
		return Course.of(views.course(new CitizenId(citizen)), clock.getZone());
	}

	@PostMapping("/api/v1/contact-courses/{citizen}/absences")
	@Operation(summary = "Register an absence or exemption (DFDG: fravær, fritagelse)")
	ResponseEntity<Created> absence(@PathVariable UUID citizen, @Valid @RequestBody Absence request) {
		var id = absences.register(new CitizenId(citizen), Objects.requireNonNull(request.type()),
				Objects.requireNonNull(request.from()), request.to(), request.note());
		return ResponseEntity.created(URI.create("/api/v1/contact-courses/" + citizen)).body(new Created(id));
	}

	@PostMapping("/api/v1/contact-courses/{citizen}/absences/{absence}/end")
	@Operation(summary = "Give an open absence its last day")
	ResponseEntity<Void> endAbsence(@PathVariable UUID citizen, @PathVariable UUID absence,
			@Valid @RequestBody EndAbsence request) {
		absences.end(new CitizenId(citizen), absence, Objects.requireNonNull(request.to()));
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/api/v1/contact-courses/{citizen}/notification-address")
	@Operation(summary = "The citizen's e-mail address for notifications about conversations")
	ResponseEntity<Void> address(@PathVariable UUID citizen, @Valid @RequestBody Address request) {
		notifications.address(new CitizenId(citizen), Objects.requireNonNull(request.email()));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/tasks/mine")
	@Operation(summary = "Mine opgaver: overdue, due within 14 days without a booking, no-shows to follow up")
	Tasks mine() {
		return Tasks.of(tasks.mine(), clock.getZone());
	}

	@GetMapping("/api/v1/tasks/team")
	@Operation(summary = "The team's tasks, for the team leader")
	Tasks team() {
		return Tasks.of(tasks.team(), clock.getZone());
	}

}
