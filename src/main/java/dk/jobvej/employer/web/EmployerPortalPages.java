package dk.jobvej.employer.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dk.jobvej.employer.EmployerDirectory;
import dk.jobvej.employer.EmployerPortal;
import dk.jobvej.employer.VacancyKind;
import dk.jobvej.employer.VacancyLink;
import dk.jobvej.employer.internal.VacancyIntake;
import dk.jobvej.employer.internal.VacancySource;
import dk.jobvej.employer.web.EmployerRequests.OpenVacancy;
import dk.jobvej.occupation.Taxonomy;
import dk.jobvej.platform.RuleViolation;

import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The employer portal (virksomhedsportalen): the company signs in, sees its own vacancies, posts
 * a vacancy or a small task, and opens a vacancy (where the matching module links to the
 * candidates proposed to it). A company sees only its own vacancies.
 */
@Controller
class EmployerPortalPages {

	private final EmployerPortal portal;

	private final EmployerDirectory directory;

	private final VacancyIntake intake;

	private final Taxonomy taxonomy;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final int smallTaskHours;

	private final List<VacancyLink> links;

	EmployerPortalPages(EmployerPortal portal, EmployerDirectory directory, VacancyIntake intake, Taxonomy taxonomy,
			JdbcClient jdbc, MessageSource messages,
			@Value("${jobvej.employer.small-task-minimum-hours:5}") int smallTaskHours, List<VacancyLink> links) {
		this.portal = portal;
		this.directory = directory;
		this.intake = intake;
		this.taxonomy = taxonomy;
		this.jdbc = jdbc;
		this.messages = messages;
		this.smallTaskHours = smallTaskHours;
		this.links = links.stream().filter(VacancyLink::portal).toList();
	}

	@GetMapping("/virksomhedsportal/login")
	String login() {
		return "employer/portal-login";
	}

	@GetMapping("/virksomhedsportal")
	String front(Model model) {
		var company = portal.signedIn();
		model.addAttribute("name", portal.displayName());
		model.addAttribute("companyName", directory.companyName(company).orElse(""));
		model.addAttribute("vacancies", directory.vacanciesOf(company));
		return "employer/portal-front";
	}

	@GetMapping("/virksomhedsportal/stillinger/ny")
	String newVacancy(Model model) {
		var company = companyAddress();
		model.addAttribute("form", new OpenVacancy(null, null, null, 37, company[0], company[1], null, null,
				VacancyKind.JOB));
		model.addAttribute("errors", FormErrors.none("vacancy"));
		return newVacancyPage(model);
	}

	@PostMapping("/virksomhedsportal/stillinger/ny")
	String open(@Valid @ModelAttribute("form") OpenVacancy form, BindingResult binding, Model model, Locale locale) {
		if (binding.hasErrors()) {
			model.addAttribute("errors", FormErrors.of("vacancy", binding, messages, locale));
			return newVacancyPage(model);
		}
		try {
			var company = portal.signedIn();
			var municipality = jdbc.sql("select municipality_code from employer.company where id = ?")
				.param(company.value())
				.query(Integer.class)
				.single();
			var id = intake.open(company.value(), municipality, VacancyRequests.command(form), VacancySource.PORTAL,
					portal.username());
			return "redirect:/virksomhedsportal/stillinger/" + id + "?oprettet";
		}
		catch (RuleViolation violation) {
			model.addAttribute("errors", FormErrors.of("vacancy", violation, messages, locale));
			return newVacancyPage(model);
		}
	}

	@GetMapping("/virksomhedsportal/stillinger/" + CompanyPages.UUID_PATTERN)
	String vacancy(@PathVariable UUID id, Model model) {
		model.addAttribute("view", intake.viewForCompany(id, portal.signedIn()));
		model.addAttribute("links", links);
		return "employer/portal-vacancy";
	}

	private String newVacancyPage(Model model) {
		model.addAttribute("occupations", taxonomy.all());
		model.addAttribute("kinds", List.of(VacancyKind.JOB, VacancyKind.SMALL_TASK));
		model.addAttribute("smallTaskHours", smallTaskHours);
		return "employer/portal-vacancy-new";
	}

	private String[] companyAddress() {
		return jdbc.sql("select postcode, city from employer.company where id = ?")
			.param(portal.signedIn().value())
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.single();
	}

}
