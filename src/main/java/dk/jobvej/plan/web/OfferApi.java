package dk.jobvej.plan.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.plan.OfferId;
import dk.jobvej.plan.internal.DecisionSummary;
import dk.jobvej.plan.internal.NewOffer;
import dk.jobvej.plan.internal.OfferReading;
import dk.jobvej.plan.internal.OfferView;
import dk.jobvej.plan.internal.Offering;
import dk.jobvej.plan.web.PlanRequests.CancelWaiting;
import dk.jobvej.plan.web.PlanRequests.EndOffer;
import dk.jobvej.plan.web.PlanRequests.ExtendOffer;
import dk.jobvej.plan.web.PlanRequests.GrantOffer;
import dk.jobvej.plan.web.PlanRequests.GrantWaiting;
import dk.jobvej.plan.web.PlanRequests.RefuseOffer;
import dk.jobvej.platform.documents.PdfDocuments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Offers (indsatser) and decisions for staff. Granting, refusing, extending and ending are the
 * caseworker's and leader's; the refusal of a rule names the rule. Every read is audited.
 */
@RestController
@Tag(name = "Offers", description = "Offers (indsatser), waiting lists and decisions (afgørelser)")
class OfferApi {

	private final Offering offering;

	private final OfferReading reading;

	OfferApi(Offering offering, OfferReading reading) {
		this.offering = offering;
		this.reading = reading;
	}

	record Opened(UUID id, String status, @org.jspecify.annotations.Nullable Integer waitingPosition) {
	}

	@GetMapping("/api/v1/citizens/{id}/offers")
	@Operation(summary = "The citizen's offers, newest first (audited)")
	List<OfferView> offers(@PathVariable UUID id) {
		return reading.forStaff(new CitizenId(id), "offers-api");
	}

	@PostMapping("/api/v1/citizens/{id}/offers")
	@Operation(summary = "Grant an offer, or refer to a catalogue project (a full one puts it on the waiting list)")
	ResponseEntity<Opened> open(@PathVariable UUID id, @Valid @RequestBody GrantOffer request) {
		var offer = offering.open(new CitizenId(id), new NewOffer(request.type(), request.project(),
				request.providerKind(), request.providerName(),
				request.providerCvr() == null || request.providerCvr().isBlank() ? null : request.providerCvr().strip(),
				request.startDate(), request.plannedEnd(), request.hoursPerWeek(), request.reason()));
		var view = reading.offer(offer, "offers-api");
		return ResponseEntity.created(URI.create("/api/v1/offers/" + offer))
			.body(new Opened(offer.value(), view.status().name(), view.waitingPosition()));
	}

	@PostMapping("/api/v1/citizens/{id}/offers/refusals")
	@Operation(summary = "Refuse a request for an offer (afslag) with a decision letter")
	ResponseEntity<Opened> refuse(@PathVariable UUID id, @Valid @RequestBody RefuseOffer request) {
		var offer = offering.refuse(new CitizenId(id), request.type(), request.providerKind(), request.providerName(),
				request.reason());
		return ResponseEntity.created(URI.create("/api/v1/offers/" + offer))
			.body(new Opened(offer.value(), "REFUSED", null));
	}

	@GetMapping("/api/v1/offers/{offer}")
	@Operation(summary = "An offer with its history and the rules that govern it (audited)")
	OfferView offer(@PathVariable UUID offer) {
		return reading.offer(new OfferId(offer), "offers-api");
	}

	@PostMapping("/api/v1/offers/{offer}/extension")
	@Operation(summary = "Extend a running offer to a later planned end, within the duration rules")
	ResponseEntity<Void> extend(@PathVariable UUID offer, @Valid @RequestBody ExtendOffer request) {
		offering.extend(new OfferId(offer), request.plannedEnd(), Boolean.TRUE.equals(request.specialNeed()),
				request.reason(), request.version());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/offers/{offer}/end")
	@Operation(summary = "End a granted offer with its last day and result")
	ResponseEntity<Void> end(@PathVariable UUID offer, @Valid @RequestBody EndOffer request) {
		offering.end(new OfferId(offer), request.lastDay(), request.result(), request.reason(), request.version());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/offers/{offer}/grant")
	@Operation(summary = "Grant a waiting offer when a place is free")
	ResponseEntity<Void> grant(@PathVariable UUID offer, @Valid @RequestBody GrantWaiting request) {
		offering.grantWaiting(new OfferId(offer), request.startDate(), request.plannedEnd(), request.reason(),
				request.version());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/offers/{offer}/cancellation")
	@Operation(summary = "Take a waiting offer off the waiting list")
	ResponseEntity<Void> cancel(@PathVariable UUID offer, @Valid @RequestBody CancelWaiting request) {
		offering.cancel(new OfferId(offer), request.reason(), request.version());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/citizens/{id}/decisions")
	@Operation(summary = "The citizen's decisions, newest first, without the letters (audited)")
	List<DecisionSummary> decisions(@PathVariable UUID id) {
		return reading.decisions(new CitizenId(id), "decisions-api");
	}

	@GetMapping("/api/v1/decisions/{decision}/letter")
	@Operation(summary = "A decision's letter as PDF (audited)")
	ResponseEntity<byte[]> letter(@PathVariable UUID decision) {
		var letter = reading.letter(decision);
		return PdfDocuments.response(letter.pdf(), letter.fileName(), false);
	}

}
