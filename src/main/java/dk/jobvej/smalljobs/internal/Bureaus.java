package dk.jobvej.smalljobs.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.UnitId;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bureaus, their rates and their result rules; and which bureau a signed-in partner works for (the
 * bureau whose unit is theirs). A member of staff who is not the bureau's is refused.
 */
@Service
public class Bureaus {

	private final JdbcClient jdbc;

	private final Organisation organisation;

	private final Clock clock;

	Bureaus(JdbcClient jdbc, Organisation organisation, Clock clock) {
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.clock = clock;
	}

	/** Registers a bureau for the administrator's municipality. */
	@Transactional
	public UUID register(NewBureau bureau) {
		var name = bureau.name();
		var slug = bureau.slug();
		var cvr = bureau.cvr();
		var unit = bureau.unit();
		var hourlyRate = bureau.hourlyRate();
		for (var text : new String[][] { { "name", name }, { "street", bureau.street() }, { "city", bureau.city() } }) {
			Texts.check(text[0], text[1], "smalljobs.validation.control");
		}
		var me = organisation.signedIn();
		var unitFacts = organisation.unit(unit).orElseThrow(() -> new RuleViolation("unit", "smalljobs.unit.unknown"));
		if (unitFacts.municipalityCode() != me.municipalityCode()) {
			throw new RuleViolation("unit", "smalljobs.unit.unknown");
		}
		if (!dk.jobvej.employer.Cvr.valid(cvr)) {
			throw new RuleViolation("cvr", "smalljobs.cvr.invalid");
		}
		var id = UUID.randomUUID();
		try {
			jdbc.sql("""
					insert into smalljobs.bureau (id, name, slug, cvr, unit, street, postcode, city, bank_account,
					    municipality_code, created_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, name, slug, cvr, unit.value(), bureau.street(), bureau.postcode(), bureau.city(),
						bureau.bankAccount(), me.municipalityCode(),
						java.sql.Timestamp.from(clock.instant()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation(ex.getMessage() != null && ex.getMessage().contains("unit") ? "unit" : "slug",
					"smalljobs.bureau.duplicate");
		}
		setRate(id, LocalDate.now(clock), hourlyRate);
		return id;
	}

	void setRate(UUID bureau, LocalDate from, BigDecimal hourlyRate) {
		jdbc.sql("""
				insert into smalljobs.bureau_rate (bureau, valid_from, hourly_rate) values (?, ?, ?)
				on conflict (bureau, valid_from) do update set hourly_rate = excluded.hourly_rate""")
			.params(bureau, from, hourlyRate)
			.update();
	}

	/** Sets a result rule of the bureau from a day (the municipality's contract with the bureau). */
	@Transactional
	public void setRule(UUID bureau, ResultRule rule) {
		var found = byId(bureau);
		if (found.municipalityCode() != organisation.signedIn().municipalityCode()) {
			throw new NotFound("smalljobs.bureau.notFound");
		}
		if (rule.kind() == ResultKind.RETAINED && rule.afterWeeks() == null) {
			throw new RuleViolation("afterWeeks", "smalljobs.rule.afterWeeks");
		}
		jdbc.sql("""
				insert into smalljobs.result_rule (bureau, kind, valid_from, amount, after_weeks, results_based)
				values (?, ?, ?, ?, ?, ?)
				on conflict (bureau, kind, valid_from) do update set amount = excluded.amount,
				    after_weeks = excluded.after_weeks, results_based = excluded.results_based""")
			.params(bureau, rule.kind().name(), rule.validFrom(), rule.amount(), rule.afterWeeks(),
					rule.resultsBased())
			.update();
	}

	public List<ResultRule> rules(UUID bureau) {
		return jdbc.sql("""
				select kind, valid_from, amount, after_weeks, results_based from smalljobs.result_rule
				where bureau = ? order by kind, valid_from""")
			.param(bureau)
			.query((rs, n) -> new ResultRule(ResultKind.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class),
					rs.getBigDecimal(3), (Integer) rs.getObject(4), rs.getBoolean(5)))
			.list();
	}

	/** The bureau's hourly rate on the day. */
	BigDecimal rateOn(UUID bureau, LocalDate day) {
		return jdbc.sql("""
				select hourly_rate from smalljobs.bureau_rate where bureau = ? and valid_from <= ?
				order by valid_from desc limit 1""")
			.params(bureau, day)
			.query(BigDecimal.class)
			.optional()
			.orElseThrow(() -> new RuleViolation("from", "smalljobs.rate.missing"));
	}

	public Bureau byId(UUID id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(Bureaus::bureau).optional()
			.orElseThrow(() -> new NotFound("smalljobs.bureau.notFound"));
	}

	public Optional<Bureau> bySlug(String slug) {
		return jdbc.sql(SELECT + " where slug = ?").param(slug).query(Bureaus::bureau).optional();
	}

	/** The bureau the signed-in partner works for; anyone else is refused. */
	public Bureau signedInBureau() {
		var me = organisation.signedIn();
		if (!me.has(Role.PARTNER)) {
			throw new AccessDeniedException("not a partner");
		}
		return jdbc.sql(SELECT + " where unit = ?")
			.param(me.unit().value())
			.query(Bureaus::bureau)
			.optional()
			.orElseThrow(() -> new AccessDeniedException("not the staff of a bureau"));
	}

	/** The bureaus of the signed-in member of staff's municipality, by name. */
	public List<Bureau> ofMunicipality() {
		return jdbc.sql(SELECT + " where municipality_code = ? order by name")
			.param(organisation.signedIn().municipalityCode())
			.query(Bureaus::bureau)
			.list();
	}

	private static final String SELECT = "select id, name, slug, cvr, unit, street, postcode, city, bank_account, municipality_code "
			+ "from smalljobs.bureau";

	private static Bureau bureau(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Bureau(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
				new UnitId(rs.getObject(5, UUID.class)), rs.getString(6), rs.getString(7), rs.getString(8),
				rs.getString(9), rs.getInt(10));
	}

}
