package dk.jobvej.employer.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.employer.CompanySize;
import dk.jobvej.employer.VisitOutcome;
import dk.jobvej.employer.VisitPurpose;
import dk.jobvej.employer.internal.Commands.NewCompany;
import dk.jobvej.employer.internal.Commands.NewContact;
import dk.jobvej.employer.internal.Commands.NewVisit;
import dk.jobvej.employer.internal.Commands.NewWorkplace;
import dk.jobvej.employer.internal.CompanyRegistry;
import dk.jobvej.employer.internal.EmployerUsers;
import dk.jobvej.employer.internal.Views.CompanySummary;
import dk.jobvej.employer.web.EmployerRequests.AddContact;
import dk.jobvej.employer.web.EmployerRequests.AddWorkplace;
import dk.jobvej.employer.web.EmployerRequests.CreateCompany;
import dk.jobvej.employer.web.EmployerRequests.CreatePortalUser;
import dk.jobvej.employer.web.EmployerRequests.RecordVisit;
import dk.jobvej.employer.web.EmployerRequests.Search;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.platform.RuleViolation;

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
 * The companies' pages: the consultant's own companies and the search (/virksomheder),
 * registering a company (/virksomheder/ny), and a company's page with its P-numbers, contacts,
 * visits, vacancies, placements and employer-portal logins (/virksomheder/{id}).
 */
@Controller
class CompanyPages {

	static final String UUID_PATTERN = "{id:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}";

	private static final List<String> SECTIONS = List.of("workplace", "contact", "visit", "portal");

	private final CompanyRegistry companies;

	private final EmployerUsers users;

	private final Organisation organisation;

	private final MessageSource messages;

	CompanyPages(CompanyRegistry companies, EmployerUsers users, Organisation organisation, MessageSource messages) {
		this.companies = companies;
		this.users = users;
		this.organisation = organisation;
		this.messages = messages;
	}

	@GetMapping("/virksomheder")
	String companies(Model model) {
		model.addAttribute("mine", companies.mine());
		model.addAttribute("search", new Search(null));
		model.addAttribute("searchErrors", FormErrors.none("search"));
		model.addAttribute("consultant", organisation.signedIn().has(Role.COMPANY_CONSULTANT));
		return "employer/companies";
	}

	@PostMapping("/virksomheder/soeg")
	String search(@Valid @ModelAttribute("search") Search search, BindingResult binding, Model model, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		var errors = binding.hasErrors() ? FormErrors.of("search", binding, messages, locale) : FormErrors.none("search");
		List<CompanySummary> results = errors.any() ? List.of() : companies.search(Objects.toString(search.q(), ""));
		model.addAttribute("results", results);
		model.addAttribute("searched", !errors.any());
		model.addAttribute("searchErrors", errors);
		if (htmx != null) {
			return "employer/companies :: results";
		}
		model.addAttribute("mine", companies.mine());
		model.addAttribute("consultant", organisation.signedIn().has(Role.COMPANY_CONSULTANT));
		return "employer/companies";
	}

	@GetMapping("/virksomheder/ny")
	String newCompany(Model model) {
		model.addAttribute("form", new CreateCompany(null, null, null, CompanySize.SMALL, null, null, null, null));
		model.addAttribute("errors", FormErrors.none("company"));
		return newCompanyPage(model);
	}

	@PostMapping("/virksomheder/ny")
	String register(@Valid @ModelAttribute("form") CreateCompany form, BindingResult binding, Model model,
			Locale locale) {
		if (binding.hasErrors()) {
			model.addAttribute("errors", FormErrors.of("company", binding, messages, locale));
			return newCompanyPage(model);
		}
		try {
			var id = companies.register(new NewCompany(Objects.requireNonNull(form.cvr()),
					Objects.requireNonNull(form.name()), Objects.requireNonNull(form.branch()),
					Objects.requireNonNull(form.size()), Objects.requireNonNull(form.street()),
					Objects.requireNonNull(form.postcode()), Objects.requireNonNull(form.city()), form.consultant()));
			return "redirect:/virksomheder/" + id;
		}
		catch (RuleViolation violation) {
			model.addAttribute("errors", FormErrors.of("company", violation, messages, locale));
			return newCompanyPage(model);
		}
	}

	@GetMapping("/virksomheder/" + UUID_PATTERN)
	String company(@PathVariable UUID id, Model model) {
		return companyPage(id, null, FormErrors.none("none"), model);
	}

