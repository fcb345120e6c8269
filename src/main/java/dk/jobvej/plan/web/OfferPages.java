package dk.jobvej.plan.web;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.plan.OfferId;
import dk.jobvej.plan.OfferResult;
import dk.jobvej.plan.OfferType;
import dk.jobvej.plan.ProviderKind;
import dk.jobvej.plan.internal.Catalogue;
import dk.jobvej.plan.internal.NewOffer;
import dk.jobvej.plan.internal.OfferReading;
import dk.jobvej.plan.internal.OfferView;
import dk.jobvej.plan.internal.Offering;
import dk.jobvej.plan.web.PlanRequests.CancelWaiting;
import dk.jobvej.plan.web.PlanRequests.EndOffer;
import dk.jobvej.plan.web.PlanRequests.ExtendOffer;
import dk.jobvej.plan.web.PlanRequests.GrantOffer;
import dk.jobvej.plan.web.PlanRequests.GrantWaiting;
import dk.jobvej.plan.web.PlanRequests.RefuseOffer;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The caseworker's offer pages: a new offer (grant, refer to a catalogue project, or refuse) at
 * {@code /borgere/{id}/indsatser/ny}, and an offer with its history, the rules that govern it and
 * the forms to extend or end it, or to grant it from the waiting list or take it off.
 */
@Controller
class OfferPages {

	private final Offering offering;

	private final OfferReading reading;

	private final Catalogue catalogue;

	private final CitizenRegister citizens;

	private final MessageSource messages;

	OfferPages(Offering offering, OfferReading reading, Catalogue catalogue, CitizenRegister citizens,
			MessageSource messages) {
		this.offering = offering;
		this.reading = reading;
		this.catalogue = catalogue;
		this.citizens = citizens;
		this.messages = messages;
	}

	@GetMapping("/borgere/{id}/indsatser/ny")
	String newOffer(@PathVariable UUID id, Model model) {
		newModel(id, new GrantOffer(null, null, null, null, null, null, null, null, null),
				new RefuseOffer(null, null, null, null), FormErrors.none("offer"), FormErrors.none("refusal"), model);
		return "plan/offer-new";
	}

	@PostMapping("/borgere/{id}/indsatser")
	String grant(@PathVariable UUID id, @Valid @ModelAttribute("offerForm") GrantOffer form, BindingResult binding,
			Model model, Locale locale) {
		var errors = binding.hasErrors() ? FormErrors.of("offer", binding, messages, locale) : FormErrors.none("offer");
		if (!errors.any()) {
			try {
				var offer = offering.open(new CitizenId(id), new NewOffer(form.type(), form.project(),
						form.providerKind(), form.providerName(), blankToNull(form.providerCvr()), form.startDate(),
						form.plannedEnd(), form.hoursPerWeek(), form.reason()));
				return "redirect:/borgere/" + id + "/indsatser/" + offer;
			}
			catch (RuleViolation violation) {
				errors = FormErrors.of("offer", violation, messages, locale);
			}
		}
		newModel(id, form, new RefuseOffer(null, null, null, null), errors, FormErrors.none("refusal"), model);
		return "plan/offer-new";
	}

	@PostMapping("/borgere/{id}/indsatser/afslag")
	String refuse(@PathVariable UUID id, @Valid @ModelAttribute("refusalForm") RefuseOffer form, BindingResult binding,
			Model model, Locale locale) {
		var errors = binding.hasErrors() ? FormErrors.of("refusal", binding, messages, locale)
				: FormErrors.none("refusal");
		if (!errors.any()) {
			try {
				offering.refuse(new CitizenId(id), form.type(), form.providerKind(), form.providerName(), form.reason());
				return "redirect:/borgere/" + id + "/plan";
			}
			catch (RuleViolation violation) {
				errors = FormErrors.of("refusal", violation, messages, locale);
			}
		}
		newModel(id, new GrantOffer(null, null, null, null, null, null, null, null, null), form,
				FormErrors.none("offer"), errors, model);
		return "plan/offer-new";
	}

	@GetMapping("/borgere/{id}/indsatser/{offer}")
	String offer(@PathVariable UUID id, @PathVariable UUID offer, Model model) {
		detail(id, offer, model);
		return "plan/offer";
	}

	@PostMapping("/borgere/{id}/indsatser/{offer}/forlaeng")
	String extend(@PathVariable UUID id, @PathVariable UUID offer,
			@Valid @ModelAttribute("extendForm") ExtendOffer form, BindingResult binding, Model model, Locale locale) {
		return change(id, offer, "extend", binding, model, locale, o -> offering.extend(o, form.plannedEnd(),
				Boolean.TRUE.equals(form.specialNeed()), form.reason(), form.version()));
	}

