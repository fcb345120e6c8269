package dk.jobvej.results.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import dk.jobvej.platform.RuleViolation;
import dk.jobvej.results.Measure;
import dk.jobvej.results.internal.Kpi;
import dk.jobvej.results.internal.KpiService;
import dk.jobvej.results.internal.LiveMeasures;
import dk.jobvej.results.internal.TargetKind;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator's page for the employment plan's KPIs (/resultater/maal): each KPI's name,
 * goal, measure and kind of target, its targets per year, and a new KPI. Every change is audited.
 */
@Controller
class KpiPages {

	private final KpiService kpis;

	private final LiveMeasures live;

	private final MessageSource messages;

	private final Clock clock;

	KpiPages(KpiService kpis, LiveMeasures live, MessageSource messages, Clock clock) {
		this.kpis = kpis;
		this.live = live;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/resultater/maal")
	String page(@RequestParam(name = "gemt", required = false) @Nullable String saved, Model model) {
		model.addAttribute("saved", saved != null);
		return page(null, FormErrors.none("kpi"), model);
	}

	@PostMapping("/resultater/maal")
	String define(@RequestParam(name = "goal", defaultValue = "0") String goal,
			@RequestParam(name = "nameDa", defaultValue = "") String nameDa,
			@RequestParam(name = "nameEn", defaultValue = "") String nameEn,
			@RequestParam(name = "measure", defaultValue = "") String measure,
			@RequestParam(name = "targetKind", defaultValue = "") String kind, Model model, Locale locale) {
		try {
			kpis.define(definition(goal, nameDa, nameEn, measure, kind));
			return "redirect:/resultater/maal?gemt";
		}
		catch (RuleViolation violation) {
			return page("new", FormErrors.of("new", violation, messages, locale), model);
		}
	}

	@PostMapping("/resultater/maal/{id}")
	String redefine(@PathVariable UUID id, @RequestParam(name = "goal", defaultValue = "0") String goal,
			@RequestParam(name = "nameDa", defaultValue = "") String nameDa,
			@RequestParam(name = "nameEn", defaultValue = "") String nameEn,
			@RequestParam(name = "measure", defaultValue = "") String measure,
			@RequestParam(name = "targetKind", defaultValue = "") String kind,
			@RequestParam(name = "version", required = false) @Nullable Integer version, Model model, Locale locale) {
		try {
			kpis.redefine(id, definition(goal, nameDa, nameEn, measure, kind), version);
			return "redirect:/resultater/maal?gemt";
		}
		catch (RuleViolation violation) {
			return page(id.toString(), FormErrors.of("kpi-" + id, violation, messages, locale), model);
		}
		catch (OptimisticLockingFailureException conflict) {
			return page(id.toString(), FormErrors.of("kpi-" + id, new RuleViolation("nameDa", "results.conflict"),
					messages, locale), model);
		}
	}

	@PostMapping("/resultater/maal/{id}/maalsaetning")
	String target(@PathVariable UUID id, @RequestParam(name = "year", defaultValue = "") String year,
			@RequestParam(name = "target", defaultValue = "") String target,
			@RequestParam(name = "source", defaultValue = "") String source,
			@RequestParam(name = "version", required = false) @Nullable Integer version, Model model, Locale locale) {
		try {
			kpis.target(id, number("year", year).intValue(), number("target", target), source, version);
			return "redirect:/resultater/maal?gemt";
		}
		catch (RuleViolation violation) {
			return page("target-" + id, FormErrors.of("target-" + id, violation, messages, locale), model);
		}
		catch (OptimisticLockingFailureException conflict) {
			return page("target-" + id, FormErrors.of("target-" + id, new RuleViolation("target", "results.conflict"),
					messages, locale), model);
		}
	}

	private String page(@Nullable String failedForm, FormErrors errors, Model model) {
		model.addAttribute("kpis", kpis.mine());
		model.addAttribute("goals", kpis.goals());
		model.addAttribute("measures", Measure.values());
		model.addAttribute("kinds", TargetKind.values());
		model.addAttribute("live", live);
		model.addAttribute("failedForm", failedForm);
		model.addAttribute("errors", errors);
		model.addAttribute("thisYear", LocalDate.now(clock).getYear());
		if (!model.containsAttribute("saved")) {
			model.addAttribute("saved", false);
		}
		return "results/kpis";
	}

	private static Kpi.Definition definition(String goal, String nameDa, String nameEn, String measure, String kind) {
		Measure theMeasure;
		TargetKind theKind;
		try {
			theMeasure = Measure.valueOf(measure);
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolation("measure", "results.validation.required");
		}
		try {
			theKind = TargetKind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolation("targetKind", "results.validation.required");
		}
		return new Kpi.Definition(number("goal", goal).intValue(), nameDa, nameEn, theMeasure, theKind);
	}

	private static BigDecimal number(String field, String text) {
		try {
			return new BigDecimal(text.strip().replace(".", "").replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw new RuleViolation(field, "results.validation.number");
		}
	}

}
