package dk.jobvej.contact.web;

import java.util.Objects;
import java.util.UUID;

import dk.jobvej.contact.AvailabilityCaseId;
import dk.jobvej.contact.internal.AvailabilityTrack;
import dk.jobvej.contact.internal.AvailabilityView;
import dk.jobvej.contact.web.ContactRequests.Decision;
import dk.jobvej.contact.web.ContactRequests.Response;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The availability track after a no-show: consultation, the citizen's answer, the decision on a sanction. */
@RestController
@RequestMapping("/api/v1/availability-cases")
@Tag(name = "Availability cases", description = "Consultation (partshøring) and sanction decisions after a no-show")
class AvailabilityApi {

	private final AvailabilityTrack track;

	AvailabilityApi(AvailabilityTrack track) {
		this.track = track;
	}

	@GetMapping("/{id}")
	@Operation(summary = "An availability case with its legal basis and appeal guidance")
	AvailabilityView availability(@PathVariable UUID id) {
		return track.view(new AvailabilityCaseId(id), "availability-api");
	}

	@PostMapping("/{id}/response")
	@Operation(summary = "Record the citizen's answer to the consultation")
	ResponseEntity<Void> response(@PathVariable UUID id, @Valid @RequestBody Response request) {
		track.respond(new AvailabilityCaseId(id), Objects.requireNonNull(request.response()), request.version());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/decision")
	@Operation(summary = "Decide on a sanction, after the deadline or once the citizen has answered")
	ResponseEntity<Void> decision(@PathVariable UUID id, @Valid @RequestBody Decision request) {
		track.decide(new AvailabilityCaseId(id), Objects.requireNonNull(request.sanction()),
				Objects.requireNonNull(request.reasoning()), request.version());
		return ResponseEntity.noContent().build();
	}

}
