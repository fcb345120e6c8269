package dk.jobvej.identity.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.OrganisationalUnit;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.UnitId;
import dk.jobvej.platform.RuleViolation;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff list of the administrator's municipality, filtered by unit and role (the filter
 * swaps only the table when htmx asks), and the form to hire a new member of staff.
 */
@Controller
@RequestMapping("/admin/medarbejdere")
class StaffPages {

	static final Set<String> FIELDS = Set.of("username", "name", "email", "unit", "roles", "password", "version");

	private final Administration administration;

	private final Organisation organisation;

	private final Clock clock;

	StaffPages(Administration administration, Organisation organisation, Clock clock) {
		this.administration = administration;
		this.organisation = organisation;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(name = "enhed", required = false) @Nullable UUID unit,
			@RequestParam(name = "rolle", required = false) @Nullable Role role, Model model) {
		var municipality = organisation.signedIn().municipalityCode();
		var units = organisation.units(municipality);
		model.addAttribute("staff",
				administration.accounts(municipality, unit == null ? null : new UnitId(unit), role));
		model.addAttribute("unitNames", units.stream()
			.collect(Collectors.toMap(OrganisationalUnit::id, OrganisationalUnit::name, (a, b) -> a)));
		model.addAttribute("unitOptions", UnitOption.of(units, Set.of()));
		model.addAttribute("allRoles", Arrays.asList(Role.values()));
		model.addAttribute("selectedUnit", unit);
		model.addAttribute("selectedRole", role);
		model.addAttribute("now", clock.instant());
		return "identity/staff-list";
	}

	@HxRequest
	@GetMapping
	String results(@RequestParam(name = "enhed", required = false) @Nullable UUID unit,
			@RequestParam(name = "rolle", required = false) @Nullable Role role, Model model) {
		list(unit, role, model);
		return "identity/staff-list :: results";
	}

	@GetMapping("/ny")
	String newMember(Model model) {
		return form(NewStaffRequest.empty(), model);
	}

	@PostMapping("/ny")
	String hire(@Valid @ModelAttribute("form") NewStaffRequest form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(form, model);
		}
		try {
			var id = administration.hire(form.toNewStaffMember());
			redirect.addFlashAttribute("done", "identity.staff.hired");
			return "redirect:/admin/medarbejdere/" + id;
		}
		catch (RuleViolation violation) {
			Forms.reject(result, violation, FIELDS);
			return form(form, model);
		}
	}

	private String form(NewStaffRequest form, Model model) {
		model.addAttribute("form", form);
		addChoices(model, organisation.units(organisation.signedIn().municipalityCode()));
		return "identity/staff-new";
	}

	static void addChoices(Model model, List<OrganisationalUnit> units) {
		model.addAttribute("unitOptions", UnitOption.of(units, Set.of()));
		model.addAttribute("allRoles", Arrays.asList(Role.values()));
	}

}
