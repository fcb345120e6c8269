package dk.jobvej.smalljobs.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.smalljobs.internal.Bureaus;
import dk.jobvej.smalljobs.internal.GoalBoard;
import dk.jobvej.smalljobs.internal.Invoicing;
import dk.jobvej.smalljobs.internal.Referrals;
import dk.jobvej.smalljobs.internal.Tasks;
import dk.jobvej.smalljobs.web.SmallJobsRequests.Hours;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The bureau's pages (partner): reported tasks to confirm, the referred citizens (each read audited),
 * a citizen's small jobs with the weekly hours, the invoices; the goal (partner and leader); and the
 * caseworker's referral of a citizen to a bureau.
 */
@Controller
class BureauPages {

	private final Bureaus bureaus;

	private final Tasks tasks;

	private final Referrals referrals;

	private final Invoicing invoicing;

	private final GoalBoard goals;

	private final MessageSource messages;

	private final Clock clock;

	BureauPages(Bureaus bureaus, Tasks tasks, Referrals referrals, Invoicing invoicing, GoalBoard goals,
			MessageSource messages, Clock clock) {
		this.bureaus = bureaus;
		this.tasks = tasks;
		this.referrals = referrals;
		this.invoicing = invoicing;
		this.goals = goals;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/smaajob/bureau")
	String bureau(Model model) {
		model.addAttribute("errors", FormErrors.none("decision"));
		return bureauPage(model);
	}

	@PostMapping("/smaajob/opgaver/{id}/bekraeft")
	String decide(@PathVariable UUID id, @RequestParam(defaultValue = "true") boolean confirm, Model model,
			Locale locale) {
		try {
			tasks.decide(id, confirm);
			return "redirect:/smaajob/bureau?besluttet";
		}
		catch (RuleViolation violation) {
			model.addAttribute("errors", FormErrors.of("decision", violation, messages, locale));
			return bureauPage(model);
		}
	}

	@GetMapping("/smaajob/henvisninger/{id}")
	String referral(@PathVariable UUID id, Model model) {
		model.addAttribute("errors", FormErrors.none("hours"));
		return referralPage(id, model);
	}

	@PostMapping("/smaajob/ansaettelser/{id}/timer")
	String hours(@PathVariable UUID id, @Valid @ModelAttribute("form") Hours form, BindingResult binding, Model model,
			Locale locale) {
		var employment = referrals.employmentOfBureau(id);
		if (binding.hasErrors()) {
			model.addAttribute("errors", FormErrors.of("hours", binding, messages, locale));
			return referralPage(employment.referral(), model);
		}
		try {
			referrals.registerHours(id, Objects.requireNonNull(form.week()), Objects.requireNonNull(form.hours()));
			return "redirect:/smaajob/henvisninger/" + employment.referral() + "?registreret";
		}
		catch (RuleViolation violation) {
			model.addAttribute("errors", FormErrors.of("hours", violation, messages, locale));
			return referralPage(employment.referral(), model);
		}
	}

	@PostMapping("/smaajob/henvisninger/{id}/modning")
	String mature(@PathVariable UUID id, @Valid @ModelAttribute("form") SmallJobsRequests.StartMaturing form,
			BindingResult binding, Model model, Locale locale) {
		return act(id, binding, model, locale, () -> referrals.startMaturing(id, Objects.requireNonNull(form.from())));
	}

	@PostMapping("/smaajob/henvisninger/{id}/ansaet")
	String employ(@PathVariable UUID id, @Valid @ModelAttribute("form") SmallJobsRequests.Employ form,
			BindingResult binding, Model model, Locale locale) {
		return act(id, binding, model, locale, () -> referrals.employ(id, Objects.requireNonNull(form.task()),
				Objects.requireNonNull(form.from()), Objects.requireNonNull(form.hoursPerWeek())));
	}

	@PostMapping("/smaajob/ansaettelser/{id}/afslut")
	String end(@PathVariable UUID id, @Valid @ModelAttribute("form") SmallJobsRequests.End form, BindingResult binding,
			Model model, Locale locale) {
		var employment = referrals.employmentOfBureau(id);
		return act(employment.referral(), binding, model, locale,
				() -> referrals.end(id, Objects.requireNonNull(form.on()), Objects.requireNonNull(form.reason())));
	}

	@PostMapping("/smaajob/fakturaer")
	String issue(@RequestParam(defaultValue = "") String month, Model model, Locale locale) {
		try {
			var issued = invoicing.issue(SmallJobsApi.month(month));
			return "redirect:/smaajob/bureau?fakturaer=" + issued.size();
		}
		catch (RuleViolation violation) {
			model.addAttribute("errors", FormErrors.of("invoice", violation, messages, locale));
			return bureauPage(model);
		}
	}

	/** Runs an action on a referral and returns to its page, or shows the page with what was wrong. */
	private String act(UUID referral, BindingResult binding, Model model, Locale locale, Runnable action) {
		if (binding.hasErrors()) {
			model.addAttribute("errors", FormErrors.of("action", binding, messages, locale));
			return referralPage(referral, model);
		}
		try {
			action.run();
			return "redirect:/smaajob/henvisninger/" + referral + "?gemt";
		}
		catch (RuleViolation violation) {
			model.addAttribute("errors", FormErrors.of("action", violation, messages, locale));
			return referralPage(referral, model);
		}
	}

	@GetMapping("/smaajob/fakturaer/{id}")
	@ResponseBody
	ResponseEntity<byte[]> invoice(@PathVariable UUID id) {
		return InvoiceDocuments.response(invoicing.document(id));
	}

	@GetMapping("/smaajob/maal")
	String goal(@RequestParam(name = "aar", required = false) @Nullable Integer year, Model model) {
		var shown = year == null || year < 2000 || year > 2100 ? LocalDate.now(clock).getYear() : year;
		model.addAttribute("progress", goals.year(shown));
		return "smalljobs/goal";
	}

	@GetMapping("/smaajob/henvis/{id}")
	String referForm(@PathVariable UUID id, Model model) {
		model.addAttribute("errors", FormErrors.none("referral"));
		return referPage(id, model);
	}

	@PostMapping("/smaajob/henvis/{id}")
	String refer(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID bureau,
			@RequestParam(defaultValue = "") String note, Model model, Locale locale) {
		try {
			if (bureau == null) {
				throw new RuleViolation("bureau", "smalljobs.validation.required");
			}
			if (note.length() > 2000) {
				throw new RuleViolation("note", "smalljobs.validation.tooLong");
			}
			referrals.refer(new CitizenId(id), bureau, note);
			return "redirect:/borgere/" + id + "?henvist";
		}
		catch (RuleViolation violation) {
			model.addAttribute("errors", FormErrors.of("referral", violation, messages, locale));
			return referPage(id, model);
		}
	}

	private String referPage(UUID citizen, Model model) {
		model.addAttribute("citizen", citizen);
		model.addAttribute("bureaus", bureaus.ofMunicipality());
		return "smalljobs/refer";
	}

	private String bureauPage(Model model) {
		var bureau = bureaus.signedInBureau();
		model.addAttribute("bureau", bureau);
		model.addAttribute("tasks", tasks.list(bureau));
		model.addAttribute("referrals", referrals.list());
		model.addAttribute("invoices", invoicing.list());
		model.addAttribute("lastMonth", java.time.YearMonth.now(clock).minusMonths(1).toString());
		return "smalljobs/bureau";
	}

	private String referralPage(UUID id, Model model) {
		var referral = referrals.view(id);
		model.addAttribute("referral", referral);
		model.addAttribute("employments", referrals.employments(id).stream()
			.map(employment -> new SmallJobsApi.EmploymentView(employment, referrals.hours(employment.id())))
			.toList());
		model.addAttribute("thisWeek", LocalDate.now(clock));
		model.addAttribute("confirmedTasks", tasks.list(bureaus.signedInBureau())
			.stream()
			.filter(task -> task.status() == dk.jobvej.smalljobs.internal.TaskStatus.CONFIRMED)
			.toList());
		model.addAttribute("endReasons", java.util.List.of(dk.jobvej.smalljobs.internal.EndReason.DIRECT_HIRE,
				dk.jobvej.smalljobs.internal.EndReason.COMPLETED, dk.jobvej.smalljobs.internal.EndReason.STOPPED));
		model.addAttribute("zero", BigDecimal.ZERO);
		return "smalljobs/referral";
	}

}
