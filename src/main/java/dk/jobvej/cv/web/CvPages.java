package dk.jobvej.cv.web;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.cv.DrivingLicence;
import dk.jobvej.cv.EducationLevel;
import dk.jobvej.cv.LanguageLevel;
import dk.jobvej.cv.internal.CvChangeBy;
import dk.jobvej.cv.internal.CvEditing;
import dk.jobvej.cv.internal.CvReading;
import dk.jobvej.cv.internal.CvView;
import dk.jobvej.cv.internal.ReferenceLists;
import dk.jobvej.cv.web.CvRequests.AddEducation;
import dk.jobvej.cv.web.CvRequests.AddExperience;
import dk.jobvej.cv.web.CvRequests.AddJobGoal;
import dk.jobvej.cv.web.CvRequests.AddLanguage;
import dk.jobvej.cv.web.CvRequests.AddSkill;
import dk.jobvej.cv.web.CvRequests.AnswerDrivingLicences;
import dk.jobvej.cv.web.CvRequests.Describe;
import dk.jobvej.cv.web.CvRequests.Remove;
import dk.jobvej.cv.web.CvRequests.Wish;
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

/**
 * The CV pages: the caseworker's ({@code /borgere/{id}/cv}) and the citizen's own on Min side
 * ({@code /min-side/cv}). Both show the same sections with the same small forms; each form posts
 * with htmx and gets the CV back, or without JavaScript posts normally and is redirected. The
 * path decides who edits: a member of staff with need to know, or the signed-in citizen.
 */
@Controller
class CvPages {

	static final String STAFF = "/borgere/{id}/cv";

	static final String OWN = "/min-side/cv";

	private static final String[] FORMS = { "education", "experience", "skill", "language", "licence", "wishes",
			"jobGoal", "profile", "remove" };

	private final CvReading reading;

	private final CvEditing editing;

	private final ReferenceLists lists;

	private final MessageSource messages;

	CvPages(CvReading reading, CvEditing editing, ReferenceLists lists, MessageSource messages) {
		this.reading = reading;
		this.editing = editing;
		this.lists = lists;
		this.messages = messages;
	}

	@GetMapping({ STAFF, OWN })
	String page(@PathVariable(required = false) @Nullable UUID id, Model model, Locale locale) {
		fill(id, model, locale);
		return template(id);
	}

	@PostMapping({ STAFF + "/uddannelse", OWN + "/uddannelse" })
	String addEducation(@PathVariable(required = false) @Nullable UUID id,
			@Valid @ModelAttribute("educationForm") AddEducation form, BindingResult binding, Model model,
			Locale locale, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		return change(id, "education", binding, model, locale, htmx,
				editor -> editing.addEducation(editor, form.version(), form.level(), form.title(), form.institution(),
						form.fromYear(), form.toYear(), Boolean.TRUE.equals(form.completed())));
	}

	@PostMapping({ STAFF + "/uddannelse/{entry}/fjern", OWN + "/uddannelse/{entry}/fjern" })
	String removeEducation(@PathVariable(required = false) @Nullable UUID id, @PathVariable UUID entry,
			@ModelAttribute("removeForm") Remove form, BindingResult binding, Model model, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		return change(id, "remove", binding, model, locale, htmx,
				editor -> editing.removeEducation(editor, form.version(), entry));
	}

	@PostMapping({ STAFF + "/erfaring", OWN + "/erfaring" })
	String addExperience(@PathVariable(required = false) @Nullable UUID id,
			@Valid @ModelAttribute("experienceForm") AddExperience form, BindingResult binding, Model model,
			Locale locale, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		return change(id, "experience", binding, model, locale, htmx,
				editor -> editing.addExperience(editor, form.version(), form.occupation(), form.title(),
						form.employer(), form.from(), form.to(), form.description()));
	}

