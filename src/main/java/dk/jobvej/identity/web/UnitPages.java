package dk.jobvej.identity.web;

import java.util.Set;
import java.util.UUID;

import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.UnitId;
import dk.jobvej.identity.UnitTree;
import dk.jobvej.identity.VersionedUnit;
import dk.jobvej.platform.RuleViolation;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisation chart of the administrator's municipality, with a form for a new unit; and
 * one unit's page to rename it or move it under another unit.
 */
@Controller
@RequestMapping("/admin/enheder")
class UnitPages {

	private static final Set<String> FIELDS = Set.of("name", "parent", "version");

	private final Administration administration;

	private final Organisation organisation;

	UnitPages(Administration administration, Organisation organisation) {
		this.administration = administration;
		this.organisation = organisation;
	}

	@GetMapping
	String units(Model model) {
		return overview(UnitRequest.empty(), model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") UnitRequest form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return overview(form, model);
		}
		try {
			administration.createUnit(String.valueOf(form.name()), form.parentId(), municipality());
			redirect.addFlashAttribute("done", "identity.unit.created");
			return "redirect:/admin/enheder";
		}
		catch (RuleViolation violation) {
			Forms.reject(result, violation, FIELDS);
			return overview(form, model);
		}
	}

	@GetMapping("/{id}")
	String unit(@PathVariable UUID id, Model model) {
		var unit = find(id);
		return edit(unit, UnitChangeRequest.of(unit), model);
	}

	@PostMapping("/{id}")
	String change(@PathVariable UUID id, @Valid @ModelAttribute("form") UnitChangeRequest form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var unit = find(id);
		if (!result.hasErrors()) {
			try {
				administration.changeUnit(unit.id(), form.toChange());
				redirect.addFlashAttribute("done", "identity.unit.saved");
				return "redirect:/admin/enheder/" + id;
			}
			catch (RuleViolation violation) {
				Forms.reject(result, violation, FIELDS);
			}
			catch (OptimisticLockingFailureException conflict) {
				Forms.conflict(result, model);
			}
		}
		return edit(unit, form, model);
	}

	private String overview(UnitRequest form, Model model) {
		var units = organisation.units(municipality());
		model.addAttribute("tree", UnitTree.of(units).nodes());
		model.addAttribute("unitOptions", UnitOption.of(units, Set.of()));
		model.addAttribute("form", form);
		return "identity/units";
	}

	private String edit(VersionedUnit unit, UnitChangeRequest form, Model model) {
		var units = organisation.units(municipality());
		var below = UnitTree.of(units).withDescendants(unit.id());
		model.addAttribute("unit", unit);
		model.addAttribute("unitOptions", UnitOption.of(units, below));
		model.addAttribute("form", form);
		return "identity/unit-edit";
	}

	private VersionedUnit find(UUID id) {
		return administration.versionedUnit(new UnitId(id))
			.filter(unit -> unit.unit().municipalityCode() == municipality())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private int municipality() {
		return organisation.signedIn().municipalityCode();
	}

}
