package dk.jobvej.rehab.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;
import dk.jobvej.rehab.ConversationKind;
import dk.jobvej.rehab.ExtensionGround;
import dk.jobvej.rehab.SicknessCaseId;
import dk.jobvej.rehab.SicknessCloseReason;
import dk.jobvej.rehab.internal.RehabWorklists;
import dk.jobvej.rehab.internal.RehabWorklists.Scope;
import dk.jobvej.rehab.internal.SicknessWork;
import dk.jobvej.rehab.internal.SicknessWork.NewSicknessCase;
import dk.jobvej.rehab.internal.SicknessWork.Step;
import dk.jobvej.rehab.internal.TeamCases;
import dk.jobvej.rehab.web.RehabRequests.Close;
import dk.jobvej.rehab.web.RehabRequests.EarlyRequest;
import dk.jobvej.rehab.web.RehabRequests.Extend;
import dk.jobvej.rehab.web.RehabRequests.HoldConversation;
import dk.jobvej.rehab.web.RehabRequests.OpenSickness;
import dk.jobvej.rehab.web.RehabRequests.PartialReturn;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
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
 * Sygedagpengehuset's pages: the follow-up worklist (/sygedagpenge), registering a sick-listed
 * citizen (/sygedagpenge/ny), the case (/sygedagpenge/{id}) with its forms, and the retention per
 * company (/sygedagpenge/virksomheder).
 */
@Controller
class SicknessPages {

	private static final String CASE = "rehab/sickness";

	/** How many steps the step-up plan form offers. */
	static final int STEP_ROWS = 5;

	private final SicknessWork work;

	private final RehabWorklists worklists;

	private final TeamCases cases;

	private final Organisation organisation;

	private final RehabForms forms;

	private final Clock clock;

	SicknessPages(SicknessWork work, RehabWorklists worklists, TeamCases cases, Organisation organisation, RehabForms forms,
			Clock clock) {
		this.work = work;
		this.worklists = worklists;
		this.cases = cases;
		this.organisation = organisation;
		this.forms = forms;
		this.clock = clock;
	}

	@GetMapping("/sygedagpenge")
	String worklist(@RequestParam(name = "liste", defaultValue = "mine") String list, Model model) {
		var leader = organisation.signedIn().has(Role.TEAM_LEADER);
		var unit = leader && "enhed".equals(list);
		model.addAttribute("leader", leader);
		model.addAttribute("list", unit ? "enhed" : "mine");
		model.addAttribute("rows", worklists.sickness(unit ? Scope.UNIT : Scope.MINE));
		model.addAttribute("today", LocalDate.now(clock));
		return "rehab/sickness-list";
	}

	@GetMapping("/sygedagpenge/ny")
	String newCase(@RequestParam(name = "borger", required = false) @Nullable UUID citizen, Model model) {
		newModel(new OpenSickness(citizen, null, true, null, null, null, null, null), citizen, forms.none("sickness"),
				model);
		return "rehab/sickness-new";
	}

	@PostMapping("/sygedagpenge/ny")
	String register(@Valid @ModelAttribute("form") OpenSickness form, BindingResult binding, Model model,
			Locale locale) {
		var created = new SicknessCaseId[1];
		var errors = forms.run("sickness", binding, locale, () -> created[0] = work.register(new NewSicknessCase(
				new CitizenId(Objects.requireNonNull(form.citizen())), Objects.requireNonNull(form.firstAbsenceDay()),
				Boolean.TRUE.equals(form.employed()), form.cvr(), form.companyName(), form.expectedWeeks(),
				form.earlyRequestOn(), form.caseworker() == null ? null : new StaffId(form.caseworker()))));
		if (!errors.any()) {
			return "redirect:/sygedagpenge/" + created[0];
		}
		newModel(form, null, errors, model);
		return "rehab/sickness-new";
	}

	private void newModel(OpenSickness form, @Nullable UUID given, FormErrors errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("choices", cases.choices(given == null ? null : new CitizenId(given)));
	}

	@GetMapping("/sygedagpenge/{id:[0-9a-fA-F-]{36}}")
	String view(@PathVariable UUID id, Model model) {
		caseModel(new SicknessCaseId(id), model);
		return CASE;
	}

	@PostMapping("/sygedagpenge/{id}/samtaler")
	String conversation(@PathVariable UUID id, @Valid @ModelAttribute("conversationForm") HoldConversation form,
			BindingResult binding, Model model, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		var errors = forms.run("conversation", binding, locale, () -> work.holdConversation(new SicknessCaseId(id),
				Objects.requireNonNull(form.kind()), Objects.requireNonNull(form.heldOn()), form.note(), form.version()));
		return answer(new SicknessCaseId(id), "conversationErrors", errors, model, htmx);
	}