	@PostMapping({ STAFF + "/erfaring/{entry}/fjern", OWN + "/erfaring/{entry}/fjern" })
	String removeExperience(@PathVariable(required = false) @Nullable UUID id, @PathVariable UUID entry,
			@ModelAttribute("removeForm") Remove form, BindingResult binding, Model model, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		return change(id, "remove", binding, model, locale, htmx,
				editor -> editing.removeExperience(editor, form.version(), entry));
	}

	@PostMapping({ STAFF + "/kompetencer", OWN + "/kompetencer" })
	String addSkill(@PathVariable(required = false) @Nullable UUID id,
			@Valid @ModelAttribute("skillForm") AddSkill form, BindingResult binding, Model model, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		return change(id, "skill", binding, model, locale, htmx,
				editor -> editing.addSkill(editor, form.version(), form.name()));
	}

	@PostMapping({ STAFF + "/kompetencer/{entry}/fjern", OWN + "/kompetencer/{entry}/fjern" })
	String removeSkill(@PathVariable(required = false) @Nullable UUID id, @PathVariable UUID entry,
			@ModelAttribute("removeForm") Remove form, BindingResult binding, Model model, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		return change(id, "remove", binding, model, locale, htmx,
				editor -> editing.removeSkill(editor, form.version(), entry));
	}

	@PostMapping({ STAFF + "/sprog", OWN + "/sprog" })
	String addLanguage(@PathVariable(required = false) @Nullable UUID id,
			@Valid @ModelAttribute("languageForm") AddLanguage form, BindingResult binding, Model model,
			Locale locale, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		return change(id, "language", binding, model, locale, htmx,
				editor -> editing.addLanguage(editor, form.version(), form.code(), form.level()));
	}

	@PostMapping({ STAFF + "/sprog/{entry}/fjern", OWN + "/sprog/{entry}/fjern" })
	String removeLanguage(@PathVariable(required = false) @Nullable UUID id, @PathVariable UUID entry,
			@ModelAttribute("removeForm") Remove form, BindingResult binding, Model model, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		return change(id, "remove", binding, model, locale, htmx,
				editor -> editing.removeLanguage(editor, form.version(), entry));
	}

	@PostMapping({ STAFF + "/koerekort", OWN + "/koerekort" })
	String answerDrivingLicences(@PathVariable(required = false) @Nullable UUID id,
			@Valid @ModelAttribute("licenceForm") AnswerDrivingLicences form, BindingResult binding, Model model,
			Locale locale, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		return change(id, "licence", binding, model, locale, htmx, editor -> editing.answerDrivingLicences(editor,
				form.version(), form.licences() == null ? Set.of() : form.licences()));
	}

	@PostMapping({ STAFF + "/oensker", OWN + "/oensker" })
	String wish(@PathVariable(required = false) @Nullable UUID id, @Valid @ModelAttribute("wishesForm") Wish form,
			BindingResult binding, Model model, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		return change(id, "wishes", binding, model, locale, htmx,
				editor -> editing.wish(editor, form.version(), form.hoursPerWeek(), form.maxCommuteKm(),
						form.branches() == null ? Set.of() : form.branches()));
	}

	@PostMapping({ STAFF + "/jobmaal", OWN + "/jobmaal" })
	String addJobGoal(@PathVariable(required = false) @Nullable UUID id,
			@Valid @ModelAttribute("jobGoalForm") AddJobGoal form, BindingResult binding, Model model, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		return change(id, "jobGoal", binding, model, locale, htmx,
				editor -> editing.addJobGoal(editor, form.version(), form.occupation(), form.note()));
	}

	@PostMapping({ STAFF + "/jobmaal/{entry}/fjern", OWN + "/jobmaal/{entry}/fjern" })
	String removeJobGoal(@PathVariable(required = false) @Nullable UUID id, @PathVariable UUID entry,
			@ModelAttribute("removeForm") Remove form, BindingResult binding, Model model, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		return change(id, "remove", binding, model, locale, htmx,
				editor -> editing.removeJobGoal(editor, form.version(), entry));
	}

