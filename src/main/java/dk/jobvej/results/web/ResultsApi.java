package dk.jobvej.results.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.identity.Organisation;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.platform.documents.PdfDocuments;
import dk.jobvej.results.internal.Benchmarks;
import dk.jobvej.results.internal.Dashboard;
import dk.jobvej.results.internal.FteReport;
import dk.jobvej.results.internal.Kpi;
import dk.jobvej.results.internal.KpiService;
import dk.jobvej.results.internal.LabourForces;
import dk.jobvej.results.internal.LiveMeasures;
import dk.jobvej.results.internal.Refresh;
import dk.jobvej.results.internal.ReportJobs;
import dk.jobvej.results.web.ResultsJson.Created;
import dk.jobvej.results.web.ResultsJson.KpiJson;
import dk.jobvej.results.web.ResultsJson.ReportStatus;
import dk.jobvej.results.web.ResultsRequests.DefineKpi;
import dk.jobvej.results.web.ResultsRequests.ImportBenchmark;
import dk.jobvej.results.web.ResultsRequests.SetLabourForce;
import dk.jobvej.results.web.ResultsRequests.SetTarget;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The results API: the dashboard's KPIs, full-time persons, benchmarks and the labour force for
 * leaders and administrators; KPI definitions, targets, the labour force and benchmark imports
 * for administrators (audited); the committee report made in the background.
 */
@RestController
@RequestMapping("/api/v1/results")
@Tag(name = "Results", description = "KPIs against the employment plan, full-time persons, benchmarks, committee report")
class ResultsApi {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Dashboard dashboard;

	private final KpiService kpis;

	private final LiveMeasures live;

	private final FteReport fte;

	private final Benchmarks benchmarks;

	private final LabourForces labourForces;

	private final Refresh refresh;

	private final ReportJobs reports;

	private final Organisation organisation;

	private final MessageSource messages;

	private final Clock clock;

