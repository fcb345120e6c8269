package dk.jobvej.programme.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;
import dk.jobvej.plan.OfferType;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.platform.documents.PdfDocuments;
import dk.jobvej.programme.Clause;
import dk.jobvej.programme.DeferralReason;
import dk.jobvej.programme.ExitDestination;
import dk.jobvej.programme.GrantRule;
import dk.jobvej.programme.ProgrammeDefinition;
import dk.jobvej.programme.ProgrammeId;
import dk.jobvej.programme.ProgrammeImport;
import dk.jobvej.programme.VisitationGroup;
import dk.jobvej.programme.internal.EffectEvaluations;
import dk.jobvej.programme.internal.MyMembers;
import dk.jobvej.programme.internal.Programme;
import dk.jobvej.programme.internal.ProgrammeAudit;
import dk.jobvej.programme.internal.ProgrammeReports;
import dk.jobvej.programme.internal.ProgrammeSelections;
import dk.jobvej.programme.internal.ProgrammeWorkbook;
import dk.jobvej.programme.internal.Programmes;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The programme pages (/programmer): the list, a new programme, the status report with its PDF and
 * XLSX, the selection, the randomisation with its verification, the programme visitation with the
 * group 1 list of what is lacking, the grants with the budget and the effect evaluation.
 */
@Controller
@RequestMapping("/programmer")
class ProgrammePages {

	private final Programmes programmes;

	private final ProgrammeSelections selections;

	private final ProgrammeReports reports;

	private final EffectEvaluations evaluations;

	private final ProgrammeWorkbook workbook;

	private final ProgrammeDocuments documents;

	private final ProgrammeAudit audit;

	private final MyMembers myMembers;

	private final ProgrammeTexts texts;

	private final Organisation organisation;

	private final MessageSource messages;

	ProgrammePages(Programmes programmes, ProgrammeSelections selections, ProgrammeReports reports,
			EffectEvaluations evaluations, ProgrammeWorkbook workbook, ProgrammeDocuments documents,
			ProgrammeAudit audit, MyMembers myMembers, ProgrammeTexts texts, Organisation organisation,
			MessageSource messages) {
		this.programmes = programmes;
		this.selections = selections;
		this.reports = reports;
		this.evaluations = evaluations;
		this.workbook = workbook;
		this.documents = documents;
		this.audit = audit;
		this.myMembers = myMembers;
		this.texts = texts;
		this.organisation = organisation;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		var me = organisation.signedIn();
		model.addAttribute("programmes", programmes.all(me.municipalityCode()));
		model.addAttribute("planner", me.has(Role.TEAM_LEADER) || me.has(Role.ADMINISTRATOR));
		return "programme/list";
	}

	@GetMapping("/ny")
	String form(Model model) {
		return newPage(FormErrors.none("programme"), null, model);
	}

	@PostMapping
	String define(@RequestParam MultiValueMap<String, String> form, Model model, Locale locale) {
		try {
			var id = programmes.define(definition(new FormValues(form)), organisation.signedIn().username());
			return "redirect:/programmer/" + id;
		}
		catch (RuleViolation violation) {
			return newPage(FormErrors.of("programme", violation, messages, locale), form, model);
		}
	}

	private String newPage(FormErrors errors, @Nullable MultiValueMap<String, String> form, Model model) {
		model.addAttribute("errors", errors);
		model.addAttribute("form", form == null ? new org.springframework.util.LinkedMultiValueMap<String, String>() : form);
		model.addAttribute("benefits", BenefitType.values());
		model.addAttribute("categories", VisitationCategory.values());
		model.addAttribute("offerTypes", OfferType.values());
		return "programme/new";
	}

	private ProgrammeDefinition definition(FormValues f) {
		var clauses = new ArrayList<Clause>();
		for (var prefix : List.of("c1", "c2")) {
			var benefits = f.choices(prefix + "Benefits", BenefitType.class);
			if (!benefits.isEmpty()) {
				clauses.add(new Clause(benefits, f.choice(prefix + "Category", VisitationCategory.class),
						f.integer(prefix + "MinAge", 0, 120), f.integer(prefix + "MinSupportMonths", 0, 600),
						f.integer(prefix + "MaxInterruptionDays", 0, 3650),
						f.integer(prefix + "IntegrationProgrammeMonths", 0, 120)));
			}
		}
		if (clauses.isEmpty()) {
			throw new RuleViolation("c1Benefits", "programme.rule.benefitsRequired");
		}
		GrantRule grant = null;
		var startAmount = f.number("grantStart", 0, 10_000_000);
		if (startAmount != null) {
			var types = f.choices("grantTypes", OfferType.class);
			if (types.isEmpty()) {
				throw new RuleViolation("grantTypes", "programme.validation.required");
			}
			grant = new GrantRule(startAmount, orZero(f.number("grantCompletion", 0, 10_000_000)),
					orZero(f.number("grantCap", 0, 10_000_000)), f.integer("grantWeeks", 1, 104) == null ? 13
							: f.integer("grantWeeks", 1, 104),
					types);
		}
		return new ProgrammeDefinition(organisation.signedIn().municipalityCode(), f.required("code"),
				f.required("name"), f.required("methods"), f.requiredDate("startsOn"), f.requiredDate("endsOn"),
				f.requiredDate("selectionOn"), f.checked("randomised"), f.checked("visitationGroups"),
				orZero(f.number("budgetBase", 0, 10_000_000_000L)), orZero(f.number("budgetActivity", 0, 10_000_000_000L)),
				f.required("source"), clauses, grant);
	}