	@PostMapping("/sygedagpenge/{id}/delvis-raskmelding")
	String partial(@PathVariable UUID id, @Valid @ModelAttribute("partialForm") PartialReturn form,
			BindingResult binding, Model model, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		var errors = forms.run("partial", binding, locale, () -> work.returnPartly(new SicknessCaseId(id),
				Objects.requireNonNull(form.from()), Objects.requireNonNull(form.hoursPerWeek()), form.version()));
		return answer(new SicknessCaseId(id), "partialErrors", errors, model, htmx);
	}

	/** The step-up form: rows of a day and hours; rows left empty are skipped. */
	record StepUpForm(@Nullable LocalDate[] from, @Nullable Integer[] hours, @Nullable Integer version) {
	}

	@PostMapping("/sygedagpenge/{id}/optrapningsplan")
	String stepUp(@PathVariable UUID id, @ModelAttribute("stepUpForm") StepUpForm form, BindingResult binding,
			Model model, Locale locale, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		var steps = new ArrayList<Step>();
		var days = form.from() == null ? new LocalDate[0] : form.from();
		var hours = form.hours() == null ? new Integer[0] : form.hours();
		for (var i = 0; i < Math.min(days.length, hours.length); i++) {
			if (days[i] != null && hours[i] != null) {
				steps.add(new Step(days[i], hours[i]));
			}
		}
		var errors = forms.run("stepUp", binding, locale,
				() -> work.planStepUp(new SicknessCaseId(id), steps, form.version()));
		return answer(new SicknessCaseId(id), "stepUpErrors", errors, model, htmx);
	}

	@PostMapping("/sygedagpenge/{id}/forlaengelse")
	String extend(@PathVariable UUID id, @Valid @ModelAttribute("extendForm") Extend form, BindingResult binding,
			Model model, Locale locale, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		var errors = forms.run("extend", binding, locale, () -> work.extend(new SicknessCaseId(id),
				Objects.requireNonNull(form.ground()), Objects.requireNonNull(form.until()), form.note(), form.version()));
		return answer(new SicknessCaseId(id), "extendErrors", errors, model, htmx);
	}

	@PostMapping("/sygedagpenge/{id}/tidlig-opfoelgning")
	String early(@PathVariable UUID id, @Valid @ModelAttribute("earlyForm") EarlyRequest form, BindingResult binding,
			Model model, Locale locale, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		var errors = forms.run("early", binding, locale, () -> work.requestEarlyFollowUp(new SicknessCaseId(id),
				Objects.requireNonNull(form.on()), form.version()));
		return answer(new SicknessCaseId(id), "earlyErrors", errors, model, htmx);
	}

	@PostMapping("/sygedagpenge/{id}/afslut")
	String close(@PathVariable UUID id, @Valid @ModelAttribute("closeForm") Close form, BindingResult binding,
			Model model, Locale locale, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		var errors = forms.run("close", binding, locale, () -> work.close(new SicknessCaseId(id),
				Objects.requireNonNull(form.on()), Objects.requireNonNull(form.reason()), form.version()));
		return answer(new SicknessCaseId(id), "closeErrors", errors, model, htmx);
	}

	@GetMapping("/sygedagpenge/virksomheder")
	String companies(Model model) {
		model.addAttribute("companies", worklists.companies());
		return "rehab/companies";
	}

	private String answer(SicknessCaseId id, String errorsName, FormErrors errors, Model model, @Nullable String htmx) {
		if (!errors.any() && htmx == null) {
			return "redirect:/sygedagpenge/" + id;
		}
		caseModel(id, model);
		model.addAttribute(errorsName, errors);
		return htmx != null ? CASE + " :: case" : CASE;
	}

	private void caseModel(SicknessCaseId id, Model model) {
		model.addAttribute("view", work.view(id, "sickness-case-page"));
		model.addAttribute("kinds", ConversationKind.values());
		model.addAttribute("grounds", ExtensionGround.values());
		model.addAttribute("closeReasons", SicknessCloseReason.values());
		model.addAttribute("stepRows", STEP_ROWS);
		model.addAttribute("today", LocalDate.now(clock));
		for (var name : new String[] { "conversationErrors", "partialErrors", "stepUpErrors", "extendErrors",
				"earlyErrors", "closeErrors" }) {
			if (!model.containsAttribute(name)) {
				model.addAttribute(name, forms.none(name.replace("Errors", "")));
			}
		}
	}

}
