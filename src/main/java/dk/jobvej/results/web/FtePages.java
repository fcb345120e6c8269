package dk.jobvej.results.web;

import java.util.Locale;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.results.internal.Benchmarks;
import dk.jobvej.results.internal.FteReport;
import dk.jobvej.results.internal.LabourForces;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Full-time persons (/resultater/fuldtidspersoner): per benefit and month of a year, the total and
 * the share of the labour force, next to the benchmark set; for the administrator also the labour
 * force figure and the import of seed 000's table.
 */
@Controller
class FtePages {

	private final FteReport fte;

	private final Benchmarks benchmarks;

	private final LabourForces labourForces;

	private final Organisation organisation;

	private final MessageSource messages;

	FtePages(FteReport fte, Benchmarks benchmarks, LabourForces labourForces, Organisation organisation,
			MessageSource messages) {
		this.fte = fte;
		this.benchmarks = benchmarks;
		this.labourForces = labourForces;
		this.organisation = organisation;
		this.messages = messages;
	}

	@GetMapping("/resultater/fuldtidspersoner")
	String page(@RequestParam(name = "aar", required = false) @Nullable Integer year, Model model) {
		return page(year, FormErrors.none("labour"), model);
	}

	@PostMapping("/resultater/arbejdsstyrke")
	String labourForce(@RequestParam(name = "year", defaultValue = "") String year,
			@RequestParam(name = "persons", defaultValue = "") String persons,
			@RequestParam(name = "source", defaultValue = "") String source,
			@RequestParam(name = "version", required = false) @Nullable Integer version, Model model, Locale locale) {
		try {
			labourForces.set(number("year", year), number("persons", persons), source, version);
			return "redirect:/resultater/fuldtidspersoner";
		}
		catch (RuleViolation violation) {
			return page(null, FormErrors.of("labour", violation, messages, locale), model);
		}
		catch (OptimisticLockingFailureException conflict) {
			return page(null, FormErrors.of("labour", new RuleViolation("persons", "results.conflict"), messages, locale),
					model);
		}
	}

	@PostMapping("/resultater/benchmark")
	String importSeed000() {
		benchmarks.importSeed000();
		return "redirect:/resultater/fuldtidspersoner";
	}

	private String page(@Nullable Integer year, FormErrors errors, Model model) {
		var me = organisation.signedIn();
		var shown = year == null ? fte.latestYear(me.municipalityCode()) : year;
		model.addAttribute("fte", fte.of(me.municipalityCode(), shown));
		model.addAttribute("types", BenefitType.values());
		var sets = benchmarks.sets();
		model.addAttribute("benchmark", sets.isEmpty() ? null : sets.getFirst());
		model.addAttribute("labourForces", labourForces.of(me.municipalityCode()));
		model.addAttribute("administrator", me.has(Role.ADMINISTRATOR));
		model.addAttribute("errors", errors);
		return "results/fte";
	}

	private static int number(String field, String text) {
		try {
			return Integer.parseInt(text.strip().replace(".", ""));
		}
		catch (NumberFormatException ex) {
			throw new RuleViolation(field, "results.validation.number");
		}
	}

}
