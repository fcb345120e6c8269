package dk.jobvej.contact.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.contact.Channel;
import dk.jobvej.contact.internal.BookingLimits;
import dk.jobvej.contact.internal.OnDuty;
import dk.jobvej.contact.internal.Slots;
import dk.jobvej.contact.web.ContactRequests.Limits;
import dk.jobvej.contact.web.ContactRequests.Publish;
import dk.jobvej.contact.web.ContactRequests.Reassign;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Publishing slots for self-booking ({@code /samtaler/tider}), the unit's limits for the leader, and
 * the on-duty arrangement ({@code /samtaler/vagtordning}).
 */
@Controller
class SlotPages {

	private final Slots slots;

	private final BookingLimits limits;

	private final OnDuty onDuty;

	private final Organisation organisation;

	private final Forms forms;

	private final Choices choices;

	private final Clock clock;

	SlotPages(Slots slots, BookingLimits limits, OnDuty onDuty, Organisation organisation, Forms forms, Choices choices,
			Clock clock) {
		this.slots = slots;
		this.limits = limits;
		this.onDuty = onDuty;
		this.organisation = organisation;
		this.forms = forms;
		this.choices = choices;
		this.clock = clock;
	}

	@GetMapping("/samtaler/tider")
	String slots(Model model) {
		slotsModel(model);
		return "contact/slots";
	}

	@PostMapping("/samtaler/tider")
	String publish(@Valid @ModelAttribute("publishForm") Publish form, BindingResult binding, Model model,
			Locale locale) {
		var errors = forms.run("publish", binding, locale,
				() -> slots.publish(Objects.requireNonNull(form.startsAt()), Objects.requireNonNull(form.durationMinutes()),
						Objects.requireNonNull(form.count()), Objects.requireNonNull(form.channel()), form.place()));
		if (!errors.any()) {
			return "redirect:/samtaler/tider";
		}
		model.addAttribute("publishErrors", errors);
		slotsModel(model);
		return "contact/slots";
	}

	@PostMapping("/samtaler/tider/{slot}/tilbagetraek")
	String withdraw(@PathVariable UUID slot, Model model, Locale locale) {
		var errors = forms.run("withdraw", new org.springframework.validation.BeanPropertyBindingResult(slot, "slot"),
				locale, () -> slots.withdraw(slot));
		if (!errors.any()) {
			return "redirect:/samtaler/tider";
		}
		model.addAttribute("withdrawErrors", errors);
		slotsModel(model);
		return "contact/slots";
	}

	@PostMapping("/samtaler/tider/graenser")
	String setLimits(@Valid @ModelAttribute("limitsForm") Limits form, BindingResult binding, Model model,
			Locale locale) {
		var errors = forms.run("limits", binding, locale,
				() -> limits.set(Objects.requireNonNull(form.minNoticeHours()), Objects.requireNonNull(form.maxDaysAhead()),
						Objects.requireNonNull(form.maxRebookings()), form.version()));
		if (!errors.any()) {
			return "redirect:/samtaler/tider";
		}
		model.addAttribute("limitsErrors", errors);
		slotsModel(model);
		return "contact/slots";
	}

	@GetMapping("/samtaler/vagtordning")
	String onDuty(Model model) {
		onDutyModel(model);
		return "contact/onduty";
	}

	@PostMapping("/samtaler/vagtordning")
	String reassign(@Valid @ModelAttribute("reassignForm") Reassign form, BindingResult binding, Model model,
			Locale locale, RedirectAttributes redirect) {
		var moved = new int[1];
		var errors = forms.run("reassign", binding, locale,
				() -> moved[0] = onDuty.reassign(new StaffId(Objects.requireNonNull(form.absent())),
						new StaffId(Objects.requireNonNull(form.onDuty())), Objects.requireNonNull(form.day())).size());
		if (!errors.any()) {
			redirect.addFlashAttribute("moved", moved[0]);
			return "redirect:/samtaler/vagtordning";
		}
		model.addAttribute("reassignErrors", errors);
		onDutyModel(model);
		return "contact/onduty";
	}

	private void slotsModel(Model model) {
		var me = organisation.signedIn();
		model.addAttribute("slots", slots.mine());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("leader", me.has(Role.TEAM_LEADER));
		var unitLimits = limits.of(me.unit());
		model.addAttribute("limits", unitLimits);
		putIfAbsent(model, "publishForm",
				new Publish(LocalDate.now(clock).plusDays(1).atTime(LocalTime.of(9, 0)), 30, 6, Channel.FYSISK, null));
		putIfAbsent(model, "limitsForm", new Limits(unitLimits.minNoticeHours(), unitLimits.maxDaysAhead(),
				unitLimits.maxRebookings(), unitLimits.version()));
		for (var name : List.of("publish", "withdraw", "limits")) {
			putIfAbsent(model, name + "Errors", forms.none(name));
		}
	}

	private void onDutyModel(Model model) {
		model.addAttribute("colleagues", choices.colleagues());
		putIfAbsent(model, "reassignForm", new Reassign(null, organisation.signedIn().id().value(), LocalDate.now(clock)));
		putIfAbsent(model, "reassignErrors", forms.none("reassign"));
	}

	private static void putIfAbsent(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

}