	ResultsApi(Dashboard dashboard, KpiService kpis, LiveMeasures live, FteReport fte, Benchmarks benchmarks,
			LabourForces labourForces, Refresh refresh, ReportJobs reports, Organisation organisation,
			MessageSource messages, Clock clock) {
		this.dashboard = dashboard;
		this.kpis = kpis;
		this.live = live;
		this.fte = fte;
		this.benchmarks = benchmarks;
		this.labourForces = labourForces;
		this.refresh = refresh;
		this.reports = reports;
		this.organisation = organisation;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/dashboard")
	@Operation(summary = "The KPIs of a year, month by month against target, with the forecast; one unit or all")
	ResultsJson.Dashboard dashboard(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable UUID unit, Locale locale) {
		var view = dashboard.of(year(year), unit, locale);
		return ResultsJson.Dashboard.of(view,
				messages.getMessage("results.forecast.method", new Object[] { view.forecastWindow() }, locale));
	}

	@PostMapping("/refresh")
	@Operation(summary = "Read the municipality's benefit histories again (full-time persons, exits, flex-job entries)")
	ResultsJson.Refreshed refresh() {
		var done = refresh.refresh(organisation.signedIn().municipalityCode());
		return new ResultsJson.Refreshed(done.citizens(), done.periods(), done.millis());
	}

	@GetMapping("/kpis")
	@Operation(summary = "The KPI definitions and targets of the municipality")
	List<KpiJson> kpis() {
		return kpis.mine().stream().map(kpi -> KpiJson.of(kpi, live.isLive(kpi.measure()))).toList();
	}

	@PostMapping("/kpis")
	@Operation(summary = "Define a KPI (administrator; audited)")
	ResponseEntity<KpiJson> define(@Valid @RequestBody DefineKpi request) {
		var kpi = kpis.define(definition(request));
		return ResponseEntity.created(URI.create("/api/v1/results/kpis/" + kpi.id()))
			.body(KpiJson.of(kpi, live.isLive(kpi.measure())));
	}

	@PutMapping("/kpis/{id}")
	@Operation(summary = "Change a KPI's name, goal, measure or kind of target (administrator; audited)")
	KpiJson redefine(@PathVariable UUID id, @Valid @RequestBody DefineKpi request) {
		var kpi = kpis.redefine(id, definition(request), request.version());
		return KpiJson.of(kpi, live.isLive(kpi.measure()));
	}

	@PutMapping("/kpis/{id}/targets/{year}")
	@Operation(summary = "Set a KPI's target for a year, with its source (administrator; audited)")
	KpiJson target(@PathVariable UUID id, @PathVariable int year, @Valid @RequestBody SetTarget request) {
		var kpi = kpis.target(id, year, Objects.requireNonNull(request.target()), Objects.requireNonNull(request.source()),
				request.version());
		return KpiJson.of(kpi, live.isLive(kpi.measure()));
	}

	@GetMapping("/full-time-persons")
	@Operation(summary = "Full-time persons per benefit and month of a year, with the share of the labour force")
	ResultsJson.Fte fullTimePersons(@RequestParam(required = false) @Nullable Integer year) {
		var shown = year == null ? fte.latestYear(organisation.signedIn().municipalityCode()) : year(year);
		return ResultsJson.Fte.of(fte.mine(shown));
	}

	@GetMapping("/benchmarks")
	@Operation(summary = "The benchmark sets (full-time persons of other areas)")
	List<Benchmarks.BenchmarkSet> benchmarkSets() {
		return benchmarks.sets();
	}

	@PostMapping("/benchmarks")
	@Operation(summary = "Import a benchmark set from CSV in the seed's layout (administrator; audited)")
	ResponseEntity<Created> importBenchmark(@Valid @RequestBody ImportBenchmark request) {
		YearMonth month;
		try {
			month = YearMonth.parse(Objects.requireNonNull(request.month()));
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolation("month", "results.benchmark.month");
		}
		var id = benchmarks.importSet(Objects.requireNonNull(request.name()), month,
				Objects.requireNonNull(request.source()), Objects.requireNonNull(request.csv()));
		return ResponseEntity.created(URI.create("/api/v1/results/benchmarks")).body(new Created(id));
	}

	@PostMapping("/benchmarks/seed-000")
	@Operation(summary = "Import seed 000's table (six large cities and the whole country, June 2018); once")
	ResponseEntity<Created> importSeed000() {
		return ResponseEntity.status(201).body(new Created(benchmarks.importSeed000()));
	}

	@GetMapping("/labour-force")
	@Operation(summary = "The municipality's labour force per year, with sources")
	List<LabourForces.LabourForce> labourForce() {
		return labourForces.of(organisation.signedIn().municipalityCode());
	}

	@PutMapping("/labour-force/{year}")
	@Operation(summary = "Set the labour force of a year, with its source (administrator; audited)")
	ResponseEntity<Void> setLabourForce(@PathVariable int year, @Valid @RequestBody SetLabourForce request) {
		labourForces.set(year, Objects.requireNonNull(request.persons()), Objects.requireNonNull(request.source()),
				request.version());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/reports")
	@Operation(summary = "Start the committee report of a year (PDF and XLSX); poll the answer's Location")
	ResponseEntity<ReportStatus> startReport(@RequestParam(required = false) @Nullable Integer year, Locale locale) {
		var id = reports.start(organisation.signedIn().municipalityCode(), year(year), locale);
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/results/reports/" + id))
			.body(new ReportStatus(id, 0, "queued", false, false, null, null));
	}

	@GetMapping("/reports/{id}")
	@Operation(summary = "How far the committee report is; links to the PDF and XLSX when done")
	ReportStatus report(@PathVariable UUID id) {
		var job = job(id);
		var base = "/api/v1/results/reports/" + id;
		return new ReportStatus(id, job.progress(), job.step(), job.done(), job.failed(), job.done() ? base + "/pdf" : null,
				job.done() ? base + "/xlsx" : null);
	}

	@GetMapping("/reports/{id}/pdf")
	@Operation(summary = "The committee report as PDF")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		var pdf = job(id).pdf();
		if (pdf == null) {
			throw new NotFound("results.report.notReady");
		}
		return PdfDocuments.response(pdf, "status-beskaeftigelsesudvalget-" + job(id).year() + ".pdf", false);
	}

	@GetMapping("/reports/{id}/xlsx")
	@Operation(summary = "The committee report as XLSX")
	ResponseEntity<byte[]> xlsx(@PathVariable UUID id) {
		var xlsx = job(id).xlsx();
		if (xlsx == null) {
			throw new NotFound("results.report.notReady");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"status-beskaeftigelsesudvalget-" + job(id).year() + ".xlsx\"")
			.body(xlsx);
	}

	private ReportJobs.Job job(UUID id) {
		return reports.get(id, organisation.signedIn().municipalityCode())
			.orElseThrow(() -> new NotFound("results.report.notFound"));
	}

	private int year(@Nullable Integer year) {
		if (year == null) {
			return LocalDate.now(clock).getYear();
		}
		if (year < 2000 || year > 2999) {
			throw new RuleViolation("year", "results.kpi.year");
		}
		return year;
	}

	private static Kpi.Definition definition(DefineKpi request) {
		return new Kpi.Definition(Objects.requireNonNull(request.goal()), Objects.requireNonNull(request.nameDa()),
				Objects.requireNonNull(request.nameEn()), Objects.requireNonNull(request.measure()),
				Objects.requireNonNull(request.targetKind()));
	}

}
