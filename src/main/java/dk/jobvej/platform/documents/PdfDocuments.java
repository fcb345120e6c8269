package dk.jobvej.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Documents as PDF: letters (afgørelser, partshøringer), CVs and reports. A module writes its
 * document as a Thymeleaf template (HTML with print CSS, {@code @page} for margins), with the same
 * message bundles as its pages, and gets the PDF back. The HTML is parsed leniently, so templates
 * need not be XHTML; the PDF uses the standard PDF fonts, which cover æ, ø and å.
 */
@Component
public class PdfDocuments {

	private final ITemplateEngine templates;

	PdfDocuments(ITemplateEngine templates) {
		this.templates = templates;
	}

	/** The template rendered with the model in the language, as PDF. */
	public byte[] render(String template, Map<String, ?> model, Locale locale) {
		var html = templates.process(template, new Context(locale, Map.copyOf(model)));
		var document = new W3CDom().fromJsoup(Jsoup.parse(html));
		var pdf = new ByteArrayOutputStream();
		try {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withW3cDocument(document, "/");
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pdf.toByteArray();
	}

	/** The PDF as an HTTP response the browser shows (inline) or saves under the file name. */
	public static ResponseEntity<byte[]> response(byte[] pdf, String fileName, boolean inline) {
		var disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(fileName, StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(pdf);
	}

}
