package dk.jobvej.smalljobs.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an invoice as OIOUBL 2.1: a UBL 2.1 {@code Invoice} with the Danish customisation, addressed to the
 * public employer's EAN/GLN number ({@code EndpointID schemeID="GLN"}), the bureau identified by its CVR
 * number, Danish VAT (moms, tax scheme 63, StandardRated), payment by bank transfer (means code 42) and
 * one line per ISO week of a small job in hours ({@code unitCode="HUR"}). The element order follows the
 * UBL 2.1 schema, which the tests validate every document against.
 */
final class OioublInvoice {

	static final String INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";

	static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";

	static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

	private OioublInvoice() {
	}

	static byte[] write(InvoiceDraft invoice) {
		if (invoice.customer().ean() == null) {
			throw new IllegalArgumentException("OIOUBL needs the customer's EAN/GLN number");
		}
		var out = new ByteArrayOutputStream();
		try {
			var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			new Writer(xml, invoice).document();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	/** One document being written. */
	private record Writer(XMLStreamWriter xml, InvoiceDraft invoice) {

		void document() throws XMLStreamException {
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setDefaultNamespace(INVOICE);
			xml.setPrefix("cac", CAC);
			xml.setPrefix("cbc", CBC);
			xml.writeStartElement(INVOICE, "Invoice");
			xml.writeDefaultNamespace(INVOICE);
			xml.writeNamespace("cac", CAC);
			xml.writeNamespace("cbc", CBC);
			cbc("UBLVersionID", "2.1");
			cbc("CustomizationID", "OIOUBL-2.1");
			cbc("ProfileID", "urn:www.nesubl.eu:profiles:profile5:ver2.0",
					Map.of("schemeAgencyID", "320", "schemeID", "urn:oioubl:id:profileid-1.6"));
			cbc("ID", String.valueOf(invoice.number()));
			cbc("IssueDate", invoice.issuedOn().toString());
			cbc("DueDate", invoice.dueOn().toString());
			cbc("InvoiceTypeCode", "380", Map.of("listAgencyID", "320", "listID", "urn:oioubl:codelist:invoicetypecode-1.2"));
			cbc("Note", "Småjob " + invoice.month());
			cbc("DocumentCurrencyCode", "DKK");
			start("InvoicePeriod");
			cbc("StartDate", invoice.month().atDay(1).toString());
			cbc("EndDate", invoice.month().atEndOfMonth().toString());
			end();
			start("OrderReference");
			cbc("ID", "smaajob-" + invoice.month());
			end();
			supplier();
			customer();
			payment();
			tax("TaxTotal", invoice.net(), invoice.vat());
			start("LegalMonetaryTotal");
			amount("LineExtensionAmount", invoice.net());
			amount("TaxExclusiveAmount", invoice.vat());
			amount("TaxInclusiveAmount", invoice.total());
			amount("PayableAmount", invoice.total());
			end();
			var number = 1;
			for (var line : invoice.lines()) {
				line(number++, line);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
		}

		private void supplier() throws XMLStreamException {
			var bureau = invoice.supplier();
			start("AccountingSupplierParty");
			start("Party");
			cbc("EndpointID", "DK" + bureau.cvr(), Map.of("schemeID", "DK:CVR"));
			start("PartyIdentification");
			cbc("ID", "DK" + bureau.cvr(), Map.of("schemeID", "DK:CVR"));
			end();
			start("PartyName");
			cbc("Name", bureau.name());
			end();
			address(bureau.street(), bureau.city(), bureau.postcode());
			taxScheme("DK" + bureau.cvr());
			legalEntity(bureau.name(), bureau.cvr());
			end();
			end();
		}

		private void customer() throws XMLStreamException {
			var customer = invoice.customer();
			start("AccountingCustomerParty");
			start("Party");
			cbc("EndpointID", String.valueOf(customer.ean()), Map.of("schemeID", "GLN", "schemeAgencyID", "9"));
			start("PartyIdentification");
			cbc("ID", "DK" + customer.cvr(), Map.of("schemeID", "DK:CVR"));
			end();
			start("PartyName");
			cbc("Name", customer.name());
			end();
			address(customer.street(), customer.city(), customer.postcode());
			legalEntity(customer.name(), customer.cvr());
			start("Contact");
			cbc("ID", customer.contactName());
			cbc("Name", customer.contactName());
			end();
			end();
			end();
		}

		private void payment() throws XMLStreamException {
			start("PaymentMeans");
			cbc("ID", "1");
			cbc("PaymentMeansCode", "42");
			cbc("PaymentDueDate", invoice.dueOn().toString());
			cbc("PaymentChannelCode", "DK:BANK", Map.of("listAgencyID", "320",
					"listID", "urn:oioubl:codelist:paymentchannelcode-1.1"));
			var account = invoice.supplier().bankAccount().replace(" ", "");
			start("PayeeFinancialAccount");
			cbc("ID", account.substring(4));
			start("FinancialInstitutionBranch");
			cbc("ID", account.substring(0, 4));
			end();
			end();
			end();
			start("PaymentTerms");
			cbc("Note", "Netto " + java.time.temporal.ChronoUnit.DAYS.between(invoice.issuedOn(), invoice.dueOn())
					+ " dage");
			amount("Amount", invoice.total());
			end();
		}

		private void line(int number, InvoiceDraft.Line line) throws XMLStreamException {
			start("InvoiceLine");
			cbc("ID", String.valueOf(number));
			cbc("InvoicedQuantity", line.hours().toPlainString(), Map.of("unitCode", "HUR"));
			amount("LineExtensionAmount", line.amount());
			start("InvoicePeriod");
			cbc("StartDate", line.weekStart().toString());
			cbc("EndDate", line.weekEnd().toString());
			end();
			var vat = line.amount()
				.multiply(BigDecimal.valueOf(invoice.vatPercent()))
				.divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
			tax("TaxTotal", line.amount(), vat);
			start("Item");
			cbc("Description", line.description());
			cbc("Name", line.description().length() > 40 ? line.description().substring(0, 40) : line.description());
			end();
			start("Price");
			amount("PriceAmount", line.hourlyPrice());
			cbc("BaseQuantity", "1", Map.of("unitCode", "HUR"));
			end();
			end();
		}

		private void tax(String element, BigDecimal taxable, BigDecimal tax) throws XMLStreamException {
			start(element);
			amount("TaxAmount", tax);
			start("TaxSubtotal");
			amount("TaxableAmount", taxable);
			amount("TaxAmount", tax);
			start("TaxCategory");
			cbc("ID", "StandardRated", Map.of("schemeAgencyID", "320", "schemeID", "urn:oioubl:id:taxcategoryid-1.1"));
			cbc("Percent", String.valueOf(invoice.vatPercent()));
			start("TaxScheme");
			cbc("ID", "63", Map.of("schemeAgencyID", "320", "schemeID", "urn:oioubl:id:taxschemeid-1.1"));
			cbc("Name", "Moms");
			end();
			end();
			end();
			end();
		}

		private void address(String street, String city, String postcode) throws XMLStreamException {
			start("PostalAddress");
			cbc("AddressFormatCode", "StructuredDK", Map.of("listAgencyID", "320",
					"listID", "urn:oioubl:codelist:addressformatcode-1.1"));
			cbc("StreetName", street);
			cbc("CityName", city);
			cbc("PostalZone", postcode);
			start("Country");
			cbc("IdentificationCode", "DK");
			end();
			end();
		}

		private void taxScheme(String companyId) throws XMLStreamException {
			start("PartyTaxScheme");
			cbc("CompanyID", companyId, Map.of("schemeID", "DK:SE"));
			start("TaxScheme");
			cbc("ID", "63", Map.of("schemeAgencyID", "320", "schemeID", "urn:oioubl:id:taxschemeid-1.1"));
			cbc("Name", "Moms");
			end();
			end();
		}

		private void legalEntity(String name, String cvr) throws XMLStreamException {
			start("PartyLegalEntity");
			cbc("RegistrationName", name);
			cbc("CompanyID", "DK" + cvr, Map.of("schemeID", "DK:CVR"));
			end();
		}

		private void amount(String name, BigDecimal value) throws XMLStreamException {
			cbc(name, value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), Map.of("currencyID", "DKK"));
		}

		private void start(String name) throws XMLStreamException {
			xml.writeStartElement(CAC, name);
		}

		private void end() throws XMLStreamException {
			xml.writeEndElement();
		}

		private void cbc(String name, String value) throws XMLStreamException {
			cbc(name, value, Map.of());
		}

		private void cbc(String name, String value, Map<String, String> attributes) throws XMLStreamException {
			xml.writeStartElement(CBC, name);
			for (var attribute : new java.util.TreeMap<>(attributes).entrySet()) {
				xml.writeAttribute(attribute.getKey(), attribute.getValue());
			}
			xml.writeCharacters(value);
			xml.writeEndElement();
		}

	}

}
