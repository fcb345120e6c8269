package dk.jobvej.youth.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;
import dk.jobvej.youth.EducationOrderId;
import dk.jobvej.youth.OrderEndReason;
import dk.jobvej.youth.OrderStep;
import dk.jobvej.youth.internal.OrderWork;
import dk.jobvej.youth.internal.YouthWorklists;
import dk.jobvej.youth.internal.YouthWorklists.Scope;
import dk.jobvej.youth.web.YouthRequests.Advance;
import dk.jobvej.youth.web.YouthRequests.End;
import dk.jobvej.youth.web.YouthRequests.IssueOrder;
import dk.jobvej.youth.web.YouthRequests.Revise;

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
 * The education-order pages of Uddannelseshuset: the worklist with overdue steps and, for
 * leaders, the distribution over steps and the seniority figure (/unge); a new order
 * (/unge/paalaeg/ny); an order with its steps and forms (/unge/paalaeg/{id}).
 */
@Controller
class YouthPages {

	private static final String ORDER = "youth/order";

	private final OrderWork orders;

	private final YouthWorklists worklists;

	private final Organisation organisation;

	private final YouthForms forms;

	private final Clock clock;

	YouthPages(OrderWork orders, YouthWorklists worklists, Organisation organisation, YouthForms forms, Clock clock) {
		this.orders = orders;
		this.worklists = worklists;
		this.organisation = organisation;
		this.forms = forms;
		this.clock = clock;
	}

	@GetMapping("/unge")
	String worklist(@RequestParam(name = "liste", defaultValue = "mine") String list, Model model) {
		var leader = organisation.signedIn().has(Role.TEAM_LEADER);
		var unit = leader && "enhed".equals(list);
		model.addAttribute("leader", leader);
		model.addAttribute("list", unit ? "enhed" : "mine");
		model.addAttribute("orders", worklists.orders(unit ? Scope.UNIT : Scope.MINE));
		model.addAttribute("figures", leader ? worklists.figures() : null);
		model.addAttribute("steps", OrderStep.values());
		return "youth/worklist";
	}

	@GetMapping("/unge/paalaeg/ny")
	String newOrder(@RequestParam(name = "borger", required = false) @Nullable UUID citizen, Model model) {
		var today = LocalDate.now(clock);
		newModel(new IssueOrder(citizen, today, today.plusWeeks(4), false, null), citizen, forms.none("order"), model);
		return "youth/new-order";
	}

	@PostMapping("/unge/paalaeg/ny")
	String issue(@Valid @ModelAttribute("form") IssueOrder form, BindingResult binding, Model model, Locale locale) {
		var created = new EducationOrderId[1];
		var errors = forms.run("order", binding, locale, () -> created[0] = orders.issue(
				new CitizenId(Objects.requireNonNull(form.citizen())),
				form.issuedOn() == null ? LocalDate.now(clock) : form.issuedOn(),
				Objects.requireNonNull(form.deadline()), Boolean.TRUE.equals(form.noQualification()),
				form.caseworker() == null ? null : new StaffId(form.caseworker())));
		if (!errors.any()) {
			return "redirect:/unge/paalaeg/" + created[0];
		}
		newModel(form, null, errors, model);
		return "youth/new-order";
	}

	private void newModel(IssueOrder form, @Nullable UUID given, FormErrors errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("choices", orders.choices(given == null ? null : new CitizenId(given)));
	}

	@GetMapping("/unge/paalaeg/{id}")
	String order(@PathVariable UUID id, Model model) {
		orderModel(new EducationOrderId(id), model);
		return ORDER;
	}

	@PostMapping("/unge/paalaeg/{id}/trin")
	String advance(@PathVariable UUID id, @Valid @ModelAttribute("advanceForm") Advance form, BindingResult binding,
			Model model, Locale locale, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		var errors = forms.run("advance", binding, locale, () -> orders.advance(new EducationOrderId(id),
				Objects.requireNonNull(form.completedOn()), Objects.requireNonNull(form.deadline()),
				Objects.requireNonNull(form.education()), form.version()));
		return answer(new EducationOrderId(id), "advanceErrors", errors, model, htmx);
	}

	@PostMapping("/unge/paalaeg/{id}/frist")
	String revise(@PathVariable UUID id, @Valid @ModelAttribute("reviseForm") Revise form, BindingResult binding,
			Model model, Locale locale, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		var errors = forms.run("revise", binding, locale, () -> orders.revise(new EducationOrderId(id),
				Objects.requireNonNull(form.deadline()), form.version()));
		return answer(new EducationOrderId(id), "reviseErrors", errors, model, htmx);
	}

	@PostMapping("/unge/paalaeg/{id}/afslut")
	String end(@PathVariable UUID id, @Valid @ModelAttribute("endForm") End form, BindingResult binding, Model model,
			Locale locale, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		var errors = forms.run("end", binding, locale, () -> orders.end(new EducationOrderId(id),
				Objects.requireNonNull(form.on()), Objects.requireNonNull(form.reason()), form.version()));
		return answer(new EducationOrderId(id), "endErrors", errors, model, htmx);
	}

	private String answer(EducationOrderId id, String errorsName, FormErrors errors, Model model,
			@Nullable String htmx) {
		if (!errors.any() && htmx == null) {
			return "redirect:/unge/paalaeg/" + id;
		}
		orderModel(id, model);
		model.addAttribute(errorsName, errors);
		return htmx != null ? ORDER + " :: order" : ORDER;
	}

	private void orderModel(EducationOrderId id, Model model) {
		model.addAttribute("view", orders.view(id, "youth-order-page"));
		model.addAttribute("reasons", OrderEndReason.values());
		model.addAttribute("today", LocalDate.now(clock));
		for (var name : new String[] { "advanceErrors", "reviseErrors", "endErrors" }) {
			if (!model.containsAttribute(name)) {
				model.addAttribute(name, forms.none(name.replace("Errors", "")));
			}
		}
	}

}
