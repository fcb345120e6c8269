package dk.jobvej.smalljobs.web;

import java.nio.charset.StandardCharsets;

import dk.jobvej.platform.documents.PdfDocuments;
import dk.jobvej.smalljobs.internal.Invoicing;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An invoice's document as a download: OIOUBL XML or PDF. */
final class InvoiceDocuments {

	private InvoiceDocuments() {
	}

	static ResponseEntity<byte[]> response(Invoicing.Document document) {
		var name = "faktura-" + document.number();
		if (!document.oioubl()) {
			return PdfDocuments.response(document.content(), name + ".pdf", false);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "xml", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + ".xml").build().toString())
			.body(document.content());
	}

}