	private static long orZero(@Nullable Long value) {
		return value == null ? 0 : value;
	}

	@GetMapping("/{id}")
	String status(@PathVariable UUID id, Model model) {
		var programme = programme(id);
		model.addAttribute("programme", programme);
		model.addAttribute("report", reports.status(programme));
		model.addAttribute("destinations", ExitDestination.values());
		model.addAttribute("groups", VisitationGroup.values());
		return "programme/status";
	}

	@GetMapping("/{id}/rapport.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
		var programme = programme(id);
		return PdfDocuments.response(documents.pdf(programme, locale), programme.definition().code() + ".pdf", false);
	}

	@GetMapping("/{id}/rapport.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable UUID id, Locale locale) {
		var programme = programme(id);
		return ProgrammeApi.xlsx(workbook.write(reports.status(programme), locale),
				programme.definition().code() + ".xlsx");
	}

	@GetMapping("/{id}/udvaelgelse")
	String selection(@PathVariable UUID id, Model model, Locale locale) {
		var programme = programme(id);
		model.addAttribute("programme", programme);
		var summary = selections.summary(programme);
		if (summary.isPresent()) {
			var view = selections.of(programme);
			var cited = new HashSet<UUID>();
			view.members().forEach(m -> cited.add(m.citizen()));
			view.nearMisses().forEach(m -> cited.add(m.citizen()));
			audit.read(cited, "programme-selection " + id);
			model.addAttribute("view", view);
			model.addAttribute("arms", selections.arms(programme));
			model.addAttribute("texts", new ReasonTexts(texts, locale));
		}
		return "programme/selection";
	}

	@PostMapping("/{id}/udvaelgelse")
	String select(@PathVariable UUID id, Model model, Locale locale) {
		var programme = programme(id);
		try {
			programmes.select(programme.id(), organisation.signedIn().username());
			return "redirect:/programmer/" + id + "/udvaelgelse";
		}
		catch (RuleViolation violation) {
			model.addAttribute("error", messages.getMessage(violation, locale));
			return selection(id, model, locale);
		}
	}

	@GetMapping("/{id}/lodtraekning")
	String randomisation(@PathVariable UUID id, Model model) {
		var programme = programme(id);
		model.addAttribute("programme", programme);
		model.addAttribute("selection", selections.summary(programme).orElse(null));
		model.addAttribute("verification",
				selections.allocation(programme).isPresent() ? programmes.verify(programme.id()) : null);
		model.addAttribute("errors", model.containsAttribute("errors") ? model.getAttribute("errors")
				: FormErrors.none("randomise"));
		return "programme/randomisation";
	}

	@PostMapping("/{id}/lodtraekning")
	String randomise(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			Locale locale) {
		var programme = programme(id);
		var f = new FormValues(form);
		try {
			var seed = f.number("seed", Long.MIN_VALUE, Long.MAX_VALUE);
			var participants = f.integer("participants", 1, 1_000_000);
			if (seed == null) {
				throw new RuleViolation("seed", "programme.validation.required");
			}
			if (participants == null) {
				throw new RuleViolation("participants", "programme.validation.required");
			}
			programmes.randomise(programme.id(), seed, participants, f.checked("stratified"),
					organisation.signedIn().username());
			return "redirect:/programmer/" + id + "/lodtraekning";
		}
		catch (RuleViolation violation) {
			model.addAttribute("errors", FormErrors.of("randomise", violation, messages, locale));
			model.addAttribute("form", form);
			return randomisation(id, model);
		}
	}

