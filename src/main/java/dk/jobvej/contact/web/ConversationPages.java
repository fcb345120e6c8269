package dk.jobvej.contact.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.contact.Channel;
import dk.jobvej.contact.ConversationId;
import dk.jobvej.contact.ConversationKind;
import dk.jobvej.contact.internal.Absences;
import dk.jobvej.contact.internal.Bookings;
import dk.jobvej.contact.internal.ConversationViews;
import dk.jobvej.contact.internal.Notifications;
import dk.jobvej.contact.internal.Outcomes;
import dk.jobvej.contact.web.ContactRequests.Absence;
import dk.jobvej.contact.web.ContactRequests.Address;
import dk.jobvej.contact.web.ContactRequests.Book;
import dk.jobvej.contact.web.ContactRequests.Cancel;
import dk.jobvej.contact.web.ContactRequests.Held;
import dk.jobvej.contact.web.ContactRequests.Job;
import dk.jobvej.contact.web.ContactRequests.Jobs;
import dk.jobvej.contact.web.ContactRequests.NoShow;
import dk.jobvej.contact.web.ContactRequests.Participant;
import dk.jobvej.contact.web.ContactRequests.UnplannedForm;

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
 * The citizen's contact course page ({@code /samtaler/borger/{id}}: due status, booking, absences,
 * e-mail) and the conversation page ({@code /samtaler/{id}}: change, jobs, outcome). Forms post
 * normally; a success redirects, a refusal shows the page again with the errors next to the fields.
 */
@Controller
class ConversationPages {

	private static final String COURSE = "contact/course";

	private static final String CONVERSATION = "contact/conversation";

	private final ConversationViews views;

	private final Bookings bookings;

	private final Outcomes outcomes;

	private final Absences absences;

	private final Notifications notifications;

	private final Forms forms;

	private final Choices choices;

	private final Clock clock;

	ConversationPages(ConversationViews views, Bookings bookings, Outcomes outcomes, Absences absences,
			Notifications notifications, Forms forms, Choices choices, Clock clock) {
		this.views = views;
		this.bookings = bookings;
		this.outcomes = outcomes;
		this.absences = absences;
		this.notifications = notifications;
		this.forms = forms;
		this.choices = choices;
		this.clock = clock;
	}

	@GetMapping("/samtaler/borger/{citizen}")
	String course(@PathVariable UUID citizen, Model model) {
		courseModel(citizen, model);
		return COURSE;
	}

	@PostMapping("/samtaler/borger/{citizen}")
	String book(@PathVariable UUID citizen, @Valid @ModelAttribute("bookForm") Book form, BindingResult binding,
			Model model, Locale locale) {
		var booked = new ConversationId[1];
		var errors = forms.run("book", binding, locale, () -> booked[0] = bookings.book(form.toRequest(citizen)));
		if (!errors.any()) {
			return "redirect:/samtaler/" + booked[0];
		}
		model.addAttribute("bookErrors", errors);
		courseModel(citizen, model);
		return COURSE;
	}

	@PostMapping("/samtaler/borger/{citizen}/uplanlagt")
	String unplanned(@PathVariable UUID citizen, @Valid @ModelAttribute("unplannedForm") UnplannedForm form,
			BindingResult binding, Model model, Locale locale) {
		var recorded = new ConversationId[1];
		var errors = forms.run("unplanned", binding, locale,
				() -> recorded[0] = bookings.unplanned(form.toRequest(citizen), Objects.requireNonNull(form.summary()),
						List.of()));
		if (!errors.any()) {
			return "redirect:/samtaler/" + recorded[0];
		}
		model.addAttribute("unplannedErrors", errors);
		courseModel(citizen, model);
		return COURSE;
	}

	@PostMapping("/samtaler/borger/{citizen}/fravaer")
	String absence(@PathVariable UUID citizen, @Valid @ModelAttribute("absenceForm") Absence form,
			BindingResult binding, Model model, Locale locale) {
		var errors = forms.run("absence", binding, locale, () -> absences.register(new CitizenId(citizen),
				Objects.requireNonNull(form.type()), Objects.requireNonNull(form.from()), form.to(), form.note()));
		if (!errors.any()) {
			return "redirect:/samtaler/borger/" + citizen + "#fravaer";
		}
		model.addAttribute("absenceErrors", errors);
		courseModel(citizen, model);
		return COURSE;
	}

	@PostMapping("/samtaler/borger/{citizen}/email")
	String email(@PathVariable UUID citizen, @Valid @ModelAttribute("emailForm") Address form, BindingResult binding,
			Model model, Locale locale) {
		var errors = forms.run("email", binding, locale,
				() -> notifications.address(new CitizenId(citizen), Objects.requireNonNull(form.email())));
		if (!errors.any()) {
			return "redirect:/samtaler/borger/" + citizen + "#email";
		}
		model.addAttribute("emailErrors", errors);
		courseModel(citizen, model);
		return COURSE;
	}

	@GetMapping("/samtaler/{id:[0-9a-fA-F-]{36}}")
	String conversation(@PathVariable UUID id, Model model) {
		conversationModel(id, model);
		return CONVERSATION;
	}

	@PostMapping("/samtaler/{id}")
	String change(@PathVariable UUID id, @Valid @ModelAttribute("changeForm") Book form, BindingResult binding,
			Model model, Locale locale) {
		var current = views.view(new ConversationId(id), "conversation-page");
		return answer(id, "change", forms.run("change", binding, locale,
				() -> bookings.change(new ConversationId(id), form.toRequest(current.citizen().value()), form.version())),
				model);
	}

