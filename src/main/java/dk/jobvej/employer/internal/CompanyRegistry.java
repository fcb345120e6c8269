package dk.jobvej.employer.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dk.jobvej.employer.Cvr;
import dk.jobvej.employer.PNumber;
import dk.jobvej.employer.internal.Commands.NewCompany;
import dk.jobvej.employer.internal.Commands.NewContact;
import dk.jobvej.employer.internal.Commands.NewVisit;
import dk.jobvej.employer.internal.Commands.NewWorkplace;
import dk.jobvej.employer.internal.Views.CompanySummary;
import dk.jobvej.employer.internal.Views.CompanyView;
import dk.jobvej.employer.internal.Views.ContactView;
import dk.jobvej.employer.internal.Views.VisitView;
import dk.jobvej.employer.internal.Views.WorkplaceView;
import dk.jobvej.employer.VisitOutcome;
import dk.jobvej.employer.VisitPurpose;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.StaffMember;
import dk.jobvej.occupation.SearchText;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Companies of the signed-in member of staff's municipality: registering by CVR number, their
 * workplaces, contact people and visits, and finding them. A company of another municipality does
 * not exist for the caller.
 */
@Service
@Transactional
public class CompanyRegistry {

	private final Companies companies;

	private final JdbcClient jdbc;

	private final Organisation organisation;

	private final EmployerQueries queries;

	private final Clock clock;

	CompanyRegistry(Companies companies, JdbcClient jdbc, Organisation organisation, EmployerQueries queries,
			Clock clock) {
		this.companies = companies;
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.queries = queries;
		this.clock = clock;
	}

	/** Registers a company; a consultant who registers it owns it unless another consultant is named. */
	public UUID register(NewCompany command) {
		var me = organisation.signedIn();
		var cvr = Cvr.tryParse(command.cvr()).orElseThrow(() -> new RuleViolation("cvr", "employer.cvr.invalid"));
		var exists = jdbc.sql("select exists (select 1 from employer.company where municipality_code = ? and cvr = ?)")
			.params(me.municipalityCode(), cvr.value())
			.query(Boolean.class)
			.single();
		if (exists) {
			throw new RuleViolation("cvr", "employer.cvr.duplicate");
		}
		var consultant = command.consultant() != null ? consultant(me, command.consultant())
				: me.has(Role.COMPANY_CONSULTANT) ? me.id().value() : null;
		var company = Company.register(cvr, command.name(), command.branch(), command.size(), command.street(),
				command.postcode(), command.city(), consultant, me.municipalityCode(), clock.instant());
		try {
			return companies.save(company).id();
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation("cvr", "employer.cvr.duplicate");
		}
	}

	public void addWorkplace(UUID id, NewWorkplace command, @Nullable Integer version) {
		if (!PNumber.valid(command.pNumber().strip())) {
			throw new RuleViolation("pNumber", "employer.pNumber.format");
		}
		var company = find(id, version);
		company.addWorkplace(new PNumber(command.pNumber().strip()), command.name(), command.street(),
				command.postcode(), command.city());
		companies.save(company);
	}

	public void addContact(UUID id, NewContact command, @Nullable Integer version) {
		var company = find(id, version);
		company.addContact(command.name(), command.title(), command.email(), command.phone());
		companies.save(company);
	}

	/** Makes a consultant of the municipality the company's consultant. */
	public void assignConsultant(UUID id, UUID staff, @Nullable Integer version) {
		var company = find(id, version);
		company.assignConsultant(consultant(organisation.signedIn(), staff));
		companies.save(company);
	}

