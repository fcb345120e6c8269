package dk.jobvej.citizen.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import dk.jobvej.citizen.Address;
import dk.jobvej.citizen.internal.CitizenCases;
import dk.jobvej.citizen.internal.CitizenSummary;
import dk.jobvej.citizen.internal.CitizenWorklists;
import dk.jobvej.citizen.internal.NewCitizen;
import dk.jobvej.citizen.web.CitizenRequests.CreateCitizen;
import dk.jobvej.citizen.web.CitizenRequests.Search;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;
import dk.jobvej.platform.RuleViolation;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The citizen worklist (/borgere: "Mine borgere", for leaders also "Enhedens borgere"), the
 * search (a POST, so a CPR number never appears in a URL) and registering a citizen (/borgere/ny).
 */
@Controller
class CitizenPages {

	static final String UNIT_LIST = "enhed";

	private final CitizenWorklists worklists;

	private final CitizenCases cases;

	private final Organisation organisation;

	private final MessageSource messages;

	CitizenPages(CitizenWorklists worklists, CitizenCases cases, Organisation organisation, MessageSource messages) {
		this.worklists = worklists;
		this.cases = cases;
		this.organisation = organisation;
		this.messages = messages;
	}

	@GetMapping("/borgere")
	String worklist(@RequestParam(name = "liste", defaultValue = "mine") String list, Model model) {
		worklistModel(list, model);
		model.addAttribute("search", new Search(null, null));
		model.addAttribute("searchErrors", FormErrors.none("search"));
		return "citizen/worklist";
	}

	@GetMapping("/borgere")
	@HxRequest
	String worklistFragment(@RequestParam(name = "liste", defaultValue = "mine") String list, Model model) {
		worklistModel(list, model);
		return "citizen/worklist :: worklist";
	}

	@PostMapping("/borgere/soeg")
	String search(@Valid @ModelAttribute("search") Search search, BindingResult binding, Model model, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		var errors = binding.hasErrors() ? FormErrors.of("search", binding, messages, locale) : FormErrors.none("search");
		List<CitizenSummary> results = List.of();
		if (!errors.any()) {
			try {
				results = worklists.search(search.cpr(), search.name());
			}
			catch (RuleViolation violation) {
				errors = FormErrors.of("search", violation, messages, locale);
			}
		}
		model.addAttribute("results", results);
		model.addAttribute("searched", !errors.any());
		model.addAttribute("searchErrors", errors);
		if (htmx != null) {
			return "citizen/worklist :: results";
		}
		worklistModel("mine", model);
		return "citizen/worklist";
	}

	@GetMapping("/borgere/ny")
	String newCitizen(Model model) {
		newCitizenModel(new CreateCitizen(null, null, null, null, null, null, organisation.signedIn().unit().value(),
				organisation.signedIn().id().value()), FormErrors.none("citizen"), model);
		return "citizen/new";
	}

	@PostMapping("/borgere/ny")
	String register(@Valid @ModelAttribute("form") CreateCitizen form, BindingResult binding, Model model,
			Locale locale) {
		if (binding.hasErrors()) {
			newCitizenModel(form, FormErrors.of("citizen", binding, messages, locale), model);
			return "citizen/new";
		}
		try {
			var id = cases.register(new NewCitizen(Objects.requireNonNull(form.cpr()),
					Objects.requireNonNull(form.givenName()), Objects.requireNonNull(form.familyName()),
					new Address(orEmpty(form.street()), orEmpty(form.postcode()), orEmpty(form.city())),
					new UnitId(Objects.requireNonNull(form.unit())),
					form.primaryContact() == null ? null : new StaffId(form.primaryContact())));
			return "redirect:/borgere/" + id;
		}
		catch (RuleViolation violation) {
			newCitizenModel(form, FormErrors.of("citizen", violation, messages, locale), model);
			return "citizen/new";
		}
	}

	private void worklistModel(String list, Model model) {
		var leader = organisation.signedIn().has(Role.TEAM_LEADER);
		var unitList = leader && UNIT_LIST.equals(list);
		model.addAttribute("leader", leader);
		model.addAttribute("list", unitList ? UNIT_LIST : "mine");
		model.addAttribute("citizens", unitList ? worklists.unit() : worklists.mine());
	}

	private void newCitizenModel(CreateCitizen form, FormErrors errors, Model model) {
		var me = organisation.signedIn();
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("units", organisation.units(me.municipalityCode()));
		model.addAttribute("contacts",
				organisation.staffOf(me.unit()).stream().filter(staff -> staff.worksWithCitizens()).toList());
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

}
