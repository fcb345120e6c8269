package dk.jobvej.identity.web;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.StaffAccount;
import dk.jobvej.identity.StaffId;
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
 * One member of staff: change details, unit and roles (from the version the form was opened
 * at), deactivate or reactivate, reset the password, lift a lock-out.
 */
@Controller
@RequestMapping("/admin/medarbejdere/{id}")
class StaffAccountPages {

	private final Administration administration;

	private final Organisation organisation;

	private final Clock clock;

	StaffAccountPages(Administration administration, Organisation organisation, Clock clock) {
		this.administration = administration;
		this.organisation = organisation;
		this.clock = clock;
	}

	@GetMapping
	String show(@PathVariable UUID id, Model model) {
		var account = account(id);
		return page(account, StaffRequest.of(account), PasswordRequest.empty(), model);
	}

	@PostMapping
	String change(@PathVariable UUID id, @Valid @ModelAttribute("form") StaffRequest form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var account = account(id);
		if (!result.hasErrors()) {
			try {
				administration.change(account.id(), form.toChange());
				return done(id, "identity.staff.saved", redirect);
			}
			catch (RuleViolation violation) {
				Forms.reject(result, violation, StaffPages.FIELDS);
			}
			catch (OptimisticLockingFailureException conflict) {
				Forms.conflict(result, model);
			}
		}
		return page(account, form, PasswordRequest.empty(), model);
	}

	@PostMapping("/adgangskode")
	String password(@PathVariable UUID id, @Valid @ModelAttribute("passwordForm") PasswordRequest form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var account = account(id);
		if (!result.hasErrors()) {
			try {
				administration.resetPassword(account.id(), String.valueOf(form.password()));
				return done(id, "identity.staff.passwordReset", redirect);
			}
			catch (RuleViolation violation) {
				Forms.reject(result, violation, Set.of("password"));
			}
		}
		return page(account, StaffRequest.of(account), PasswordRequest.empty(), model);
	}

	@PostMapping("/deaktiver")
	String deactivate(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		var account = account(id);
		try {
			administration.deactivate(account.id());
			return done(id, "identity.staff.deactivated", redirect);
		}
		catch (RuleViolation violation) {
			model.addAttribute("actionError", violation.messageKey());
			return page(account, StaffRequest.of(account), PasswordRequest.empty(), model);
		}
	}

	@PostMapping("/aktiver")
	String activate(@PathVariable UUID id, RedirectAttributes redirect) {
		administration.activate(account(id).id());
		return done(id, "identity.staff.activated", redirect);
	}

	@PostMapping("/laas-op")
	String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
		administration.unlock(account(id).id());
		return done(id, "identity.staff.unlocked", redirect);
	}

	private StaffAccount account(UUID id) {
		var municipality = organisation.signedIn().municipalityCode();
		return administration.account(new StaffId(id))
			.filter(account -> account.member().municipalityCode() == municipality)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String page(StaffAccount account, StaffRequest form, PasswordRequest passwordForm, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("locked", account.lockedAt(clock.instant()));
		var lockedUntil = account.lockedUntil();
		model.addAttribute("lockedUntil", lockedUntil == null ? null : lockedUntil.atZone(clock.getZone()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", passwordForm);
		}
		StaffPages.addChoices(model, organisation.units(account.member().municipalityCode()));
		return "identity/staff-edit";
	}

	private static String done(UUID id, String messageKey, RedirectAttributes redirect) {
		redirect.addFlashAttribute("done", messageKey);
		return "redirect:/admin/medarbejdere/" + id;
	}

}
