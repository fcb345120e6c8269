package dk.jobvej.rehab.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.platform.documents.PdfDocuments;
import dk.jobvej.rehab.DocumentStatus;
import dk.jobvej.rehab.ExemptionReason;
import dk.jobvej.rehab.RehabCaseId;
import dk.jobvej.rehab.RehabCaseType;
import dk.jobvej.rehab.RehabOutcome;
import dk.jobvej.rehab.internal.Courses;
import dk.jobvej.rehab.internal.RehabWorklists;
import dk.jobvej.rehab.internal.RehabWorklists.Scope;
import dk.jobvej.rehab.internal.TeamCases;
import dk.jobvej.rehab.internal.TeamMeetings;
import dk.jobvej.rehab.web.RehabRequests.Decide;
import dk.jobvej.rehab.web.RehabRequests.Exempt;
import dk.jobvej.rehab.web.RehabRequests.Grant;
import dk.jobvej.rehab.web.RehabRequests.OpenCase;
import dk.jobvej.rehab.web.RehabRequests.Recommend;
import dk.jobvej.rehab.web.RehabRequests.RecordDocument;
import dk.jobvej.rehab.web.RehabRequests.RecordEffort;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The rehabilitation pages: the worklists (/rehabilitering), a new case (/rehabilitering/sager/ny)
 * and the case page (/rehabilitering/sager/{id}) with its forms for documents, exemption,
 * recommendation and decision, and the decision letter. A form posts with htmx and gets the case
 * section back; without JavaScript it posts normally and gets the whole page.
 */
@Controller
class RehabPages {

	private static final String CASE = "rehab/case";

	private final TeamCases cases;

	private final TeamMeetings meetings;

	private final Courses courses;

	private final RehabWorklists worklists;

	private final Organisation organisation;

	private final RehabForms forms;

	private final Clock clock;

	RehabPages(TeamCases cases, TeamMeetings meetings, Courses courses, RehabWorklists worklists,
			Organisation organisation, RehabForms forms, Clock clock) {
		this.cases = cases;
		this.meetings = meetings;
		this.courses = courses;
		this.worklists = worklists;
		this.organisation = organisation;
		this.forms = forms;
		this.clock = clock;
	}

	@GetMapping("/rehabilitering")
	String overview(@RequestParam(name = "liste", defaultValue = "mine") String list, Model model) {
		overviewModel(list, model);
		model.addAttribute("effortErrors", forms.none("effort"));
		model.addAttribute("grantErrors", forms.none("grant"));
		return "rehab/overview";
	}

	@PostMapping("/rehabilitering/indsatser")
	String recordEffort(@Valid @ModelAttribute("effortForm") RecordEffort form, BindingResult binding, Model model,
			Locale locale) {
		var errors = forms.run("effort", binding, locale, () -> courses.recordByHand(
				new CitizenId(Objects.requireNonNull(form.citizen())), Objects.requireNonNull(form.offerType()),
				Objects.requireNonNull(form.startedOn())));
		if (!errors.any()) {
			return "redirect:/rehabilitering";
		}
		overviewModel("mine", model);
		model.addAttribute("effortErrors", errors);
		model.addAttribute("grantErrors", forms.none("grant"));
		return "rehab/overview";
	}

	@PostMapping("/rehabilitering/forloeb/{id}/bevilling")
	String grant(@PathVariable UUID id, @Valid @ModelAttribute("grantForm") Grant form, BindingResult binding,
			Model model, Locale locale) {
		var errors = forms.run("grant", binding, locale,
				() -> courses.grant(id, Objects.requireNonNull(form.grantedTo())));
		if (!errors.any()) {
			return "redirect:/rehabilitering";
		}
		overviewModel("mine", model);
		model.addAttribute("effortErrors", forms.none("effort"));
		model.addAttribute("grantErrors", errors);
		model.addAttribute("grantCourse", id);
		return "rehab/overview";
	}

	private void overviewModel(String list, Model model) {
		var leader = organisation.signedIn().has(Role.TEAM_LEADER);
		var unit = leader && "enhed".equals(list);
		model.addAttribute("leader", leader);
		model.addAttribute("list", unit ? "enhed" : "mine");
		model.addAttribute("cases", worklists.cases(unit ? Scope.UNIT : Scope.MINE));
		model.addAttribute("courses", worklists.courses());
		model.addAttribute("today", LocalDate.now(clock));
	}

	@GetMapping("/rehabilitering/sager/ny")
	String newCase(@RequestParam(name = "borger", required = false) @Nullable UUID citizen, Model model) {
		newCaseModel(new OpenCase(citizen, null, LocalDate.now(clock), null), citizen, forms.none("case"), model);
		return "rehab/new-case";
	}

	@PostMapping("/rehabilitering/sager/ny")
	String openCase(@Valid @ModelAttribute("form") OpenCase form, BindingResult binding, Model model, Locale locale) {
		var created = new RehabCaseId[1];
		var errors = forms.run("case", binding, locale, () -> created[0] = cases.open(
				new CitizenId(Objects.requireNonNull(form.citizen())), Objects.requireNonNull(form.type()),
				form.arisenOn() == null ? LocalDate.now(clock) : form.arisenOn(),
				form.caseworker() == null ? null : new StaffId(form.caseworker())));
		if (!errors.any()) {
			return "redirect:/rehabilitering/sager/" + created[0];
		}
		newCaseModel(form, null, errors, model);
		return "rehab/new-case";
	}

