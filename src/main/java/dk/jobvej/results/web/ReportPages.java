package dk.jobvej.results.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import dk.jobvej.identity.Organisation;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.documents.PdfDocuments;
import dk.jobvej.results.internal.ReportJobs;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The committee report (/resultater/rapport): start it, watch the progress bar (htmx asks for the
 * job's state every second until it is done) and download the PDF and the XLSX.
 */
@Controller
class ReportPages {

	private final ReportJobs reports;

	private final Organisation organisation;

	private final Clock clock;

	ReportPages(ReportJobs reports, Organisation organisation, Clock clock) {
		this.reports = reports;
		this.organisation = organisation;
		this.clock = clock;
	}

	@GetMapping("/resultater/rapport")
	String page(Model model) {
		var year = LocalDate.now(clock).getYear();
		model.addAttribute("years", java.util.List.of(year, year - 1, year - 2));
		return "results/report";
	}

	@PostMapping("/resultater/rapport")
	String start(@RequestParam(name = "aar", required = false) @Nullable Integer year, Locale locale) {
		var shown = year == null || year < 2000 || year > 2999 ? LocalDate.now(clock).getYear() : year;
		var id = reports.start(organisation.signedIn().municipalityCode(), shown, locale);
		return "redirect:/resultater/rapport/" + id;
	}

	@GetMapping("/resultater/rapport/{id}")
	String status(@PathVariable UUID id, Model model) {
		model.addAttribute("job", job(id));
		return "results/report-status";
	}

	@GetMapping("/resultater/rapport/{id}")
	@HxRequest
	String progress(@PathVariable UUID id, Model model) {
		model.addAttribute("job", job(id));
		return "results/report-status :: progress";
	}

	@GetMapping("/resultater/rapport/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		var job = job(id);
		var pdf = job.pdf();
		if (pdf == null) {
			throw new NotFound("results.report.notReady");
		}
		return PdfDocuments.response(pdf, "status-beskaeftigelsesudvalget-" + job.year() + ".pdf", false);
	}

	@GetMapping("/resultater/rapport/{id}/xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable UUID id) {
		var job = job(id);
		var xlsx = job.xlsx();
		if (xlsx == null) {
			throw new NotFound("results.report.notReady");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(ResultsApi.XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"status-beskaeftigelsesudvalget-" + job.year() + ".xlsx\"")
			.body(xlsx);
	}

	private ReportJobs.Job job(UUID id) {
		return reports.get(id, organisation.signedIn().municipalityCode())
			.orElseThrow(() -> new NotFound("results.report.notFound"));
	}

}
