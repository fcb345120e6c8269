package dk.jobvej.contact.web;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.contact.ConversationId;
import dk.jobvej.contact.internal.Bookings;
import dk.jobvej.contact.internal.ConversationView;
import dk.jobvej.contact.internal.ConversationViews;
import dk.jobvej.contact.internal.Outcomes;
import dk.jobvej.contact.web.ContactJson.Created;
import dk.jobvej.contact.web.ContactRequests.Book;
import dk.jobvej.contact.web.ContactRequests.Cancel;
import dk.jobvej.contact.web.ContactRequests.Held;
import dk.jobvej.contact.web.ContactRequests.Jobs;
import dk.jobvej.contact.web.ContactRequests.NoShow;
import dk.jobvej.contact.web.ContactRequests.Unplanned;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Conversations: book, read, change, and record the outcome. Times are Danish time. A change or
 * outcome may send the {@code version} it saw; if someone changed the conversation since, the answer
 * is 409 and nothing is changed. Every read is audited through the citizen module.
 */
@RestController
@RequestMapping("/api/v1/conversations")
@Tag(name = "Conversations", description = "The contact course: booking, outcomes and concrete jobs")
class ConversationApi {

	private final Bookings bookings;

	private final Outcomes outcomes;

	private final ConversationViews views;

	ConversationApi(Bookings bookings, Outcomes outcomes, ConversationViews views) {
		this.bookings = bookings;
		this.outcomes = outcomes;
		this.views = views;
	}

	@PostMapping
	@Operation(summary = "Book a conversation (meeting notice); refused if the caseworker or the citizen is busy then")
	ResponseEntity<Created> book(@Valid @RequestBody Book request) {
		var id = bookings.book(request.toRequest(Objects.requireNonNull(request.citizen())));
		return ResponseEntity.created(URI.create("/api/v1/conversations/" + id)).body(new Created(id.value()));
	}

	@PostMapping("/unplanned")
	@Operation(summary = "Record a conversation that was held without a booking (not planned)")
	ResponseEntity<Created> unplanned(@Valid @RequestBody Unplanned request) {
		var conversation = Objects.requireNonNull(request.conversation());
		var held = new Held(request.summary(), null, request.jobs(), null);
		var id = bookings.unplanned(conversation.toRequest(Objects.requireNonNull(conversation.citizen())),
				Objects.requireNonNull(request.summary()), held.typedIn());
		return ResponseEntity.created(URI.create("/api/v1/conversations/" + id)).body(new Created(id.value()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A conversation with its participants, outcome, jobs and notifications")
	ConversationView conversation(@PathVariable UUID id) {
		return views.view(new ConversationId(id), "conversation-api");
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change time, channel, place, participants or agenda of a booked conversation")
	ResponseEntity<Void> change(@PathVariable UUID id, @Valid @RequestBody Book request) {
		var current = views.view(new ConversationId(id), "conversation-api");
		bookings.change(new ConversationId(id), request.toRequest(current.citizen().value()), request.version());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/held")
	@Operation(summary = "The conversation was held: summary (to the journal) and concrete jobs presented. "
			+ "200 with a one-time user-survey code to hand to the citizen when a survey runs for the unit that week "
			+ "and the conversation was planned; otherwise 204")
	ResponseEntity<SurveyCode> held(@PathVariable UUID id, @Valid @RequestBody Held request) {
		return outcomes
			.held(new ConversationId(id), Objects.requireNonNull(request.summary()),
					request.presentedSuggestions() == null ? List.of() : request.presentedSuggestions(),
					request.typedIn(), request.version())
			.map(code -> ResponseEntity.ok(new SurveyCode(code.code(), code.path())))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	/** A user-survey code for the citizen: give it to them, do not keep it. */
	record SurveyCode(String surveyCode, String surveyPath) {
	}

	@PostMapping("/{id}/cancellation")
	@Operation(summary = "The conversation was cancelled, by the citizen, the jobcenter or another party")
	ResponseEntity<Void> cancel(@PathVariable UUID id, @Valid @RequestBody Cancel request) {
		outcomes.cancel(new ConversationId(id), Objects.requireNonNull(request.by()), request.reason(), request.version());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/no-show")
	@Operation(summary = "The citizen did not turn up; without a valid reason the availability track opens")
	ResponseEntity<Created> noShow(@PathVariable UUID id, @Valid @RequestBody NoShow request) {
		var availability = outcomes.noShow(new ConversationId(id), Objects.requireNonNull(request.reason()),
				Objects.requireNonNull(request.validReason()), request.version());
		return availability == null ? ResponseEntity.noContent().build()
				: ResponseEntity.created(URI.create("/api/v1/availability-cases/" + availability))
					.body(new Created(availability));
	}

	@PostMapping("/{id}/jobs")
	@Operation(summary = "Suggest concrete jobs for a booked conversation (typed in by hand)")
	ResponseEntity<Void> jobs(@PathVariable UUID id, @Valid @RequestBody Jobs request) {
		outcomes.suggest(new ConversationId(id),
				Objects.requireNonNull(request.jobs()).stream().map(ContactRequests.Job::toJob).toList());
		return ResponseEntity.noContent().build();
	}

}
