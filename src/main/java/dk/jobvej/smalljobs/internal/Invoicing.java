package dk.jobvej.smalljobs.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.platform.documents.PdfDocuments;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bureau invoices the companies for the hours of small jobs (seed 000: "Ansætter kandidaterne –
 * fakturerer virksomheden direkte"): one invoice per company (CVR and EAN) and month with every registered week not yet
 * invoiced whose Thursday falls in the month or before (ISO weeks belong to the month of their Thursday);
 * the price an hour is the agreement's wage and the bureau's rate, both fixed when the small job started.
 * A public employer (with an EAN/GLN number) gets OIOUBL 2.1 XML, any other company a PDF.
 */
@Service
public class Invoicing {

	private final JdbcClient jdbc;

	private final Bureaus bureaus;

	private final PdfDocuments pdfs;

	private final SmallJobsProperties properties;

	private final Clock clock;

	Invoicing(JdbcClient jdbc, Bureaus bureaus, PdfDocuments pdfs, SmallJobsProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.bureaus = bureaus;
		this.pdfs = pdfs;
		this.properties = properties;
		this.clock = clock;
	}

	/** Issues the month's invoices of the signed-in bureau; a month not yet over cannot be invoiced. */
	@Transactional
	public List<InvoiceSummary> issue(YearMonth month) {
		var bureau = bureaus.signedInBureau();
		var today = LocalDate.now(clock);
		if (!month.atEndOfMonth().isBefore(today)) {
			throw new RuleViolation("month", "smalljobs.invoice.monthNotOver");
		}
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("smalljobs-invoice-" + bureau.id())
			.query((rs, n) -> 1).list();
		var lastThursday = month.atEndOfMonth();
		var rows = jdbc.sql("""
				select t.company_name, t.cvr, t.ean, t.street, t.postcode, t.city, t.contact_name, t.title,
				       e.id, h.week_start, h.hours, e.hourly_wage + e.bureau_rate
				from smalljobs.week_hours h
				join smalljobs.employment e on e.id = h.employment
				join smalljobs.task t on t.id = e.task
				where t.bureau = ? and h.week_start + 3 <= ? and h.hours > 0
				  and not exists (select 1 from smalljobs.invoice_line l where l.employment = h.employment
				                  and l.week_start = h.week_start)
				  and not exists (select 1 from smalljobs.invoice i where i.bureau = t.bureau and i.cvr = t.cvr
				                  and i.ean is not distinct from t.ean and i.month = ?)
				order by t.cvr, t.ean nulls first, h.week_start, e.id""")
			.params(bureau.id(), lastThursday, month.toString())
			.query((rs, n) -> new Row(new InvoiceDraft.Customer(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)), rs.getString(8),
					rs.getObject(9, UUID.class), new InvoiceDraft.Line(rs.getString(8), rs.getObject(10, LocalDate.class),
							rs.getBigDecimal(11), rs.getBigDecimal(12))))
			.list();
		var byCompany = new LinkedHashMap<String, List<Row>>();
		for (var row : rows) {
			byCompany.computeIfAbsent(row.customer().cvr() + "/" + row.customer().ean(), key -> new ArrayList<>())
				.add(row);
		}
		var issued = new ArrayList<InvoiceSummary>();
		var number = jdbc.sql("select coalesce(max(number), 0) from smalljobs.invoice where bureau = ?")
			.param(bureau.id()).query(Integer.class).single();
		for (var company : byCompany.values()) {
			var customer = company.getFirst().customer();
			var draft = new InvoiceDraft(++number, today, today.plusDays(properties.paymentDays()), month, bureau,
					customer, company.stream().map(Row::line).toList(), properties.vatPercent());
			issued.add(store(draft, company));
		}
		return issued;
	}

	private InvoiceSummary store(InvoiceDraft draft, List<Row> rows) {
		var oioubl = draft.customer().ean() != null;
		var document = oioubl ? OioublInvoice.write(draft)
				: pdfs.render("smalljobs/invoice-pdf", Map.of("invoice", draft), Locale.forLanguageTag("da"));
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into smalljobs.invoice (id, bureau, number, cvr, ean, company_name, month, issued_on, due_on,
				    net_amount, vat_amount, format, document, municipality_code)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, draft.supplier().id(), draft.number(), draft.customer().cvr(), draft.customer().ean(),
					draft.customer().name(), draft.month().toString(), draft.issuedOn(), draft.dueOn(), draft.net(),
					draft.vat(), oioubl ? "OIOUBL" : "PDF", document, draft.supplier().municipalityCode())
			.update();
		var line = 0;
		for (var row : rows) {
			jdbc.sql("""
					insert into smalljobs.invoice_line (invoice, line, employment, week_start, hours, hourly_price, amount)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, ++line, row.employment(), row.line().weekStart(), row.line().hours(),
						row.line().hourlyPrice(), row.line().amount())
				.update();
		}
		return new InvoiceSummary(id, draft.number(), draft.customer().name(), draft.customer().cvr(),
				draft.customer().ean(), draft.month().toString(), draft.issuedOn(), draft.net(), draft.vat(),
				oioubl ? "OIOUBL" : "PDF");
	}

	/** The signed-in bureau's invoices, newest first. */
	public List<InvoiceSummary> list() {
		return jdbc.sql("""
				select id, number, company_name, cvr, ean, month, issued_on, net_amount, vat_amount, format
				from smalljobs.invoice where bureau = ? order by number desc limit 500""")
			.param(bureaus.signedInBureau().id())
			.query((rs, n) -> new InvoiceSummary(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
					rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getString(10)))
			.list();
	}

	/** The document of one of the signed-in bureau's invoices. */
	public Document document(UUID id) {
		return jdbc.sql("select number, format, document from smalljobs.invoice where id = ? and bureau = ?")
			.params(id, bureaus.signedInBureau().id())
			.query((rs, n) -> new Document(rs.getInt(1), rs.getString(2), rs.getBytes(3)))
			.optional()
			.orElseThrow(() -> new NotFound("smalljobs.invoice.notFound"));
	}

	/** The first ISO week day of a date's week. */
	static LocalDate monday(LocalDate day) {
		return day.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	private record Row(InvoiceDraft.Customer customer, String title, UUID employment, InvoiceDraft.Line line) {
	}

	/** An issued invoice. */
	public record InvoiceSummary(UUID id, int number, String companyName, String cvr, @Nullable String ean,
			String month, LocalDate issuedOn, BigDecimal net, BigDecimal vat, String format) {
	}

	/** An invoice's document: OIOUBL XML or PDF. */
	public record Document(int number, String format, byte[] content) {

		public boolean oioubl() {
			return format.equals("OIOUBL");
		}

	}

}