	@GetMapping("/{id}/visitation")
	String visitation(@PathVariable UUID id, Model model) {
		var programme = programme(id);
		var lacks = reports.lacking(programme);
		var members = new HashSet<UUID>();
		programmes.members(programme.id()).forEach(c -> members.add(c.value()));
		var mine = myMembers.among(members, "programme-visitation " + id);
		var groupOf = new java.util.HashMap<CitizenId, dk.jobvej.programme.internal.Records.Visit>();
		selections.visits(programme).forEach(v -> groupOf.put(new CitizenId(v.citizen()), v));
		model.addAttribute("programme", programme);
		model.addAttribute("lacks", lacks);
		model.addAttribute("mine", mine);
		model.addAttribute("visits", groupOf);
		model.addAttribute("myLacks", lacks.stream().filter(l -> l.any() && mine.containsKey(l.citizen())).toList());
		model.addAttribute("staff", organisation.staffOf(organisation.signedIn().unit()));
		model.addAttribute("groups", VisitationGroup.values());
		model.addAttribute("reasons", DeferralReason.values());
		model.addAttribute("destinations", ExitDestination.values());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.none("visit"));
		}
		return "programme/visitation";
	}

	@PostMapping("/{id}/visitation")
	String visit(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model, Locale locale) {
		var programme = programme(id);
		var f = new FormValues(form);
		try {
			var citizen = f.id("citizen");
			var group = f.choice("group", VisitationGroup.class);
			if (citizen == null) {
				throw new RuleViolation("citizen", "programme.validation.required");
			}
			if (group == null) {
				throw new RuleViolation("group", "programme.validation.required");
			}
			var mediator = f.id("jobMediator");
			programmes.visit(programme.id(), new ProgrammeImport.Visit(new CitizenId(citizen), group,
					f.requiredDate("decidedOn"), f.date("revisitOn"), f.choice("deferralReason", DeferralReason.class),
					mediator == null ? null : new StaffId(mediator)), organisation.signedIn().username());
			return "redirect:/programmer/" + id + "/visitation?gemt";
		}
		catch (RuleViolation violation) {
			model.addAttribute("errors", FormErrors.of("visit", violation, messages, locale));
			return visitation(id, model);
		}
	}

	@PostMapping("/{id}/udslusning")
	String exit(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model, Locale locale) {
		var programme = programme(id);
		var f = new FormValues(form);
		try {
			var citizen = f.id("exitCitizen");
			var destination = f.choice("destination", ExitDestination.class);
			if (citizen == null) {
				throw new RuleViolation("exitCitizen", "programme.validation.required");
			}
			if (destination == null) {
				throw new RuleViolation("destination", "programme.validation.required");
			}
			programmes.exit(programme.id(), new ProgrammeImport.Exit(new CitizenId(citizen), f.requiredDate("exitedOn"),
					destination), organisation.signedIn().username());
			return "redirect:/programmer/" + id + "/visitation?udsluset";
		}
		catch (RuleViolation violation) {
			model.addAttribute("errors", FormErrors.of("visit", violation, messages, locale));
			return visitation(id, model);
		}
	}

	@GetMapping("/{id}/tilskud")
	String grants(@PathVariable UUID id, Model model) {
		var programme = programme(id);
		model.addAttribute("programme", programme);
		model.addAttribute("report", reports.status(programme));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.none("payment"));
		}
		return "programme/grants";
	}

	@PostMapping("/{id}/tilskud")
	String payment(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			Locale locale) {
		var programme = programme(id);
		var f = new FormValues(form);
		try {
			var amount = f.number("amount", 1, 10_000_000_000L);
			if (amount == null) {
				throw new RuleViolation("amount", "programme.validation.required");
			}
			programmes.payment(programme.id(), new ProgrammeImport.Payment(f.requiredDate("receivedOn"), amount,
					f.required("note")), organisation.signedIn().username());
			return "redirect:/programmer/" + id + "/tilskud?gemt";
		}
		catch (RuleViolation violation) {
			model.addAttribute("errors", FormErrors.of("payment", violation, messages, locale));
			return grants(id, model);
		}
	}

	@GetMapping("/{id}/effekt")
	String effect(@PathVariable UUID id, Model model, Locale locale) {
		var programme = programme(id);
		model.addAttribute("programme", programme);
		try {
			var evaluation = evaluations.evaluate(programme);
			model.addAttribute("evaluation", evaluation);
			model.addAttribute("explanation", texts.explanation(evaluation, locale));
		}
		catch (RuleViolation violation) {
			model.addAttribute("error", messages.getMessage(violation, locale));
		}
		return "programme/effect";
	}

	private Programme programme(UUID id) {
		return programmes.get(new ProgrammeId(id), organisation.signedIn().municipalityCode());
	}

	/** Reasons in words for the selection page. */
	record ReasonTexts(ProgrammeTexts texts, Locale locale) {

		public String of(dk.jobvej.programme.internal.Reason reason) {
			return texts.reason(reason, locale);
		}

	}

}
