package dk.jobvej.contact.web;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.contact.internal.BookingLimits;
import dk.jobvej.contact.internal.SlotView;
import dk.jobvej.contact.internal.Slots;
import dk.jobvej.contact.web.ContactJson.CreatedAll;
import dk.jobvej.contact.web.ContactRequests.Limits;
import dk.jobvej.contact.web.ContactRequests.Publish;
import dk.jobvej.identity.Organisation;

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

/** Slots the caseworker publishes for the citizens' self-booking, and the unit's limits. */
@RestController
@Tag(name = "Self-booking", description = "Published slots and the unit's self-booking limits")
class SlotApi {

	private final Slots slots;

	private final BookingLimits limits;

	private final Organisation organisation;

	SlotApi(Slots slots, BookingLimits limits, Organisation organisation) {
		this.slots = slots;
		this.limits = limits;
		this.organisation = organisation;
	}

	@GetMapping("/api/v1/slots/mine")
	@Operation(summary = "The caller's published slots from today")
	List<SlotView> mine() {
		return slots.mine();
	}

	@PostMapping("/api/v1/slots")
	@Operation(summary = "Publish a series of slots of equal length from a start time (Danish time)")
	ResponseEntity<CreatedAll> publish(@Valid @RequestBody Publish request) {
		var ids = slots.publish(Objects.requireNonNull(request.startsAt()), Objects.requireNonNull(request.durationMinutes()),
				Objects.requireNonNull(request.count()), Objects.requireNonNull(request.channel()), request.place());
		return ResponseEntity.created(URI.create("/api/v1/slots/mine")).body(new CreatedAll(ids));
	}

	@PostMapping("/api/v1/slots/{id}/withdrawal")
	@Operation(summary = "Withdraw a slot no citizen has booked")
	ResponseEntity<Void> withdraw(@PathVariable UUID id) {
		slots.withdraw(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/booking-limits")
	@Operation(summary = "The self-booking limits of the caller's unit")
	BookingLimits.Limits limits() {
		return limits.of(organisation.signedIn().unit());
	}

	@PutMapping("/api/v1/booking-limits")
	@Operation(summary = "Set the self-booking limits of the team leader's unit")
	ResponseEntity<Void> setLimits(@Valid @RequestBody Limits request) {
		limits.set(Objects.requireNonNull(request.minNoticeHours()), Objects.requireNonNull(request.maxDaysAhead()),
				Objects.requireNonNull(request.maxRebookings()), request.version());
		return ResponseEntity.noContent().build();
	}

}
