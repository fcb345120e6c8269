package dk.jobvej.results.internal;

import java.time.LocalDate;

import dk.jobvej.results.internal.Benchmarks.BenchmarkSet;
import dk.jobvej.results.internal.FteReport.FteYear;
import dk.jobvej.survey.RoundResult;

import org.jspecify.annotations.Nullable;

/**
 * What the committee report (status til Beskæftigelsesudvalget) holds: the KPIs of the year, the
 * full-time persons with the share of the labour force, the latest benchmark set, and the latest
 * citizens' and companies' survey rounds.
 */
public record ReportContent(int municipalityCode, int year, LocalDate made, DashboardView dashboard, FteYear fte,
		@Nullable BenchmarkSet benchmark, @Nullable RoundResult citizenSurvey, @Nullable RoundResult companySurvey) {
}
