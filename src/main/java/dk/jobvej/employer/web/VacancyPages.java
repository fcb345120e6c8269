package dk.jobvej.employer.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.employer.VacancyKind;
import dk.jobvej.employer.VacancyLink;
import dk.jobvej.employer.VacancyStatus;
import dk.jobvej.employer.internal.CompanyRegistry;
import dk.jobvej.employer.internal.VacancyIntake;
import dk.jobvej.employer.internal.VacancyQueries;
import dk.jobvej.employer.internal.VacancySource;
import dk.jobvej.employer.web.EmployerRequests.CarveTask;
import dk.jobvej.employer.web.EmployerRequests.OpenVacancy;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.occupation.Taxonomy;
import dk.jobvej.platform.RuleViolation;

import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The recruitment unit's vacancy pages: open vacancies (/stillinger), taking in a vacancy from a
 * company (/virksomheder/{id}/stillinger/ny), and a vacancy with job carving and closing (/stillinger/{id}).
 */
@Controller
class VacancyPages {

	private final VacancyIntake intake;

	private final VacancyQueries queries;

	private final CompanyRegistry companies;

	private final Taxonomy taxonomy;

	private final Organisation organisation;

	private final MessageSource messages;

	private final int smallTaskHours;

	private final List<VacancyLink> links;

	VacancyPages(VacancyIntake intake, VacancyQueries queries, CompanyRegistry companies, Taxonomy taxonomy,
			Organisation organisation, MessageSource messages,
			@Value("${jobvej.employer.small-task-minimum-hours:5}") int smallTaskHours, List<VacancyLink> links) {
		this.links = links.stream().filter(link -> !link.portal()).toList();
		this.intake = intake;
		this.queries = queries;
		this.companies = companies;
		this.taxonomy = taxonomy;
		this.organisation = organisation;
		this.messages = messages;
		this.smallTaskHours = smallTaskHours;
	}

	@GetMapping("/stillinger")
	String vacancies(Model model) {
		model.addAttribute("vacancies", queries.open(organisation.signedIn().municipalityCode(), 200));
		return "employer/vacancies";
	}

	@GetMapping("/virksomheder/{id}/stillinger/ny")
	String newVacancy(@PathVariable("id") UUID company, Model model) {
		var view = companies.view(company);
		model.addAttribute("form", new OpenVacancy(null, null, null, 37, view.postcode(), view.city(), null, null,
				VacancyKind.JOB));
		model.addAttribute("errors", FormErrors.none("vacancy"));
		return newVacancyPage(company, model);
	}

	@PostMapping("/virksomheder/{id}/stillinger/ny")
	String open(@PathVariable("id") UUID company, @Valid @ModelAttribute("form") OpenVacancy form,
			BindingResult binding, Model model, Locale locale) {
		if (binding.hasErrors()) {
			model.addAttribute("errors", FormErrors.of("vacancy", binding, messages, locale));
			return newVacancyPage(company, model);
		}
		try {
			var me = organisation.signedIn();
			var id = intake.open(company, me.municipalityCode(), VacancyRequests.command(form),
					VacancySource.CONSULTANT, me.username());
			return "redirect:/stillinger/" + id;
		}
		catch (RuleViolation violation) {
			model.addAttribute("errors", FormErrors.of("vacancy", violation, messages, locale));
			return newVacancyPage(company, model);
		}
	}

	@GetMapping("/stillinger/" + CompanyPages.UUID_PATTERN)
	String vacancy(@PathVariable UUID id, Model model) {
		model.addAttribute("task", new CarveTask(null, null, null, smallTaskHours));
		model.addAttribute("taskErrors", FormErrors.none("task"));
		return vacancyPage(id, model);
	}

	@PostMapping("/stillinger/{id}/opgaver")
	String carve(@PathVariable UUID id, @Valid @ModelAttribute("task") CarveTask form, BindingResult binding,
			Model model, Locale locale) {
		if (binding.hasErrors()) {
			model.addAttribute("taskErrors", FormErrors.of("task", binding, messages, locale));
			return vacancyPage(id, model);
		}
		try {
			var me = organisation.signedIn();
			intake.carve(id, me.municipalityCode(), List.of(VacancyRequests.task(form)), me.username());
			return "redirect:/stillinger/" + id + "#tasks";
		}
		catch (RuleViolation violation) {
			model.addAttribute("taskErrors", FormErrors.of("task", violation, messages, locale));
			return vacancyPage(id, model);
		}
	}

	@PostMapping("/stillinger/{id}/luk")
	String close(@PathVariable UUID id, @RequestParam(defaultValue = "CLOSED") VacancyStatus status, Model model,
			Locale locale) {
		try {
			intake.close(id, organisation.signedIn().municipalityCode(), status, null);
			return "redirect:/stillinger/" + id;
		}
		catch (RuleViolation violation) {
			model.addAttribute("task", new CarveTask(null, null, null, smallTaskHours));
			model.addAttribute("taskErrors", FormErrors.of("close", violation, messages, locale));
			return vacancyPage(id, model);
		}
	}

	private String vacancyPage(UUID id, Model model) {
		var view = intake.view(id, organisation.signedIn().municipalityCode());
		model.addAttribute("view", view);
		model.addAttribute("links", links);
		model.addAttribute("occupations", taxonomy.all());
		model.addAttribute("consultant", organisation.signedIn().has(Role.COMPANY_CONSULTANT));
		model.addAttribute("smallTaskHours", smallTaskHours);
		return "employer/vacancy";
	}

	private String newVacancyPage(UUID company, Model model) {
		model.addAttribute("company", companies.view(company));
		model.addAttribute("occupations", taxonomy.all());
		model.addAttribute("kinds", List.of(VacancyKind.JOB, VacancyKind.SMALL_TASK));
		model.addAttribute("smallTaskHours", smallTaskHours);
		model.addAttribute("action", "/virksomheder/" + Objects.requireNonNull(company) + "/stillinger/ny");
		return "employer/vacancy-new";
	}

}
