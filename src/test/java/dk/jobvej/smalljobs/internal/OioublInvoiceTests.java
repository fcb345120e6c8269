package dk.jobvej.smalljobs.internal;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import dk.jobvej.identity.UnitId;
import dk.jobvej.smalljobs.Gln;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Invoices to public employers as OIOUBL 2.1: every document is well-formed XML, valid against the OASIS
 * UBL 2.1 Invoice schema (UBL-Invoice-2.1.xsd), and carries the elements the receiving NemHandel system
 * needs: the customisation, the customer's EAN/GLN number as endpoint, the bureau's CVR number, Danish VAT
 * and amounts that add up.
 */
class OioublInvoiceTests {

	private static final long SEED = 2_1L;

	private static Schema ubl;

	@BeforeAll
	static void loadTheUblSchema() throws Exception {
		var xsd = OioublInvoiceTests.class.getResource("/external/schemas/ubl21/maindoc/UBL-Invoice-2.1.xsd");
		assertThat(xsd).as("UBL 2.1 schemas on the test classpath (com.helger.ubl:ph-ubl21)").isNotNull();
		var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		factory.setResourceResolver(OioublInvoiceTests::importedByNamespace);
		ubl = factory.newSchema(xsd);
	}

	/** The schemas UBL imports by namespace only (CCTS, XML Signature, XAdES), from their jars. */
	private static final java.util.Map<String, String> IMPORTED = java.util.Map.of(
			"urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2", "/schemas/CCTS_CCT_SchemaModule.xsd",
			"http://www.w3.org/2000/09/xmldsig#", "/schemas/xmldsig-core-schema.xsd",
			"http://uri.etsi.org/01903/v1.3.2#", "/schemas/XAdES01903v132-201601.xsd",
			"http://uri.etsi.org/01903/v1.4.1#", "/schemas/XAdES01903v141-201601.xsd");

