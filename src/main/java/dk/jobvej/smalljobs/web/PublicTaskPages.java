package dk.jobvej.smalljobs.web;

import java.util.Locale;
import java.util.Objects;

import dk.jobvej.platform.RuleViolation;
import dk.jobvej.smalljobs.internal.Bureau;
import dk.jobvej.smalljobs.internal.Bureaus;
import dk.jobvej.smalljobs.internal.ReportLimiter;
import dk.jobvej.smalljobs.internal.TaskReport;
import dk.jobvej.smalljobs.internal.Tasks;
import dk.jobvej.smalljobs.web.SmallJobsRequests.ReportTask;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public task form (seed 000: "Mulighed for at melde opgaver direkte ind på website"): a company
 * reports a small task to the bureau without signing in. The form carries a CSRF token, a report is at most
 * {@value #MAX_BYTES} bytes, one address may report a limited number an hour (429 after that), and every
 * field is validated with a Danish message naming it. The bureau confirms the task afterwards.
 */
@Controller
class PublicTaskPages {

	static final int MAX_BYTES = 16_384;

	private final Bureaus bureaus;

	private final Tasks tasks;

	private final ReportLimiter limiter;

	private final MessageSource messages;

	PublicTaskPages(Bureaus bureaus, Tasks tasks, ReportLimiter limiter, MessageSource messages) {
		this.bureaus = bureaus;
		this.tasks = tasks;
		this.limiter = limiter;
		this.messages = messages;
	}

	@GetMapping("/smaajob/meld-opgave/{slug}")
	String form(@PathVariable String slug, Model model) {
		model.addAttribute("form", ReportTask.empty());
		model.addAttribute("errors", FormErrors.none("task"));
		return page(bureau(slug), model);
	}

	@PostMapping("/smaajob/meld-opgave/{slug}")
	String report(@PathVariable String slug, @Valid @ModelAttribute("form") ReportTask form, BindingResult binding,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		var bureau = bureau(slug);
		if (request.getContentLengthLong() > MAX_BYTES) {
			throw new ResponseStatusException(org.springframework.http.HttpStatus.CONTENT_TOO_LARGE);
		}
		if (binding.hasErrors()) {
			model.addAttribute("errors", FormErrors.of("task", binding, messages, locale));
			response.setStatus(422);
			return page(bureau, model);
		}
		if (!limiter.tryReport(request.getRemoteAddr(), bureau.id())) {
			model.addAttribute("errors", FormErrors.general("task",
					messages.getMessage("smalljobs.task.tooMany", null, locale)));
			response.setStatus(429);
			return page(bureau, model);
		}
		try {
			tasks.report(bureau, new TaskReport(Objects.requireNonNull(form.companyName()).strip(),
					Objects.requireNonNull(form.cvr()), blankToNull(form.ean()),
					Objects.requireNonNull(form.contactName()).strip(), Objects.requireNonNull(form.contactEmail()).strip(),
					Objects.requireNonNull(form.contactPhone()).strip(), Objects.requireNonNull(form.title()).strip(),
					Objects.requireNonNull(form.description()).strip(), Objects.requireNonNull(form.street()).strip(),
					Objects.requireNonNull(form.postcode()), Objects.requireNonNull(form.city()).strip(),
					Objects.requireNonNull(form.startsOn()), Objects.requireNonNull(form.hoursPerWeek()),
					Objects.requireNonNull(form.agreement())));
			return "redirect:/smaajob/meld-opgave/" + slug + "/tak";
		}
		catch (RuleViolation violation) {
			model.addAttribute("errors", FormErrors.of("task", violation, messages, locale));
			response.setStatus(422);
			return page(bureau, model);
		}
	}

	@GetMapping("/smaajob/meld-opgave/{slug}/tak")
	String thanks(@PathVariable String slug, Model model) {
		model.addAttribute("bureau", bureau(slug));
		return "smalljobs/report-thanks";
	}

	private String page(Bureau bureau, Model model) {
		model.addAttribute("bureau", bureau);
		model.addAttribute("agreements", tasks.agreements());
		return "smalljobs/report";
	}

	private Bureau bureau(String slug) {
		return bureaus.bySlug(slug)
			.orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