	@PostMapping({ STAFF + "/profil", OWN + "/profil" })
	String describe(@PathVariable(required = false) @Nullable UUID id,
			@Valid @ModelAttribute("profileForm") Describe form, BindingResult binding, Model model, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		return change(id, "profile", binding, model, locale, htmx,
				editor -> editing.describe(editor, form.version(), form.profile()));
	}

	/** Runs the change unless the form is invalid, then answers with the CV (htmx) or the page. */
	private String change(@Nullable UUID id, String form, BindingResult binding, Model model, Locale locale,
			@Nullable String htmx, Consumer<CvChangeBy> change) {
		var errors = FormErrors.none(form);
		if (binding.hasErrors()) {
			errors = FormErrors.of(form, binding, messages, locale);
		}
		else {
			try {
				change.accept(editor(id));
			}
			catch (RuleViolation violation) {
				errors = FormErrors.of(form, violation, messages, locale);
			}
			catch (OptimisticLockingFailureException conflict) {
				errors = FormErrors.general(form, messages.getMessage("cv.conflict", null, locale));
			}
		}
		if (htmx == null && !errors.any()) {
			return "redirect:" + base(id);
		}
		if (!errors.any() || errors.conflict()) {
			model.asMap()
				.keySet()
				.removeIf(key -> key.endsWith("Form") || key.startsWith(BindingResult.MODEL_KEY_PREFIX));
		}
		model.addAttribute(form + "Errors", errors);
		fill(id, model, locale);
		return htmx != null ? "cv/sections :: cv" : template(id);
	}

	private CvChangeBy editor(@Nullable UUID id) {
		return id == null ? CvChangeBy.self() : CvChangeBy.staff(new CitizenId(id));
	}

	private void fill(@Nullable UUID id, Model model, Locale locale) {
		CvView view = id == null ? reading.own() : reading.forStaff(new CitizenId(id), "cv-page");
		model.addAttribute("view", view);
		model.addAttribute("self", id == null);
		model.addAttribute("base", base(id));
		model.addAttribute("citizenId", view.citizen());
		model.addAttribute("levels", EducationLevel.values());
		model.addAttribute("languageLevels", LanguageLevel.values());
		model.addAttribute("licences", DrivingLicence.values());
		model.addAttribute("languages", lists.languages().sorted(locale));
		model.addAttribute("occupations", lists.occupationList().sorted(locale));
		model.addAttribute("branches", lists.branches().sorted(Locale.ROOT).stream()
			.sorted(java.util.Comparator.comparing(dk.jobvej.cv.internal.CodeList.Entry::code)).toList());
		putIfAbsent(model, "educationForm", new AddEducation(null, null, null, null, null, null, view.version()));
		putIfAbsent(model, "experienceForm", new AddExperience(null, null, null, null, null, null, view.version()));
		putIfAbsent(model, "skillForm", new AddSkill(null, view.version()));
		putIfAbsent(model, "languageForm", new AddLanguage(null, null, view.version()));
		putIfAbsent(model, "wishesForm", new Wish(view.hoursPerWeek(), view.maxCommuteKm(),
				Set.copyOf(view.branches().stream().map(CvView.Named::code).toList()), view.version()));
		putIfAbsent(model, "jobGoalForm", new AddJobGoal(null, null, view.version()));
		putIfAbsent(model, "profileForm", new Describe(view.profile(), view.version()));
		for (var form : FORMS) {
			putIfAbsent(model, form + "Errors", FormErrors.none(form));
		}
	}

	private static String base(@Nullable UUID id) {
		return id == null ? OWN : "/borgere/" + id + "/cv";
	}

	private static String template(@Nullable UUID id) {
		return id == null ? "cv/own" : "cv/cv";
	}

	/** Adds the attribute unless the model has one (a form that failed to bind may have left null). */
	private static void putIfAbsent(Model model, String name, Object value) {
		if (model.getAttribute(name) == null) {
			model.addAttribute(name, value);
		}
	}

}
