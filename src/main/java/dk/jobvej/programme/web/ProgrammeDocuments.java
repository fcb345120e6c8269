package dk.jobvej.programme.web;

import java.util.Locale;
import java.util.Map;

import dk.jobvej.platform.documents.PdfDocuments;
import dk.jobvej.programme.ExitDestination;
import dk.jobvej.programme.VisitationGroup;
import dk.jobvej.programme.internal.Programme;
import dk.jobvej.programme.internal.ProgrammeReports;

import org.springframework.stereotype.Component;

/** The status report as PDF, from the template the page's figures come from. */
@Component
class ProgrammeDocuments {

	private final PdfDocuments pdfs;

	private final ProgrammeReports reports;

	ProgrammeDocuments(PdfDocuments pdfs, ProgrammeReports reports) {
		this.pdfs = pdfs;
		this.reports = reports;
	}

	byte[] pdf(Programme programme, Locale locale) {
		return pdfs.render("programme/report-pdf", Map.of("report", reports.status(programme), "destinations",
				ExitDestination.values(), "groups", VisitationGroup.values()), locale);
	}

}
