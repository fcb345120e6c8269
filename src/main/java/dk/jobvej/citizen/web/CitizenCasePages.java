package dk.jobvej.citizen.web;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import dk.jobvej.citizen.BenefitPeriodId;
import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.internal.CitizenCases;
import dk.jobvej.citizen.internal.CitizenJournal;
import dk.jobvej.citizen.web.CitizenRequests.Assign;
import dk.jobvej.citizen.web.CitizenRequests.ChangeVisitation;
import dk.jobvej.citizen.web.CitizenRequests.EndBenefit;
import dk.jobvej.citizen.web.CitizenRequests.StartBenefit;
import dk.jobvej.citizen.web.CitizenRequests.WriteNote;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;
import dk.jobvej.platform.RuleViolation;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The citizen's page (/borgere/{id}) and its small forms. Each form posts with htmx and gets its
 * section back; without JavaScript it posts normally and gets the whole page. Errors are shown
 * next to the field and in the form's error summary.
 */
@Controller
class CitizenCasePages {

	private static final String PAGE = "citizen/citizen";

	private final CitizenCases cases;

	private final CitizenJournal journal;

	private final MessageSource messages;

	private final AssignmentChoices choices;

	private final Organisation organisation;

	CitizenCasePages(CitizenCases cases, CitizenJournal journal, MessageSource messages, AssignmentChoices choices,
			Organisation organisation) {
		this.cases = cases;
		this.journal = journal;
		this.messages = messages;
		this.choices = choices;
		this.organisation = organisation;
	}

	@GetMapping("/borgere/{id:[0-9a-fA-F-]{36}}")
	String citizen(@PathVariable UUID id, Model model) {
		page(new CitizenId(id), model);
		return PAGE;
	}

	@PostMapping("/borgere/{id}/cpr")
	String revealCpr(@PathVariable UUID id, Model model,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		var citizen = new CitizenId(id);
		var cpr = cases.revealCpr(citizen);
		if (htmx != null) {
			model.addAttribute("id", citizen);
			model.addAttribute("revealedCpr", cpr);
			return PAGE + " :: cpr";
		}
		page(citizen, model);
		model.addAttribute("revealedCpr", cpr);
		return PAGE;
	}

	@PostMapping("/borgere/{id}/ydelser")
	String startBenefit(@PathVariable UUID id, @Valid @ModelAttribute("benefitForm") StartBenefit form,
			BindingResult binding, Model model, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		var errors = change("benefit", binding, locale, () -> cases.startBenefit(new CitizenId(id),
				Objects.requireNonNull(form.type()), Objects.requireNonNull(form.from()), form.to(), form.version()));
		return answer(new CitizenId(id), "benefitErrors", errors, model, htmx, "case");
	}

	@PostMapping("/borgere/{id}/ydelser/{periodId}/afslut")
	String endBenefit(@PathVariable UUID id, @PathVariable UUID periodId,
			@Valid @ModelAttribute("endForm") EndBenefit form, BindingResult binding, Model model, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		var errors = change("end-" + periodId, binding, locale, () -> {
			cases.endBenefit(new CitizenId(id), new BenefitPeriodId(periodId), Objects.requireNonNull(form.to()),
					form.version());
			return periodId;
		});
		model.addAttribute("endPeriod", periodId);
		return answer(new CitizenId(id), "endErrors", errors, model, htmx, "case");
	}

	@PostMapping("/borgere/{id}/visitation")
	String changeVisitation(@PathVariable UUID id, @Valid @ModelAttribute("visitationForm") ChangeVisitation form,
			BindingResult binding, Model model, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		var errors = change("visitation", binding, locale, () -> {
			cases.changeVisitation(new CitizenId(id), Objects.requireNonNull(form.category()),
					Objects.requireNonNull(form.reason()), form.version());
			return id;
		});
		return answer(new CitizenId(id), "visitationErrors", errors, model, htmx, "case");
	}

