package dk.jobvej.platform.documents;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import dk.jobvej.JobvejIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A Thymeleaf template becomes a PDF whose text, Danish letters and dates included, reads back as written. */
@JobvejIntegrationTest
class PdfDocumentsTests {

	@Autowired
	PdfDocuments documents;

	@Test
	void aTemplateBecomesAPdfWithTheDanishTextIntact() throws IOException {
		var pdf = documents.render("test/letter",
				Map.of("heading", "Afgørelse om tilbud", "text", "Du får virksomhedspraktik i 13 uger på Håndværkerprojektet.",
						"day", LocalDate.of(2026, 11, 22)),
				Locale.forLanguageTag("da"));

		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		try (var document = Loader.loadPDF(pdf)) {
			var text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Afgørelse om tilbud")
				.contains("Du får virksomhedspraktik i 13 uger på Håndværkerprojektet.")
				.contains("22. november 2026");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Afgørelse om tilbud");
		}
	}

}