	private void newCaseModel(OpenCase form, @Nullable UUID given, FormErrors errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("choices", cases.choices(given == null ? null : new CitizenId(given)));
		model.addAttribute("types", RehabCaseType.values());
	}

	@GetMapping("/rehabilitering/sager/{id}")
	String view(@PathVariable UUID id, Model model) {
		caseModel(new RehabCaseId(id), model);
		return CASE;
	}

	@PostMapping("/rehabilitering/sager/{id}/dokumenter")
	String document(@PathVariable UUID id, @Valid @ModelAttribute("documentForm") RecordDocument form,
			BindingResult binding, Model model, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		var errors = forms.run("document", binding, locale,
				() -> cases.recordDocument(new RehabCaseId(id), Objects.requireNonNull(form.kind()),
						Objects.requireNonNull(form.status()), form.on(), form.note(), form.version()));
		model.addAttribute("documentKind", form.kind());
		return answer(new RehabCaseId(id), "documentErrors", errors, model, htmx);
	}

	/** Which meeting to put the case on. */
	record ToMeeting(@jakarta.validation.constraints.NotNull(message = "{rehab.validation.required}") @Nullable UUID meeting) {
	}

	@PostMapping("/rehabilitering/sager/{id}/moede")
	String toMeeting(@PathVariable UUID id, @Valid @ModelAttribute("meetingForm") ToMeeting form, BindingResult binding,
			Model model, Locale locale, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		var errors = forms.run("meeting", binding, locale,
				() -> meetings.addToAgenda(Objects.requireNonNull(form.meeting()), new RehabCaseId(id)));
		return answer(new RehabCaseId(id), "meetingErrors", errors, model, htmx);
	}

	@PostMapping("/rehabilitering/sager/{id}/fritagelse")
	String exempt(@PathVariable UUID id, @Valid @ModelAttribute("exemptForm") Exempt form, BindingResult binding,
			Model model, Locale locale, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		var errors = forms.run("exempt", binding, locale, () -> cases.exempt(new RehabCaseId(id),
				Objects.requireNonNull(form.reason()), form.note(), form.version()));
		return answer(new RehabCaseId(id), "exemptErrors", errors, model, htmx);
	}

	@PostMapping("/rehabilitering/sager/{id}/indstilling")
	String recommend(@PathVariable UUID id, @Valid @ModelAttribute("recommendForm") Recommend form,
			BindingResult binding, Model model, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		var errors = forms.run("recommend", binding, locale, () -> cases.recommend(new RehabCaseId(id),
				Objects.requireNonNull(form.outcome()), form.text(), form.version()));
		return answer(new RehabCaseId(id), "recommendErrors", errors, model, htmx);
	}

	@PostMapping("/rehabilitering/sager/{id}/afgoerelse")
	String decide(@PathVariable UUID id, @Valid @ModelAttribute("decideForm") Decide form, BindingResult binding,
			Model model, Locale locale, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		var errors = forms.run("decide", binding, locale, () -> cases.decide(new RehabCaseId(id),
				Objects.requireNonNull(form.outcome()), Objects.requireNonNull(form.text()), form.decidedOn(),
				form.version()));
		return answer(new RehabCaseId(id), "decideErrors", errors, model, htmx);
	}

	@GetMapping("/rehabilitering/sager/{id}/afgoerelsesbrev")
	ResponseEntity<byte[]> letter(@PathVariable UUID id, Locale locale) {
		try {
			return PdfDocuments.response(cases.decisionLetter(new RehabCaseId(id), locale),
					"afgoerelse-" + id + ".pdf", true);
		}
		catch (RuleViolation notDecided) {
			return ResponseEntity.status(303).header("Location", "/rehabilitering/sager/" + id).build();
		}
	}

	private String answer(RehabCaseId id, String errorsName, FormErrors errors, Model model, @Nullable String htmx) {
		if (!errors.any() && htmx == null) {
			return "redirect:/rehabilitering/sager/" + id;
		}
		caseModel(id, model);
		model.addAttribute(errorsName, errors);
		return htmx != null ? CASE + " :: case" : CASE;
	}

	private void caseModel(RehabCaseId id, Model model) {
		var view = cases.view(id, "rehab-case-page");
		model.addAttribute("view", view);
		model.addAttribute("statuses", DocumentStatus.values());
		model.addAttribute("reasons", ExemptionReason.values());
		model.addAttribute("outcomes", RehabOutcome.values());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("upcoming", meetings.upcoming());
		for (var name : new String[] { "documentErrors", "exemptErrors", "recommendErrors", "decideErrors",
				"meetingErrors" }) {
			if (!model.containsAttribute(name)) {
				model.addAttribute(name, forms.none(name.replace("Errors", "")));
			}
		}
	}

}