	@PostMapping("/virksomheder/{id}/p-numre")
	String addWorkplace(@PathVariable UUID id, @Valid @ModelAttribute("workplace") AddWorkplace form,
			BindingResult binding, Model model, Locale locale) {
		return change(id, "workplace", binding, model, locale,
				() -> companies.addWorkplace(id, new NewWorkplace(Objects.requireNonNull(form.pNumber()),
						Objects.requireNonNull(form.name()), Objects.requireNonNull(form.street()),
						Objects.requireNonNull(form.postcode()), Objects.requireNonNull(form.city())), form.version()));
	}

	@PostMapping("/virksomheder/{id}/kontaktpersoner")
	String addContact(@PathVariable UUID id, @Valid @ModelAttribute("contact") AddContact form, BindingResult binding,
			Model model, Locale locale) {
		return change(id, "contact", binding, model, locale,
				() -> companies.addContact(id, new NewContact(Objects.requireNonNull(form.name()),
						CompanyApi.orEmpty(form.title()), Objects.requireNonNull(form.email()),
						CompanyApi.orEmpty(form.phone())), form.version()));
	}

	@PostMapping("/virksomheder/{id}/besoeg")
	String recordVisit(@PathVariable UUID id, @Valid @ModelAttribute("visit") RecordVisit form, BindingResult binding,
			Model model, Locale locale) {
		return change(id, "visit", binding, model, locale,
				() -> companies.recordVisit(id, new NewVisit(Objects.requireNonNull(form.visitedOn()),
						Objects.requireNonNull(form.purpose()), Objects.requireNonNull(form.outcome()),
						CompanyApi.orEmpty(form.note()))));
	}

	@PostMapping("/virksomheder/{id}/portaladgang")
	String createPortalUser(@PathVariable UUID id, @Valid @ModelAttribute("portal") CreatePortalUser form,
			BindingResult binding, Model model, Locale locale) {
		return change(id, "portal", binding, model, locale, () -> users.create(id, Objects.requireNonNull(form.name()),
				Objects.requireNonNull(form.email()), Objects.requireNonNull(form.password())));
	}

	/** Runs a change of one section's form: back to the page with "saved", or the page with that form's errors. */
	private String change(UUID id, String section, BindingResult binding, Model model, Locale locale, Runnable work) {
		if (binding.hasErrors()) {
			return companyPage(id, section, FormErrors.of(section, binding, messages, locale), model);
		}
		try {
			work.run();
			return "redirect:/virksomheder/" + id + "?gemt=" + section + "#" + section;
		}
		catch (RuleViolation violation) {
			return companyPage(id, section, FormErrors.of(section, violation, messages, locale), model);
		}
		catch (OptimisticLockingFailureException conflict) {
			return companyPage(id, section,
					FormErrors.general(section, messages.getMessage("employer.form.conflict", null, locale)), model);
		}
	}

	private String companyPage(UUID id, @Nullable String failed, FormErrors errors, Model model) {
		var company = companies.view(id);
		model.addAttribute("company", company);
		model.addAttribute("branchName", messages.getMessage("employer.branch." + company.branch(), null,
				org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		for (var section : SECTIONS) {
			model.addAttribute(section + "Errors", section.equals(failed) ? errors : FormErrors.none(section));
		}
		if (!model.containsAttribute("workplace") || !"workplace".equals(failed)) {
			model.addAttribute("workplace", new AddWorkplace(null, company.name(), company.street(), company.postcode(),
					company.city(), company.version()));
		}
		if (!model.containsAttribute("contact") || !"contact".equals(failed)) {
			model.addAttribute("contact", new AddContact(null, null, null, null, company.version()));
		}
		if (!model.containsAttribute("visit") || !"visit".equals(failed)) {
			model.addAttribute("visit", new RecordVisit(null, VisitPurpose.REKRUTTERING, VisitOutcome.VACANCY_RECEIVED, null));
		}
		if (!model.containsAttribute("portal") || !"portal".equals(failed)) {
			model.addAttribute("portal", new CreatePortalUser(null, null, null));
		}
		model.addAttribute("purposes", VisitPurpose.values());
		model.addAttribute("outcomes", VisitOutcome.values());
		model.addAttribute("consultant", organisation.signedIn().has(Role.COMPANY_CONSULTANT));
		return "employer/company";
	}

	private String newCompanyPage(Model model) {
		var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		model.addAttribute("branches", dk.jobvej.employer.internal.Branches.CODES.stream()
			.map(code -> Map.entry(code, messages.getMessage("employer.branch." + code, null, locale)))
			.toList());
		model.addAttribute("sizes", CompanySize.values());
		return "employer/company-new";
	}

	static Map<String, Object> none() {
		return Map.of();
	}

}
