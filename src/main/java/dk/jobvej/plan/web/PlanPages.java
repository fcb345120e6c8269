package dk.jobvej.plan.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.cv.Occupations;
import dk.jobvej.plan.internal.OfferReading;
import dk.jobvej.plan.internal.PlanOverview;
import dk.jobvej.plan.internal.Planning;
import dk.jobvej.plan.internal.Progression;
import dk.jobvej.plan.web.PlanRequests.AddSubGoal;
import dk.jobvej.plan.web.PlanRequests.Agree;
import dk.jobvej.plan.web.PlanRequests.CloseGoal;
import dk.jobvej.plan.web.PlanRequests.Measure;
import dk.jobvej.plan.web.PlanRequests.PointTo;
import dk.jobvej.plan.web.PlanRequests.SetEndGoal;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.platform.documents.PdfDocuments;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The citizen's plan for staff ({@code /borgere/{id}/plan}): end goal and sub-goals, agreements
 * per conversation, offers, decisions with their letters, the progression chart and the
 * citizen's use of Digital Jobhjælp. Each form posts with htmx and gets the plan back, or posts
 * normally and is redirected.
 */
@Controller
class PlanPages {

	private static final String[] FORMS = { "endGoal", "subGoal", "close", "agreement", "pointer", "measure" };

	private final PlanOverview overview;

	private final Planning planning;

	private final Progression progression;

	private final OfferReading offers;

	private final Occupations occupations;

	private final Charts charts;

	private final MessageSource messages;

	PlanPages(PlanOverview overview, Planning planning, Progression progression, OfferReading offers,
			Occupations occupations, Charts charts, MessageSource messages) {
		this.overview = overview;
		this.planning = planning;
		this.progression = progression;
		this.offers = offers;
		this.occupations = occupations;
		this.charts = charts;
		this.messages = messages;
	}

	@GetMapping("/borgere/{id}/plan")
	String plan(@PathVariable UUID id, Model model, Locale locale) {
		fill(id, model, locale);
		return "plan/plan";
	}

	@PostMapping("/borgere/{id}/plan/slutmaal")
	String setEndGoal(@PathVariable UUID id, @Valid @ModelAttribute("endGoalForm") SetEndGoal form,
			BindingResult binding, Model model, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		return change(id, "endGoal", binding, model, locale, htmx, citizen -> planning.setEndGoal(citizen, form.text(),
				form.occupation(), form.reason(), form.version()));
	}

	@PostMapping("/borgere/{id}/plan/delmaal")
	String addSubGoal(@PathVariable UUID id, @Valid @ModelAttribute("subGoalForm") AddSubGoal form,
			BindingResult binding, Model model, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		return change(id, "subGoal", binding, model, locale, htmx,
				citizen -> planning.addSubGoal(citizen, form.text(), form.due(), form.version()));
	}

	@PostMapping("/borgere/{id}/plan/maal/{goal}/luk")
	String closeGoal(@PathVariable UUID id, @PathVariable UUID goal, @Valid @ModelAttribute("closeForm") CloseGoal form,
			BindingResult binding, Model model, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		return change(id, "close", binding, model, locale, htmx,
				citizen -> planning.closeGoal(citizen, goal, form.reached(), form.version()));
	}

	@PostMapping("/borgere/{id}/plan/aftaler")
	String agree(@PathVariable UUID id, @Valid @ModelAttribute("agreementForm") Agree form, BindingResult binding,
			Model model, Locale locale, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		return change(id, "agreement", binding, model, locale, htmx, citizen -> planning.agree(citizen,
				form.conversationDate(), form.conversation(), form.text(), form.version()));
	}

	@PostMapping("/borgere/{id}/plan/jobhjaelp")
	String pointTo(@PathVariable UUID id, @Valid @ModelAttribute("pointerForm") PointTo form, BindingResult binding,
			Model model, Locale locale, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		return change(id, "pointer", binding, model, locale, htmx,
				citizen -> planning.pointTo(citizen, form.item(), form.note(), form.version()));
	}

	@PostMapping("/borgere/{id}/plan/maaling")
	String measure(@PathVariable UUID id, @Valid @ModelAttribute("measureForm") Measure form, BindingResult binding,
			Model model, Locale locale, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		return change(id, "measure", binding, model, locale, htmx, citizen -> progression.measure(citizen,
				form.measuredOn(), form.scores() == null ? Map.of() : form.scores(), form.note()));
	}

	/** A decision's letter, as PDF; audited as a read of the citizen's case. */
	@GetMapping("/borgere/{id}/afgoerelser/{decision}")
	ResponseEntity<byte[]> letter(@PathVariable UUID id, @PathVariable UUID decision) {
		var letter = offers.letter(decision);
		if (!letter.citizen().equals(new CitizenId(id))) {
			throw new NotFound("plan.decision.notFound");
		}
		return PdfDocuments.response(letter.pdf(), letter.fileName(), true);
	}

	private String change(UUID id, String form, BindingResult binding, Model model, Locale locale,
			@Nullable String htmx, Consumer<CitizenId> change) {
		var errors = FormErrors.none(form);
		if (binding.hasErrors()) {
			errors = FormErrors.of(form, binding, messages, locale);
		}
		else {
			try {
				change.accept(new CitizenId(id));
			}
			catch (RuleViolation violation) {
				errors = FormErrors.of(form, violation, messages, locale);
			}
			catch (OptimisticLockingFailureException conflict) {
				errors = FormErrors.general(form, messages.getMessage("plan.conflict", null, locale));
			}
		}
		if (htmx == null && !errors.any()) {
			return "redirect:/borgere/" + id + "/plan";
		}
		if (!errors.any() || errors.conflict()) {
			model.asMap()
				.keySet()
				.removeIf(key -> key.endsWith("Form") || key.startsWith(BindingResult.MODEL_KEY_PREFIX));
		}
		model.addAttribute(form + "Errors", errors);
		fill(id, model, locale);
		return htmx != null ? "plan/plan :: content" : "plan/plan";
	}

	private void fill(UUID id, Model model, Locale locale) {
		var o = overview.forStaff(new CitizenId(id), "plan-page");
		model.addAttribute("o", o);
		model.addAttribute("id", id);
		model.addAttribute("chart", charts.progression(o, locale));
		model.addAttribute("scale", ScaleStep.DOWNWARDS);
		model.addAttribute("occupations", occupations.all());
		var version = o.plan().version();
		putIfAbsent(model, "endGoalForm", new SetEndGoal(null, null, null, version));
		putIfAbsent(model, "subGoalForm", new AddSubGoal(null, null, version));
		putIfAbsent(model, "agreementForm", new Agree(o.today(), null, null, version));
		putIfAbsent(model, "pointerForm", new PointTo(null, null, version));
		putIfAbsent(model, "measureForm", new Measure(o.today(), null, null));
		for (var form : FORMS) {
			putIfAbsent(model, form + "Errors", FormErrors.none(form));
		}
	}

	/** Adds the attribute unless the model has one (a form that failed to bind may have left null). */
	private static void putIfAbsent(Model model, String name, Object value) {
		if (model.getAttribute(name) == null) {
			model.addAttribute(name, value);
		}
	}

}