	private static org.w3c.dom.ls.LSInput importedByNamespace(String type,
			String namespace, String publicId, String systemId, String baseUri) {
		var resource = namespace == null ? null : IMPORTED.get(namespace);
		if (resource == null) {
			return null;
		}
		try {
			var url = OioublInvoiceTests.class.getResource(resource);
			assertThat(url).as(resource).isNotNull();
			var ls = (org.w3c.dom.ls.DOMImplementationLS) DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.getDOMImplementation();
			var input = ls.createLSInput();
			input.setSystemId(url.toExternalForm());
			input.setByteStream(url.openStream());
			return input;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static InvoiceDraft invoice(Random random) {
		var bureau = new Bureau(UUID.randomUUID(), "FOKUS Folkeoplysning & Co <test>", "fokus", "13748136",
				new UnitId(UUID.randomUUID()), "Boulevarden 13", "9000", "Aalborg", "9570 1234567890", 851);
		var twelve = random.ints(12, 0, 10).collect(StringBuilder::new, StringBuilder::append, StringBuilder::append)
			.toString();
		var customer = new InvoiceDraft.Customer("Aalborg Kommune, Park & Natur", "29189420",
				twelve + Gln.checkDigit(twelve), "Stigsborg Brygge 5", "9400", "Nørresundby", "Ærlig Øbro");
		var lines = new ArrayList<InvoiceDraft.Line>();
		var monday = LocalDate.of(2026, 9, 28);
		for (var i = 0; i < 1 + random.nextInt(8); i++) {
			lines.add(new InvoiceDraft.Line("Pasning af grønne områder", monday.plusWeeks(i),
					BigDecimal.valueOf(random.nextInt(4000), 2).add(BigDecimal.ONE),
					new BigDecimal("141.25").add(new BigDecimal("85.00"))));
		}
		return new InvoiceDraft(1 + random.nextInt(9999), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 2),
				YearMonth.of(2026, 10), bureau, customer, lines, 25);
	}

	static Stream<Integer> invoices() {
		return IntStream.range(0, 25).boxed();
	}

	@ParameterizedTest(name = "seed " + SEED + ", invoice {0}")
	@MethodSource("invoices")
	void everyInvoiceIsValidUbl21(int index) throws Exception {
		var random = new Random(SEED + index);
		var xml = OioublInvoice.write(invoice(random));

		ubl.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
	}

	@Test
	void theInvoiceCarriesTheElementsNemHandelNeeds() throws Exception {
		var draft = invoice(new Random(SEED));
		var document = parse(OioublInvoice.write(draft));

		assertThat(text(document, "/*[local-name()='Invoice']/*[local-name()='CustomizationID']")).isEqualTo("OIOUBL-2.1");
		assertThat(text(document, "/*[local-name()='Invoice']/*[local-name()='UBLVersionID']")).isEqualTo("2.1");
		assertThat(text(document, "//*[local-name()='AccountingCustomerParty']//*[local-name()='EndpointID']"))
			.isEqualTo(draft.customer().ean());
		assertThat(text(document,
				"//*[local-name()='AccountingCustomerParty']//*[local-name()='EndpointID']/@schemeID")).isEqualTo("GLN");
		assertThat(text(document, "//*[local-name()='AccountingSupplierParty']//*[local-name()='EndpointID']"))
			.isEqualTo("DK13748136");
		assertThat(text(document, "//*[local-name()='AccountingSupplierParty']//*[local-name()='RegistrationName']"))
			.isEqualTo("FOKUS Folkeoplysning & Co <test>");
		assertThat(text(document, "//*[local-name()='AccountingCustomerParty']//*[local-name()='Contact']/*[local-name()='ID']"))
			.isEqualTo("Ærlig Øbro");
		assertThat(text(document, "/*[local-name()='Invoice']/*[local-name()='DocumentCurrencyCode']")).isEqualTo("DKK");
		assertThat(count(document, "//*[local-name()='InvoiceLine']")).isEqualTo(draft.lines().size());
		assertThat(text(document, "//*[local-name()='InvoiceLine'][1]/*[local-name()='InvoicedQuantity']/@unitCode"))
			.isEqualTo("HUR");
	}

	@Test
	void theAmountsAddUp() throws Exception {
		var draft = invoice(new Random(SEED + 7));
		var document = parse(OioublInvoice.write(draft));

		var lines = BigDecimal.ZERO;
		for (var i = 1; i <= draft.lines().size(); i++) {
			lines = lines.add(new BigDecimal(text(document,
					"//*[local-name()='InvoiceLine'][" + i + "]/*[local-name()='LineExtensionAmount']")));
		}
		var total = "/*[local-name()='Invoice']/*[local-name()='LegalMonetaryTotal']/*[local-name()='%s']";
		var net = new BigDecimal(text(document, total.formatted("LineExtensionAmount")));
		var vat = new BigDecimal(text(document, "/*[local-name()='Invoice']/*[local-name()='TaxTotal']/*[local-name()='TaxAmount']"));
		var payable = new BigDecimal(text(document, total.formatted("PayableAmount")));

		assertThat(net).isEqualByComparingTo(lines).isEqualByComparingTo(draft.net());
		assertThat(vat).isEqualByComparingTo(draft.net().multiply(new BigDecimal("0.25")).setScale(2,
				java.math.RoundingMode.HALF_UP));
		assertThat(payable).isEqualByComparingTo(net.add(vat));
	}

	@Test
	void theSchemaCatchesAnInvoiceWithoutLines() {
		var draft = invoice(new Random(SEED));
		var empty = new InvoiceDraft(draft.number(), draft.issuedOn(), draft.dueOn(), draft.month(), draft.supplier(),
				draft.customer(), java.util.List.of(), 25);
		var xml = OioublInvoice.write(empty);

		assertThatThrownBy(() -> ubl.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml))))
			.isInstanceOf(org.xml.sax.SAXException.class)
			.hasMessageContaining("InvoiceLine");
	}

	@Test
	void aCompanyWithoutAnEanNumberGetsNoOioubl() {
		var draft = invoice(new Random(SEED));
		var withoutEan = new InvoiceDraft(draft.number(), draft.issuedOn(), draft.dueOn(), draft.month(), draft.supplier(),
				new InvoiceDraft.Customer("Privat ApS", "13748136", null, "Vej 1", "9000", "Aalborg", "A"), draft.lines(),
				25);

		assertThatThrownBy(() -> OioublInvoice.write(withoutEan)).isInstanceOf(IllegalArgumentException.class);
	}

	private static Document parse(byte[] xml) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private static String text(Document document, String path) throws Exception {
		return (String) XPathFactory.newInstance().newXPath().evaluate(path, document, XPathConstants.STRING);
	}

	private static int count(Document document, String path) throws Exception {
		return ((Double) XPathFactory.newInstance().newXPath().evaluate("count(" + path + ")", document,
				XPathConstants.NUMBER)).intValue();
	}

}
