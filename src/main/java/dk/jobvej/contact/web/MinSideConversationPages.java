package dk.jobvej.contact.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.contact.ConversationId;
import dk.jobvej.contact.internal.Calendars;
import dk.jobvej.contact.internal.SelfBooking;
import dk.jobvej.contact.web.ContactRequests.Address;
import dk.jobvej.contact.web.ContactRequests.SlotChoice;
import dk.jobvej.portal.CitizenPortal;
import dk.jobvej.portal.MinSideLink;

import jakarta.validation.Valid;

import org.springframework.context.annotation.Bean;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Min side, "Mine samtaler" ({@code /min-side/samtaler}): the citizen's conversations, each as a
 * calendar file, the slots they may book, moving a booking to another slot, and their e-mail
 * address for notifications. Only the signed-in citizen's own data, ever.
 */
@Controller
class MinSideConversationPages {

	private static final String PAGE = "contact/minside";

	private final CitizenPortal portal;

	private final SelfBooking selfBooking;

	private final Calendars calendars;

	private final Forms forms;

	MinSideConversationPages(CitizenPortal portal, SelfBooking selfBooking, Calendars calendars, Forms forms) {
		this.portal = portal;
		this.selfBooking = selfBooking;
		this.calendars = calendars;
		this.forms = forms;
	}

	@Bean
	static MinSideLink conversationsOnMinSide() {
		return new MinSideLink("contact.minSide.linkTitle", "contact.minSide.linkText", "/min-side/samtaler", 10);
	}

	@GetMapping("/min-side/samtaler")
	String overview(Model model) {
		page(model);
		return PAGE;
	}

	@PostMapping("/min-side/samtaler/book")
	String book(@Valid @ModelAttribute("bookForm") SlotChoice form, BindingResult binding, Model model, Locale locale) {
		var errors = forms.run("book", binding, locale,
				() -> selfBooking.book(portal.signedIn(), Objects.requireNonNull(form.slot())));
		return answer("book", errors, model);
	}

	@PostMapping("/min-side/samtaler/{id}/flyt")
	String rebook(@PathVariable UUID id, @Valid @ModelAttribute("rebookForm") SlotChoice form, BindingResult binding,
			Model model, Locale locale) {
		var errors = forms.run("rebook", binding, locale, () -> selfBooking.rebook(portal.signedIn(),
				new ConversationId(id), Objects.requireNonNull(form.slot()), form.version()));
		model.addAttribute("rebooking", id);
		return answer("rebook", errors, model);
	}

	@PostMapping("/min-side/samtaler/email")
	String email(@Valid @ModelAttribute("emailForm") Address form, BindingResult binding, Model model, Locale locale) {
		var errors = forms.run("email", binding, locale,
				() -> selfBooking.email(portal.signedIn(), Objects.requireNonNull(form.email())));
		return answer("email", errors, model);
	}

	@GetMapping("/min-side/samtaler/{id}/kalender.ics")
	void calendarFile(@PathVariable UUID id, Locale locale, HttpServletResponse response) throws IOException {
		ContactReportApi.write(response, calendars.citizenFile(portal.signedIn(), new ConversationId(id), locale),
				"samtale.ics");
	}

	private String answer(String prefix, FormErrors errors, Model model) {
		if (!errors.any()) {
			return "redirect:/min-side/samtaler";
		}
		model.addAttribute(prefix + "Errors", errors);
		page(model);
		return PAGE;
	}

	private void page(Model model) {
		var own = selfBooking.overview(portal.signedIn());
		model.addAttribute("own", own);
		if (!model.containsAttribute("emailForm")) {
			model.addAttribute("emailForm", new Address(own.email()));
		}
		for (var name : new String[] { "book", "rebook", "email" }) {
			if (!model.containsAttribute(name + "Errors")) {
				model.addAttribute(name + "Errors", forms.none(name));
			}
		}
	}

}
