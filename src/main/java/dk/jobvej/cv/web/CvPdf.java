package dk.jobvej.cv.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.cv.internal.CvReading;
import dk.jobvej.cv.internal.CvView;
import dk.jobvej.platform.documents.PdfDocuments;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The CV as PDF in a clean Danish layout, for the caseworker (audited as {@code cv-pdf}), the
 * citizen on Min side and the API. A CV is written in Danish for Danish employers, whatever the
 * language of the page.
 */
@Controller
class CvPdf {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private final CvReading reading;

	private final PdfDocuments documents;

	CvPdf(CvReading reading, PdfDocuments documents) {
		this.reading = reading;
		this.documents = documents;
	}

	@GetMapping({ CvPages.STAFF + "/pdf", CvPages.OWN + "/pdf", "/api/v1/citizens/{id}/cv/pdf" })
	ResponseEntity<byte[]> pdf(@PathVariable(required = false) @Nullable UUID id) {
		var previous = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(DANISH);
		try {
			CvView view = id == null ? reading.own() : reading.forStaff(new CitizenId(id), "cv-pdf");
			var pdf = documents.render("cv/pdf", Map.of("view", view), DANISH);
			return PdfDocuments.response(pdf, "cv-" + view.name().replaceAll("[^\\p{L}0-9]+", "-") + ".pdf", true);
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
	}

}