	@PostMapping("/samtaler/{id}/afholdt")
	String held(@PathVariable UUID id, @Valid @ModelAttribute("heldForm") Held form, BindingResult binding, Model model,
			Locale locale, RedirectAttributes flash) {
		return answer(id, "held", forms.run("held", binding, locale,
				() -> outcomes
					.held(new ConversationId(id), Objects.requireNonNull(form.summary()),
							form.presentedSuggestions() == null ? List.of() : form.presentedSuggestions(), form.typedIn(),
							form.version())
					.ifPresent(code -> flash.addFlashAttribute("surveyCode", code))),
				model);
	}

	@PostMapping("/samtaler/{id}/aflyst")
	String cancel(@PathVariable UUID id, @Valid @ModelAttribute("cancelForm") Cancel form, BindingResult binding,
			Model model, Locale locale) {
		return answer(id, "cancel", forms.run("cancel", binding, locale, () -> outcomes
			.cancel(new ConversationId(id), Objects.requireNonNull(form.by()), form.reason(), form.version())), model);
	}

	@PostMapping("/samtaler/{id}/udeblevet")
	String noShow(@PathVariable UUID id, @Valid @ModelAttribute("noShowForm") NoShow form, BindingResult binding,
			Model model, Locale locale) {
		var opened = new UUID[1];
		var errors = forms.run("noShow", binding, locale,
				() -> opened[0] = outcomes.noShow(new ConversationId(id), Objects.requireNonNull(form.reason()),
						Objects.requireNonNull(form.validReason()), form.version()));
		if (!errors.any() && opened[0] != null) {
			return "redirect:/raadighed/" + opened[0];
		}
		return answer(id, "noShow", errors, model);
	}

	@PostMapping("/samtaler/{id}/job")
	String jobs(@PathVariable UUID id, @Valid @ModelAttribute("jobsForm") Jobs form, BindingResult binding, Model model,
			Locale locale) {
		return answer(id, "jobs", forms.run("jobs", binding, locale, () -> outcomes.suggest(new ConversationId(id),
				Objects.requireNonNull(form.jobs()).stream().filter(job -> job.title() != null && !job.title().isBlank())
					.map(Job::toJob).toList())),
				model);
	}

	private String answer(UUID id, String prefix, FormErrors errors, Model model) {
		if (!errors.any()) {
			return "redirect:/samtaler/" + id;
		}
		if (errors.conflict()) {
			model.asMap().keySet().removeIf(key -> key.endsWith("Form") || key.startsWith(BindingResult.MODEL_KEY_PREFIX));
		}
		model.addAttribute(prefix + "Errors", errors);
		conversationModel(id, model);
		return CONVERSATION;
	}

	private void courseModel(UUID citizen, Model model) {
		var course = views.course(new CitizenId(citizen));
		model.addAttribute("course", course);
		model.addAttribute("citizenId", citizen);
		model.addAttribute("zone", clock.getZone());
		choices.addTo(model);
		model.addAttribute("colleagues", choices.colleagues());
		model.addAttribute("absenceTypes", absences.types());
		var tomorrow = LocalDate.now(clock).plusDays(1).atTime(LocalTime.of(10, 0));
		putIfAbsent(model, "bookForm", new Book(citizen, null, ConversationKind.JOBSAMTALE, Channel.FYSISK, tomorrow, 45,
				null, null, List.of(new Participant(null, null), new Participant(null, null)), null));
		putIfAbsent(model, "unplannedForm", new UnplannedForm(ConversationKind.JOBSAMTALE, Channel.TELEFON,
				java.time.LocalDateTime.now(clock).withSecond(0).withNano(0), 15, null));
		putIfAbsent(model, "absenceForm", new Absence(null, LocalDate.now(clock), null, null));
		putIfAbsent(model, "emailForm", new Address(course.email()));
		for (var name : List.of("book", "unplanned", "absence", "email")) {
			putIfAbsent(model, name + "Errors", forms.none(name));
		}
	}

	private void conversationModel(UUID id, Model model) {
		var view = views.view(new ConversationId(id), "conversation-page");
		model.addAttribute("view", view);
		choices.addTo(model);
		var participants = new ArrayList<Participant>();
		view.participants().forEach(p -> participants.add(new Participant(p.role(), p.name())));
		participants.add(new Participant(null, null));
		putIfAbsent(model, "changeForm", new Book(view.citizen().value(), view.caseworker().value(), view.kind(),
				view.channel(), view.startsAt().toLocalDateTime(), (int) view.durationMinutes(), view.place(),
				view.agenda(), participants, view.version()));
		putIfAbsent(model, "heldForm", new Held(null, List.of(), emptyJobs(3), view.version()));
		putIfAbsent(model, "cancelForm", new Cancel(null, null, view.version()));
		putIfAbsent(model, "noShowForm", new NoShow(null, null, view.version()));
		putIfAbsent(model, "jobsForm", new Jobs(emptyJobs(2)));
		for (var name : List.of("change", "held", "cancel", "noShow", "jobs")) {
			putIfAbsent(model, name + "Errors", forms.none(name));
		}
	}

	static List<Job> emptyJobs(int rows) {
		var jobs = new ArrayList<Job>();
		for (var i = 0; i < rows; i++) {
			jobs.add(new Job(null, null));
		}
		return jobs;
	}

	private static void putIfAbsent(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

}