	@PostMapping("/borgere/{id}/indsatser/{offer}/afslut")
	String end(@PathVariable UUID id, @PathVariable UUID offer, @Valid @ModelAttribute("endForm") EndOffer form,
			BindingResult binding, Model model, Locale locale) {
		return change(id, offer, "end", binding, model, locale,
				o -> offering.end(o, form.lastDay(), form.result(), form.reason(), form.version()));
	}

	@PostMapping("/borgere/{id}/indsatser/{offer}/bevilg")
	String grantWaiting(@PathVariable UUID id, @PathVariable UUID offer,
			@Valid @ModelAttribute("grantForm") GrantWaiting form, BindingResult binding, Model model, Locale locale) {
		return change(id, offer, "grant", binding, model, locale,
				o -> offering.grantWaiting(o, form.startDate(), form.plannedEnd(), form.reason(), form.version()));
	}

	@PostMapping("/borgere/{id}/indsatser/{offer}/annuller")
	String cancel(@PathVariable UUID id, @PathVariable UUID offer,
			@Valid @ModelAttribute("cancelForm") CancelWaiting form, BindingResult binding, Model model, Locale locale) {
		return change(id, offer, "cancel", binding, model, locale,
				o -> offering.cancel(o, form.reason(), form.version()));
	}

	private String change(UUID id, UUID offer, String form, BindingResult binding, Model model, Locale locale,
			Consumer<OfferId> change) {
		var errors = binding.hasErrors() ? FormErrors.of(form, binding, messages, locale) : FormErrors.none(form);
		if (!errors.any()) {
			try {
				belongs(id, offer);
				change.accept(new OfferId(offer));
				return "redirect:/borgere/" + id + "/indsatser/" + offer;
			}
			catch (RuleViolation violation) {
				errors = FormErrors.of(form, violation, messages, locale);
			}
			catch (OptimisticLockingFailureException conflict) {
				errors = FormErrors.general(form, messages.getMessage("plan.conflict", null, locale));
				model.asMap().keySet().removeIf(key -> key.endsWith("Form") || key.startsWith(BindingResult.MODEL_KEY_PREFIX));
			}
		}
		model.addAttribute(form + "Errors", errors);
		detail(id, offer, model);
		return "plan/offer";
	}

	private void belongs(UUID id, UUID offer) {
		if (!reading.offer(new OfferId(offer), "offer-page").citizen().equals(id)) {
			throw new NotFound("plan.offer.notFound");
		}
	}

	private void detail(UUID id, UUID offer, Model model) {
		OfferView view = reading.offer(new OfferId(offer), "offer-page");
		if (!view.citizen().equals(id)) {
			throw new NotFound("plan.offer.notFound");
		}
		model.addAttribute("id", id);
		model.addAttribute("offer", view);
		model.addAttribute("results", OfferResult.values());
		putIfAbsent(model, "extendForm", new ExtendOffer(null, null, null, view.version()));
		putIfAbsent(model, "endForm", new EndOffer(null, null, null, view.version()));
		putIfAbsent(model, "grantForm", new GrantWaiting(view.startDate(), view.plannedEnd(), null, view.version()));
		putIfAbsent(model, "cancelForm", new CancelWaiting(null, view.version()));
		for (var form : new String[] { "extend", "end", "grant", "cancel" }) {
			putIfAbsent(model, form + "Errors", FormErrors.none(form));
		}
	}

	private void newModel(UUID id, GrantOffer offer, RefuseOffer refusal, FormErrors offerErrors,
			FormErrors refusalErrors, Model model) {
		var facts = citizens.open(new CitizenId(id), "offer-page");
		model.addAttribute("id", id);
		model.addAttribute("name", facts.name());
		model.addAttribute("targetGroup", facts.history().targetGroup());
		model.addAttribute("types", OfferType.values());
		model.addAttribute("providerKinds", ProviderKind.values());
		model.addAttribute("projects", catalogue.projects().stream().filter(p -> p.active()).toList());
		model.addAttribute("offerForm", offer);
		model.addAttribute("refusalForm", refusal);
		model.addAttribute("offerErrors", offerErrors);
		model.addAttribute("refusalErrors", refusalErrors);
	}

	/** Adds the attribute unless the model has one (a form that failed to bind may have left null). */
	private static void putIfAbsent(Model model, String name, Object value) {
		if (model.getAttribute(name) == null) {
			model.addAttribute(name, value);
		}
	}

	private static @org.jspecify.annotations.Nullable String blankToNull(@org.jspecify.annotations.Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
