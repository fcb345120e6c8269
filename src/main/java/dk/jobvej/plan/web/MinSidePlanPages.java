package dk.jobvej.plan.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.plan.internal.HelpLibrary;
import dk.jobvej.plan.internal.OfferReading;
import dk.jobvej.plan.internal.PlanOverview;
import dk.jobvej.plan.internal.Progression;
import dk.jobvej.plan.web.PlanRequests.Measure;
import dk.jobvej.plan.web.PlanRequests.Tick;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.platform.documents.PdfDocuments;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The citizen's own pages on Min side: "Min plan" in plain Danish (goals, agreements, offers and
 * waiting-list places, decisions with their letters, progression with their own measurement) and
 * Digital Jobhjælp, the self-help library with the citizen's progress.
 */
@Controller
class MinSidePlanPages {

	private final PlanOverview overview;

	private final Progression progression;

	private final OfferReading offers;

	private final HelpLibrary library;

	private final Charts charts;

	private final MessageSource messages;

	MinSidePlanPages(PlanOverview overview, Progression progression, OfferReading offers, HelpLibrary library,
			Charts charts, MessageSource messages) {
		this.overview = overview;
		this.progression = progression;
		this.offers = offers;
		this.library = library;
		this.charts = charts;
		this.messages = messages;
	}

	@GetMapping("/min-side/plan")
	String plan(Model model, Locale locale) {
		fill(model, locale, new Measure(null, null, null), FormErrors.none("measure"));
		return "plan/own";
	}

	@PostMapping("/min-side/plan/maaling")
	String measure(@Valid @ModelAttribute("measureForm") Measure form, BindingResult binding, Model model,
			Locale locale) {
		var errors = binding.hasErrors() ? FormErrors.of("measure", binding, messages, locale)
				: FormErrors.none("measure");
		if (!errors.any()) {
			try {
				progression.measureOwn(form.measuredOn(), form.scores() == null ? Map.of() : form.scores(),
						form.note());
				return "redirect:/min-side/plan#progression";
			}
			catch (RuleViolation violation) {
				errors = FormErrors.of("measure", violation, messages, locale);
			}
		}
		fill(model, locale, form, errors);
		return "plan/own";
	}

	@GetMapping("/min-side/plan/afgoerelser/{decision}")
	ResponseEntity<byte[]> letter(@PathVariable UUID decision) {
		var letter = offers.ownLetter(decision);
		return PdfDocuments.response(letter.pdf(), letter.fileName(), true);
	}

	@GetMapping("/min-side/jobhjaelp")
	String library(Model model, Locale locale) {
		model.addAttribute("items", library.items(locale));
		model.addAttribute("progress", library.ownProgress(locale));
		return "plan/library";
	}

	@GetMapping("/min-side/jobhjaelp/{code}")
	String item(@PathVariable String code, Model model, Locale locale) {
		itemModel(code, model, locale, FormErrors.none("done"));
		return "plan/item";
	}

	@PostMapping("/min-side/jobhjaelp/{code}")
	String tick(@PathVariable String code, @Valid @ModelAttribute("tickForm") Tick form, BindingResult binding,
			Model model, Locale locale) {
		var errors = binding.hasErrors() ? FormErrors.of("done", binding, messages, locale) : FormErrors.none("done");
		if (!errors.any()) {
			try {
				library.tick(code, form.done() == null ? java.util.Set.of() : form.done());
				return "redirect:/min-side/jobhjaelp/" + code;
			}
			catch (RuleViolation violation) {
				errors = FormErrors.of("done", violation, messages, locale);
			}
		}
		itemModel(code, model, locale, errors);
		return "plan/item";
	}

	private void itemModel(String code, Model model, Locale locale, FormErrors errors) {
		var item = library.item(code, locale).orElseThrow(() -> new NotFound("plan.help.notFound"));
		model.addAttribute("item", item);
		model.addAttribute("progress", library.ownProgress(locale).get(code));
		model.addAttribute("stepsErrors", errors);
	}

	private void fill(Model model, Locale locale, @org.jspecify.annotations.Nullable Measure form, FormErrors errors) {
		var o = overview.own();
		model.addAttribute("o", o);
		model.addAttribute("chart", charts.progression(o, locale));
		model.addAttribute("scale", ScaleStep.DOWNWARDS);
		model.addAttribute("measureForm", form == null || form.measuredOn() == null ? new Measure(o.today(), null, null) : form);
		model.addAttribute("measureErrors", errors);
	}

}
