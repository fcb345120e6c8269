package dk.jobvej.results.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

import dk.jobvej.platform.documents.PdfDocuments;
import dk.jobvej.survey.QuestionnaireKind;
import dk.jobvej.survey.RoundResult;
import dk.jobvej.survey.SurveyResults;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The committee report (status til Beskæftigelsesudvalget, seed 001's "Status på mål og nøgletal"):
 * gathers the year's figures, then writes them as PDF (tables and charts, for the committee) and
 * as XLSX (the same figures as numbers, for analysts).
 */
@Service
public class CommitteeReport {

	private final Dashboard dashboard;

	private final FteReport fte;

	private final Benchmarks benchmarks;

	private final SurveyResults surveys;

	private final PdfDocuments pdf;

	private final ReportWorkbook workbook;

	private final Clock clock;

	CommitteeReport(Dashboard dashboard, FteReport fte, Benchmarks benchmarks, SurveyResults surveys, PdfDocuments pdf,
			ReportWorkbook workbook, Clock clock) {
		this.dashboard = dashboard;
		this.fte = fte;
		this.benchmarks = benchmarks;
		this.surveys = surveys;
		this.pdf = pdf;
		this.workbook = workbook;
		this.clock = clock;
	}

	/** Gathers the figures, telling the progress (0–100) as it goes. */
	public ReportContent gather(int municipalityCode, int year, Locale locale, IntConsumer progress) {
		var view = dashboard.of(municipalityCode, year, null, locale);
		progress.accept(20);
		var fteYear = fte.of(municipalityCode, fte.latestYear(municipalityCode) < year ? fte.latestYear(municipalityCode) : year);
		progress.accept(35);
		var sets = benchmarks.sets();
		progress.accept(40);
		var citizen = latest(municipalityCode, QuestionnaireKind.CITIZEN);
		var company = latest(municipalityCode, QuestionnaireKind.COMPANY);
		progress.accept(50);
		return new ReportContent(municipalityCode, year, LocalDate.now(clock), view, fteYear,
				sets.isEmpty() ? null : sets.getFirst(), citizen, company);
	}

	public byte[] pdf(ReportContent content, Locale locale) {
		var surveys = java.util.stream.Stream.of(content.citizenSurvey(), content.companySurvey())
			.filter(java.util.Objects::nonNull)
			.toList();
		return pdf.render("results/report-pdf", Map.of("report", content, "charts", new ReportCharts(content), "types",
				dk.jobvej.citizen.BenefitType.values(), "surveys", surveys), locale);
	}

	public byte[] xlsx(ReportContent content, Locale locale) {
		return workbook.write(content, locale);
	}

	private @Nullable RoundResult latest(int municipalityCode, QuestionnaireKind kind) {
		return surveys.rounds(municipalityCode)
			.stream()
			.filter(round -> round.kind() == kind)
			.findFirst()
			.flatMap(round -> surveys.result(round.id(), municipalityCode))
			.orElse(null);
	}

}
