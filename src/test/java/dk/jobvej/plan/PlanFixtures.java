package dk.jobvej.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.testing.TestCitizens;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;

/** What the plan module's tests share: citizens in a target group, and reading a PDF over HTTP as text. */
final class PlanFixtures {

	/** Håndværkerprojektet in Aalborg's catalogue (seeded by the migration, from seed 000). */
	static final UUID HAANDVAERKERPROJEKTET = UUID.fromString("a1b0c000-0000-4000-8000-000000000001");

	private PlanFixtures() {
	}

	/** A citizen on cash benefit for some months, in the visitation category (job-ready: LAB § 6 nr. 2). */
	static CitizenId onCashBenefit(TestCitizens citizens, Staff caseworker, VisitationCategory category) {
		var since = LocalDate.now().minusMonths(5);
		return citizens.in(caseworker)
			.contact(caseworker)
			.benefit(BenefitType.KONTANTHJAELP, since, null)
			.category(category, since.plusDays(3))
			.make();
	}

	/** The text of the PDF at the path, fetched with HTTP Basic as the member of staff. */
	static String pdfText(int port, Staff staff, String path) {
		var credentials = Base64.getEncoder()
			.encodeToString((staff.username() + ":" + staff.password()).getBytes(StandardCharsets.UTF_8));
		try {
			var response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
					.header("Authorization", "Basic " + credentials)
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new AssertionError(path + " answered " + response.statusCode());
			}
			return text(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String text(byte[] pdf) {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
