package dk.jobvej.results.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.survey.GroupResult;
import dk.jobvej.survey.RoundResult;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The committee report as a workbook for analysts: one sheet each for the KPIs, the full-time
 * persons, the benchmark set and the surveys, with the figures as numbers (not text) so they can
 * be calculated with. Suppressed survey groups are left empty and marked.
 */
@Component
class ReportWorkbook {

	static final String KPIS = "KPI";

	static final String FULL_TIME_PERSONS = "Fuldtidspersoner";

	static final String BENCHMARK = "Benchmark";

	static final String SURVEYS = "Brugermaaling";

	private final MessageSource messages;

	ReportWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] write(ReportContent content, Locale locale) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var decimals = workbook.createCellStyle();
			decimals.setDataFormat(workbook.createDataFormat().getFormat("#,##0.0"));
			var percent = workbook.createCellStyle();
			percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
			kpis(workbook.createSheet(KPIS), content, locale, decimals);
			fullTimePersons(workbook.createSheet(FULL_TIME_PERSONS), content, locale, decimals);
			benchmark(workbook.createSheet(BENCHMARK), content, locale);
			surveys(workbook.createSheet(SURVEYS), content, locale, percent);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void kpis(Sheet sheet, ReportContent content, Locale locale, CellStyle decimals) {
		var view = content.dashboard();
		var header = sheet.createRow(0);
		var c = 0;
		header.createCell(c++).setCellValue(text("results.xlsx.goal", locale));
		header.createCell(c++).setCellValue(text("results.xlsx.kpi", locale));
		header.createCell(c++).setCellValue(text("results.xlsx.targetKind", locale));
		header.createCell(c++).setCellValue(text("results.kpi.target", locale));
		for (var month : view.months()) {
			header.createCell(c++).setCellValue(month);
		}
		header.createCell(c++).setCellValue(text("results.xlsx.actual", locale));
		header.createCell(c).setCellValue(text("results.kpi.forecast", locale));
		var r = 1;
		for (var goal : view.goals()) {
			for (var card : goal.kpis()) {
				var row = sheet.createRow(r++);
				c = 0;
				row.createCell(c++).setCellValue(goal.number());
				row.createCell(c++).setCellValue(card.name());
				row.createCell(c++).setCellValue(text("results.xlsx.targetKind." + card.kind().name(), locale));
				var target = row.createCell(c++);
				if (card.target() != null) {
					target.setCellValue(card.target().doubleValue());
				}
				var figures = card.figures();
				for (var m = 0; m < 12; m++) {
					var cell = row.createCell(c++);
					if (card.live() && m < figures.known()) {
						cell.setCellValue(figures.months()[m]);
					}
				}
				if (card.live()) {
					row.createCell(c++).setCellValue(figures.actual());
					var forecast = figures.forecast(view.forecastWindow());
					var cell = row.createCell(c);
					if (forecast.isPresent()) {
						cell.setCellValue(forecast.getAsDouble());
						cell.setCellStyle(decimals);
					}
				}
				else {
					row.createCell(c).setCellValue(text("results.kpi.waiting", locale,
							text("results.module." + card.sourceModule(), locale)));
				}
			}
		}
		r++;
		sheet.createRow(r).createCell(0).setCellValue(text("results.forecast.method", locale, view.forecastWindow()));
	}

	private void fullTimePersons(Sheet sheet, ReportContent content, Locale locale, CellStyle decimals) {
		var fte = content.fte();
		var header = sheet.createRow(0);
		header.createCell(0).setCellValue(text("results.fte.benefit", locale));
		var c = 1;
		for (var month : fte.months()) {
			header.createCell(c++).setCellValue(month.toString());
		}
		var r = 1;
		for (var type : BenefitType.values()) {
			var row = sheet.createRow(r++);
			row.createCell(0).setCellValue(text("citizen.benefitType." + type.name(), locale));
			c = 1;
			for (var month : fte.months()) {
				var cell = row.createCell(c++);
				cell.setCellValue(fte.table().of(type, month));
				cell.setCellStyle(decimals);
			}
		}
		var total = sheet.createRow(r++);
		total.createCell(0).setCellValue(text("results.fte.total", locale));
		var share = sheet.createRow(r);
		share.createCell(0).setCellValue(text("results.fte.share", locale));
		c = 1;
		for (var month : fte.months()) {
			var cell = total.createCell(c);
			cell.setCellValue(fte.table().total(month));
			cell.setCellStyle(decimals);
			var value = fte.share(month);
			if (value.isPresent()) {
				var shareCell = share.createCell(c);
				shareCell.setCellValue(value.get());
				shareCell.setCellStyle(decimals);
			}
			c++;
		}
		if (fte.labourForce() != null) {
			var source = sheet.createRow(r + 2);
			source.createCell(0).setCellValue(text("results.fte.labourForceSource", locale, fte.labourForce().year(),
					fte.labourForce().persons(), fte.labourForce().source()));
		}
	}

	private void benchmark(Sheet sheet, ReportContent content, Locale locale) {
		var set = content.benchmark();
		if (set == null) {
			sheet.createRow(0).createCell(0).setCellValue(text("results.benchmark.none", locale));
			return;
		}
		sheet.createRow(0).createCell(0).setCellValue(set.name() + " (" + set.source() + ")");
		var header = sheet.createRow(1);
		header.createCell(0).setCellValue(text("results.fte.benefit", locale));
		var c = 1;
		for (var area : set.areas()) {
			header.createCell(c++).setCellValue(area.name());
		}
		var r = 2;
		for (var type : BenefitType.values()) {
			var row = sheet.createRow(r++);
			row.createCell(0).setCellValue(text("citizen.benefitType." + type.name(), locale));
			c = 1;
			for (var area : set.areas()) {
				var value = area.of(type);
				var cell = row.createCell(c++);
				if (value != null) {
					cell.setCellValue(value.doubleValue());
				}
			}
		}
		var total = sheet.createRow(r++);
		total.createCell(0).setCellValue(text("results.fte.total", locale));
		var share = sheet.createRow(r);
		share.createCell(0).setCellValue(text("results.fte.share", locale));
		c = 1;
		for (var area : set.areas()) {
			if (area.total() != null) {
				total.createCell(c).setCellValue(area.total().doubleValue());
			}
			if (area.share() != null) {
				share.createCell(c).setCellValue(area.share().doubleValue());
			}
			c++;
		}
	}

	private void surveys(Sheet sheet, ReportContent content, Locale locale, CellStyle percent) {
		var r = 0;
		for (var result : new RoundResult[] { content.citizenSurvey(), content.companySurvey() }) {
			if (result == null) {
				continue;
			}
			r = survey(sheet, r, result, locale, percent) + 1;
		}
		if (r == 0) {
			sheet.createRow(0).createCell(0).setCellValue(text("results.report.noSurvey", locale));
		}
	}

	private int survey(Sheet sheet, int start, RoundResult result, Locale locale, CellStyle percent) {
		var r = start;
		sheet.createRow(r++).createCell(0).setCellValue(result.round().name());
		var header = sheet.createRow(r++);
		header.createCell(0).setCellValue(text("results.xlsx.group", locale));
		header.createCell(1).setCellValue(text("survey.result.issued", locale));
		header.createCell(2).setCellValue(text("survey.result.answers", locale));
		header.createCell(3).setCellValue(text("survey.result.rate", locale));
		var kind = result.round().kind();
		for (var q = 1; q <= kind.questions(); q++) {
			header.createCell(3 + q).setCellValue(text("results.xlsx.question", locale, q));
		}
		for (var group : result.units()) {
			survey(sheet.createRow(r++), group, group.name(), locale, percent);
		}
		survey(sheet.createRow(r++), result.overall(), text("survey.result.overall", locale), locale, percent);
		for (var q = 1; q <= kind.questions(); q++) {
			sheet.createRow(r++).createCell(0)
				.setCellValue(q + ". " + text("survey.question." + kind.name() + "." + q, locale));
		}
		return r;
	}

	private void survey(Row row, GroupResult group, String name, Locale locale, CellStyle percent) {
		row.createCell(0).setCellValue(name);
		row.createCell(1).setCellValue(group.issued());
		if (group.suppressed()) {
			row.createCell(2).setCellValue(text("survey.result.suppressed", locale));
			return;
		}
		row.createCell(2).setCellValue(group.answers());
		var rate = row.createCell(3);
		if (group.responseRate().isPresent()) {
			rate.setCellValue(group.responseRate().getAsDouble());
			rate.setCellStyle(percent);
		}
		var c = 4;
		for (var question : group.questions()) {
			var cell = row.createCell(c++);
			cell.setCellValue(question.positiveShare());
			cell.setCellStyle(percent);
		}
	}

	private String text(String key, Locale locale, @Nullable Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