	/** Records a visit by the signed-in consultant; it may not be in the future. */
	public UUID recordVisit(UUID id, NewVisit command) {
		var me = organisation.signedIn();
		var company = find(id, null);
		if (command.visitedOn().isAfter(LocalDate.now(clock))) {
			throw new RuleViolation("visitedOn", "employer.visit.future");
		}
		var visit = UUID.randomUUID();
		jdbc.sql("""
				insert into employer.visit (id, company, visited_on, consultant, purpose, outcome, note, municipality_code)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(visit, company.id(), command.visitedOn(), me.id().value(), command.purpose().name(),
					command.outcome().name(), Texts.optional("note", command.note(), 2000), company.municipalityCode())
			.update();
		return visit;
	}

	@Transactional(readOnly = true)
	public CompanyView view(UUID id) {
		var company = find(id, null);
		var consultantName = Optional.ofNullable(company.consultant())
			.flatMap(staff -> organisation.staffMember(new StaffId(staff)))
			.map(StaffMember::name)
			.orElse(null);
		return new CompanyView(company.id(), company.cvr().value(), company.name(), company.branch(), company.size(),
				company.street(), company.postcode(), company.city(), company.consultant(), consultantName,
				company.workplaces()
					.stream()
					.map(w -> new WorkplaceView(w.pNumber(), w.name(), w.street(), w.postcode(), w.city()))
					.sorted(java.util.Comparator.comparing(WorkplaceView::pNumber))
					.toList(),
				company.contacts()
					.stream()
					.map(c -> new ContactView(c.name(), c.title(), c.email(), c.phone()))
					.sorted(java.util.Comparator.comparing(ContactView::name))
					.toList(),
				visits(company.id()), queries.vacanciesOf(new dk.jobvej.employer.CompanyId(company.id())),
				queries.placementsOf(company.id()), company.version() == null ? 0 : company.version());
	}

	/** The companies the signed-in consultant owns, by name. */
	@Transactional(readOnly = true)
	public List<CompanySummary> mine() {
		var me = organisation.signedIn();
		return summaries("c.municipality_code = :municipality and c.consultant = :me",
				Map.of("municipality", me.municipalityCode(), "me", me.id().value()), 500);
	}

	/**
	 * Companies by CVR number (exact) or by part of the name (case ignored, misspellings
	 * forgiven), at most 50. The text is untrusted and only ever a bind parameter.
	 */
	@Transactional(readOnly = true)
	public List<CompanySummary> search(String text) {
		var me = organisation.signedIn();
		var clean = SearchText.clean(text).toLowerCase(java.util.Locale.ROOT);
		if (clean.isEmpty()) {
			return List.of();
		}
		var cvr = Cvr.tryParse(clean);
		if (cvr.isPresent()) {
			return summaries("c.municipality_code = :municipality and c.cvr = :cvr",
					Map.of("municipality", me.municipalityCode(), "cvr", cvr.get().value()), 50);
		}
		return summaries("c.municipality_code = :municipality and (c.search_name like '%' || :like || '%' escape '\\' "
				+ "or c.search_name % :text)", Map.of("municipality", me.municipalityCode(), "text", clean, "like",
						clean.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")),
				50);
	}

	private List<CompanySummary> summaries(String where, Map<String, Object> params, int limit) {
		var names = new java.util.HashMap<UUID, String>();
		return jdbc.sql("""
				select c.id, c.cvr, c.name, c.city, c.consultant,
				       (select count(*) from employer.vacancy v where v.company = c.id and v.status = 'OPEN') as open
				from employer.company c where """ + " " + where + " order by c.name limit " + limit)
			.params(params)
			.query((rs, n) -> {
				var consultant = rs.getObject(5, UUID.class);
				var name = consultant == null ? null : names.computeIfAbsent(consultant, staff -> organisation
					.staffMember(new StaffId(staff)).map(StaffMember::name).orElse(""));
				return new CompanySummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
						rs.getString(4), name, rs.getInt(6));
			})
			.list();
	}

	private List<VisitView> visits(UUID company) {
		var names = new java.util.HashMap<UUID, String>();
		return jdbc.sql("""
				select id, visited_on, consultant, purpose, outcome, note from employer.visit
				where company = ? order by visited_on desc, id limit 100""")
			.param(company)
			.query((rs, n) -> {
				var consultant = rs.getObject(3, UUID.class);
				return new VisitView(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
						names.computeIfAbsent(consultant, staff -> organisation.staffMember(new StaffId(staff))
							.map(StaffMember::name)
							.orElse("")),
						VisitPurpose.valueOf(rs.getString(4)), VisitOutcome.valueOf(rs.getString(5)), rs.getString(6));
			})
			.list();
	}

	/** The company of the caller's municipality, at the version the caller saw (if given). */
	Company find(UUID id, @Nullable Integer version) {
		var me = organisation.signedIn();
		var company = companies.findById(id)
			.filter(found -> found.municipalityCode() == me.municipalityCode())
			.orElseThrow(() -> new NotFound("employer.company.notFound"));
		if (version != null && !version.equals(company.version())) {
			throw new OptimisticLockingFailureException("Company changed since version " + version);
		}
		return company;
	}

	/** A company consultant of the caller's municipality. */
	private UUID consultant(StaffMember me, UUID staff) {
		return organisation.staffMember(new StaffId(staff))
			.filter(member -> member.municipalityCode() == me.municipalityCode() && member.has(Role.COMPANY_CONSULTANT))
			.map(member -> member.id().value())
			.orElseThrow(() -> new RuleViolation("consultant", "employer.consultant.unknown"));
	}

}
