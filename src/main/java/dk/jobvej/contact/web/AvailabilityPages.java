package dk.jobvej.contact.web;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.contact.AvailabilityCaseId;
import dk.jobvej.contact.internal.AvailabilityTrack;
import dk.jobvej.contact.web.ContactRequests.Decision;
import dk.jobvej.contact.web.ContactRequests.Response;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.documents.PdfDocuments;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The availability case ({@code /raadighed/{id}}): the missed conversation, the consultation and its
 * deadline, the citizen's answer and the decision; and the two letters as printable pages, the
 * consultation letter (partshøring) and the decision letter with legal basis and appeal guidance.
 */
@Controller
class AvailabilityPages {

	private final AvailabilityTrack track;

	private final Forms forms;

	private final PdfDocuments pdf;

	AvailabilityPages(AvailabilityTrack track, Forms forms, PdfDocuments pdf) {
		this.track = track;
		this.forms = forms;
		this.pdf = pdf;
	}

	@GetMapping("/raadighed/{id}")
	String availability(@PathVariable UUID id, Model model) {
		page(id, model);
		return "contact/availability";
	}

	@PostMapping("/raadighed/{id}/svar")
	String respond(@PathVariable UUID id, @Valid @ModelAttribute("responseForm") Response form, BindingResult binding,
			Model model, Locale locale) {
		var errors = forms.run("response", binding, locale, () -> track.respond(new AvailabilityCaseId(id),
				Objects.requireNonNull(form.response()), form.version()));
		return answer(id, "response", errors, model);
	}

	@PostMapping("/raadighed/{id}/afgoerelse")
	String decide(@PathVariable UUID id, @Valid @ModelAttribute("decisionForm") Decision form, BindingResult binding,
			Model model, Locale locale) {
		var errors = forms.run("decision", binding, locale, () -> track.decide(new AvailabilityCaseId(id),
				Objects.requireNonNull(form.sanction()), Objects.requireNonNull(form.reasoning()), form.version()));
		return answer(id, "decision", errors, model);
	}

	@GetMapping("/raadighed/{id}/partshoering")
	String consultationLetter(@PathVariable UUID id, Model model) {
		model.addAttribute("view", track.view(new AvailabilityCaseId(id), "consultation-letter"));
		return "contact/letter-consultation";
	}

	@GetMapping("/raadighed/{id}/afgoerelsesbrev")
	String decisionLetter(@PathVariable UUID id, Model model) {
		model.addAttribute("view", track.view(new AvailabilityCaseId(id), "decision-letter"));
		return "contact/letter-decision";
	}

	@GetMapping("/raadighed/{id}/partshoering.pdf")
	ResponseEntity<byte[]> consultationPdf(@PathVariable UUID id, Locale locale) {
		var view = track.view(new AvailabilityCaseId(id), "consultation-letter-pdf");
		return PdfDocuments.response(pdf.render("contact/letter-consultation", Map.of("view", view), locale),
				"partshoering.pdf", true);
	}

	@GetMapping("/raadighed/{id}/afgoerelsesbrev.pdf")
	ResponseEntity<byte[]> decisionPdf(@PathVariable UUID id, Locale locale) {
		var view = track.view(new AvailabilityCaseId(id), "decision-letter-pdf");
		if (!view.decided()) {
			throw new NotFound("contact.availability.notDecided");
		}
		return PdfDocuments.response(pdf.render("contact/letter-decision", Map.of("view", view), locale),
				"afgoerelse.pdf", true);
	}

	private String answer(UUID id, String prefix, FormErrors errors, Model model) {
		if (!errors.any()) {
			return "redirect:/raadighed/" + id;
		}
		if (errors.conflict()) {
			model.asMap().keySet().removeIf(key -> key.endsWith("Form") || key.startsWith(BindingResult.MODEL_KEY_PREFIX));
		}
		model.addAttribute(prefix + "Errors", errors);
		page(id, model);
		return "contact/availability";
	}

	private void page(UUID id, Model model) {
		var view = track.view(new AvailabilityCaseId(id), "availability-page");
		model.addAttribute("view", view);
		if (!model.containsAttribute("responseForm")) {
			model.addAttribute("responseForm", new Response(view.citizenResponse(), view.version()));
		}
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", new Decision(null, null, view.version()));
		}
		for (var name : new String[] { "response", "decision" }) {
			if (!model.containsAttribute(name + "Errors")) {
				model.addAttribute(name + "Errors", forms.none(name));
			}
		}
	}

}
