package dk.jobvej.programme.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import dk.jobvej.programme.ExitDestination;
import dk.jobvej.programme.VisitationGroup;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The status report as a workbook: one sheet with the courses and exits, one with the visitation
 * groups per unit, one with the grants against the budget. Figures are numbers, not text.
 */
@Component
public class ProgrammeWorkbook {

	private final MessageSource messages;

	ProgrammeWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	public byte[] write(StatusReport report, Locale locale) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			status(workbook.createSheet(text("programme.xlsx.status", locale)), report, locale);
			if (!report.units().isEmpty()) {
				groups(workbook.createSheet(text("programme.xlsx.groups", locale)), report, locale);
			}
			if (report.grants() != null) {
				grants(workbook.createSheet(text("programme.xlsx.grants", locale)), report.grants(), locale);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void status(Sheet sheet, StatusReport report, Locale locale) {
		var r = 0;
		r = row(sheet, r, text("programme.report.cohort", locale), report.cohort());
		for (var stratum : report.cohortByStratum().entrySet()) {
			r = row(sheet, r, "  " + text("citizen.benefitType." + stratum.getKey(), locale), stratum.getValue());
		}
		r = row(sheet, r, text("programme.report.started", locale), report.startedTotal());
		for (var type : report.started().entrySet()) {
			r = row(sheet, r, "  " + text("plan.offerType." + type.getKey(), locale), type.getValue());
		}
		r = row(sheet, r, text("programme.report.completed", locale), report.completedTotal());
		for (var type : report.completed().entrySet()) {
			r = row(sheet, r, "  " + text("plan.offerType." + type.getKey(), locale), type.getValue());
		}
		for (var destination : ExitDestination.values()) {
			r = row(sheet, r, text("programme.exit." + destination, locale), report.exits().getOrDefault(destination, 0));
		}
		row(sheet, r, text("programme.report.movedAway", locale), report.movedAway());
		sheet.autoSizeColumn(0);
	}

	private void groups(Sheet sheet, StatusReport report, Locale locale) {
		var header = sheet.createRow(0);
		header.createCell(0).setCellValue(text("programme.report.unit", locale));
		header.createCell(1).setCellValue(text("programme.report.members", locale));
		var c = 2;
		for (var group : VisitationGroup.values()) {
			header.createCell(c++).setCellValue(text("programme.group." + group, locale));
		}
		header.createCell(c).setCellValue(text("programme.report.notVisited", locale));
		var r = 1;
		for (var unit : report.units()) {
			var row = sheet.createRow(r++);
			row.createCell(0).setCellValue(unit.unit());
			row.createCell(1).setCellValue(unit.members());
			c = 2;
			for (var group : VisitationGroup.values()) {
				row.createCell(c++).setCellValue(unit.groups().getOrDefault(group, 0));
			}
			row.createCell(c).setCellValue(unit.notVisited());
		}
		sheet.autoSizeColumn(0);
	}

	private void grants(Sheet sheet, StatusReport.Grants grants, Locale locale) {
		var r = 0;
		r = row(sheet, r, text("programme.grants.starts", locale), grants.starts());
		r = row(sheet, r, text("programme.grants.startAmount", locale), grants.startAmount());
		r = row(sheet, r, text("programme.grants.completions", locale), grants.completions());
		r = row(sheet, r, text("programme.grants.completionAmount", locale), grants.completionAmount());
		r = row(sheet, r, text("programme.grants.earned", locale), grants.earned());
		r = row(sheet, r, text("programme.grants.base", locale), grants.base());
		r = row(sheet, r, text("programme.grants.ceiling", locale), grants.ceiling());
		r = row(sheet, r, text("programme.grants.payable", locale), grants.payable());
		r = row(sheet, r, text("programme.grants.received", locale), grants.received());
		r = row(sheet, r, text("programme.grants.outstanding", locale), grants.outstanding());
		row(sheet, r, text("programme.grants.headroom", locale), grants.headroom());
		sheet.autoSizeColumn(0);
	}

	private static int row(Sheet sheet, int r, String label, long value) {
		var row = sheet.createRow(r);
		row.createCell(0).setCellValue(label);
		row.createCell(1).setCellValue(value);
		return r + 1;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