	/**
	 * Changes the citizen's unit and primary contact. A success reloads the whole page (htmx:
	 * {@code HX-Redirect}), since the caller may have moved the citizen out of their own reach.
	 */
	@PostMapping("/borgere/{id}/tildeling")
	@Nullable String assign(@PathVariable UUID id, @Valid @ModelAttribute("assignmentForm") Assign form,
			BindingResult binding, Model model, Locale locale, HttpServletResponse response,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		var errors = change("assignment", binding, locale, () -> {
			cases.assign(new CitizenId(id), new UnitId(Objects.requireNonNull(form.unit())),
					new StaffId(Objects.requireNonNull(form.primaryContact())), form.version());
			return id;
		});
		if (htmx != null && !errors.any()) {
			response.setHeader("HX-Redirect", "/borgere/" + id);
			return null;
		}
		return answer(new CitizenId(id), "assignmentErrors", errors, model, htmx, "person");
	}

	/** The primary contacts to choose from in a unit (htmx: the form's list follows the chosen unit). */
	@GetMapping("/borgere/kontaktpersoner")
	String contacts(@RequestParam(required = false) @Nullable UUID unit, Model model) {
		var me = organisation.signedIn();
		var chosen = unit == null ? me.unit() : new UnitId(unit);
		model.addAttribute("assignmentErrors", FormErrors.none("assignment"));
		model.addAttribute("contacts", choices.contacts(me.municipalityCode(), chosen, null));
		model.addAttribute("assignmentForm", new Assign(chosen.value(), null, null));
		return PAGE + " :: contacts";
	}

	@PostMapping("/borgere/{id}/journal")
	String writeNote(@PathVariable UUID id, @Valid @ModelAttribute("journalForm") WriteNote form,
			BindingResult binding, Model model, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		var errors = change("journal", binding, locale,
				() -> journal.write(new CitizenId(id), Objects.requireNonNull(form.text())));
		return answer(new CitizenId(id), "journalErrors", errors, model, htmx, "journal");
	}

	/** Runs a change unless the form is invalid; turns a refusal into the form's errors. */
	private FormErrors change(String prefix, BindingResult binding, Locale locale, Supplier<?> change) {
		if (binding.hasErrors()) {
			return FormErrors.of(prefix, binding, messages, locale);
		}
		try {
			change.get();
			return FormErrors.none(prefix);
		}
		catch (RuleViolation violation) {
			return FormErrors.of(prefix, violation, messages, locale);
		}
		catch (OptimisticLockingFailureException conflict) {
			return FormErrors.general(prefix, messages.getMessage("problem.conflict.detail", null, locale));
		}
	}

	/**
	 * The section (htmx) or the whole page, with the form's errors; a plain post that succeeded is
	 * redirected to the page (post/redirect/get). After a success or a conflict the forms start
	 * again from the current data (and version).
	 */
	private String answer(CitizenId id, String errorsName, FormErrors errors, Model model, @Nullable String htmx,
			String fragment) {
		if (htmx == null && !errors.any()) {
			return "redirect:/borgere/" + id;
		}
		if (!errors.any() || errors.conflict()) {
			model.asMap()
				.keySet()
				.removeIf(key -> key.endsWith("Form") || key.startsWith(BindingResult.MODEL_KEY_PREFIX));
		}
		page(id, model);
		model.addAttribute(errorsName, errors);
		return htmx != null ? PAGE + " :: " + fragment : PAGE;
	}

	private void page(CitizenId id, Model model) {
		var view = cases.view(id, "citizen-page");
		model.addAttribute("id", id);
		model.addAttribute("view", view);
		model.addAttribute("notes", journal.notes(id, "journal"));
		model.addAttribute("benefitTypes", BenefitType.values());
		putIfAbsent(model, "benefitForm", new StartBenefit(null, null, null, view.version()));
		putIfAbsent(model, "visitationForm", new ChangeVisitation(null, null, view.version()));
		putIfAbsent(model, "journalForm", new WriteNote(null));
		putIfAbsent(model, "assignmentForm", new Assign(view.unit().value(),
				view.primaryContact() == null ? null : view.primaryContact().value(), view.version()));
		var chosenUnit = ((Assign) model.getAttribute("assignmentForm")).unit();
		model.addAttribute("units", choices.units(view.municipalityCode()));
		model.addAttribute("contacts", choices.contacts(view.municipalityCode(),
				chosenUnit == null ? view.unit() : new UnitId(chosenUnit), view.primaryContact()));
		for (var name : new String[] { "benefitErrors", "visitationErrors", "journalErrors", "endErrors",
				"assignmentErrors" }) {
			putIfAbsent(model, name, FormErrors.none(name.replace("Errors", "")));
		}
	}

	private static void putIfAbsent(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

}
