package dk.jobvej.rehab.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.Map;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.rehab.DocumentKind;
import dk.jobvej.rehab.DocumentStatus;
import dk.jobvej.rehab.ExemptionReason;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The free-municipality variant (frikommuneforsøg med rehabiliteringsteams, seed 002), switched
 * on per municipality for a period without code changes: cases may be exempted from the team
 * meeting with a stated reason, and the caseworker chooses which documentation is relevant. The
 * report counts the exemptions and the GP certificates not asked for, and what they saved at the
 * municipality's unit costs.
 */
@Service
@Transactional
public class FreeMunicipality {

	private final JdbcClient jdbc;

	private final RehabAccess access;

	private final RehabProperties properties;

	private final Clock clock;

	FreeMunicipality(JdbcClient jdbc, RehabAccess access, RehabProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.properties = properties;
		this.clock = clock;
	}

	/** A municipality's setting; without a row: not a free municipality, the default unit costs. */
	public record Setting(int municipalityCode, @Nullable LocalDate from, @Nullable LocalDate to, int meetingUnitCost,
			int certificateUnitCost, int version) {

		public boolean on(LocalDate day) {
			return from != null && !day.isBefore(from) && (to == null || !day.isAfter(to));
		}

	}

	@Transactional(readOnly = true)
	public Setting setting(int municipalityCode) {
		return jdbc.sql("""
				select municipality_code, free_municipality_from, free_municipality_to, meeting_unit_cost,
				       certificate_unit_cost, version
				from rehab.municipality_setting where municipality_code = ?""")
			.param(municipalityCode)
			.query((rs, n) -> new Setting(rs.getInt(1), rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalDate.class), rs.getInt(4), rs.getInt(5), rs.getInt(6)))
			.optional()
			.orElse(new Setting(municipalityCode, null, null, properties.meetingUnitCost(),
					properties.certificateUnitCost(), 0));
	}

	/** The caller's municipality's setting. */
	@Transactional(readOnly = true)
	public Setting mine() {
		return setting(access.anyone().municipalityCode());
	}

	boolean on(int municipalityCode, LocalDate day) {
		return setting(municipalityCode).on(day);
	}

	/** An administrator sets the period (or none) and the unit costs of their municipality. */
	public void change(@Nullable LocalDate from, @Nullable LocalDate to, int meetingUnitCost, int certificateUnitCost,
			@Nullable Integer version) {
		var admin = access.anyone();
		if (to != null && from == null) {
			throw new RuleViolation("from", "rehab.free.fromRequired");
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new RuleViolation("to", "rehab.free.toBeforeFrom");
		}
		if (meetingUnitCost < 0) {
			throw new RuleViolation("meetingUnitCost", "rehab.free.cost");
		}
		if (certificateUnitCost < 0) {
			throw new RuleViolation("certificateUnitCost", "rehab.free.cost");
		}
		var current = setting(admin.municipalityCode());
		if (version != null && version != current.version()) {
			throw new OptimisticLockingFailureException("Free-municipality setting changed");
		}
		var now = Timestamp.from(Instant.now(clock));
		var changed = jdbc.sql("""
				insert into rehab.municipality_setting (municipality_code, free_municipality_from, free_municipality_to,
				       meeting_unit_cost, certificate_unit_cost, changed_by, changed_at, version)
				values (:code, :from, :to, :meeting, :certificate, :by, :at, 0)
				on conflict (municipality_code) do update set free_municipality_from = excluded.free_municipality_from,
				       free_municipality_to = excluded.free_municipality_to, meeting_unit_cost = excluded.meeting_unit_cost,
				       certificate_unit_cost = excluded.certificate_unit_cost, changed_by = excluded.changed_by,
				       changed_at = excluded.changed_at, version = rehab.municipality_setting.version + 1
				where rehab.municipality_setting.version = :version""")
			.param("code", admin.municipalityCode())
			.param("from", from)
			.param("to", to)
			.param("meeting", meetingUnitCost)
			.param("certificate", certificateUnitCost)
			.param("by", admin.username())
			.param("at", now)
			.param("version", current.version())
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("Free-municipality setting changed");
		}
		access.changedSetting(admin, AuditAction.CHANGE, "rehab-setting/" + admin.municipalityCode(),
				"free-municipality", (from == null ? "-" : from) + ".." + (to == null ? "" : to));
	}

	/** What the variant did in a period: exemptions by reason, certificates not asked for, and the saving. */
	public record Report(LocalDate from, LocalDate to, Map<ExemptionReason, Integer> exemptions, int exempted,
			int certificatesNotRequested, int casesArisen, int meetingUnitCost, int certificateUnitCost) {

		public long meetingSaving() {
			return (long) exempted * meetingUnitCost;
		}

		public long certificateSaving() {
			return (long) certificatesNotRequested * certificateUnitCost;
		}

		public long totalSaving() {
			return meetingSaving() + certificateSaving();
		}

	}

	/**
	 * The report of the caller's municipality; without a period it covers the variant's period (to
	 * today if open-ended), or the last year when the municipality never was a free municipality.
	 */
	@Transactional(readOnly = true)
	public Report report(@Nullable LocalDate from, @Nullable LocalDate to) {
		var staff = access.anyone();
		var setting = setting(staff.municipalityCode());
		var today = LocalDate.now(clock);
		var start = from != null ? from : setting.from() != null ? setting.from() : today.minusYears(1);
		var end = to != null ? to : setting.to() != null ? setting.to() : today;
		if (end.isBefore(start)) {
			throw new RuleViolation("to", "rehab.free.toBeforeFrom");
		}
		var byReason = new EnumMap<ExemptionReason, Integer>(ExemptionReason.class);
		for (var reason : ExemptionReason.values()) {
			byReason.put(reason, 0);
		}
		jdbc.sql("""
				select exemption, count(*) from rehab.rehab_case
				where municipality_code = ? and exemption is not null and exempted_on between ? and ?
				group by exemption""")
			.params(staff.municipalityCode(), start, end)
			.query((rs, n) -> byReason.put(ExemptionReason.valueOf(rs.getString(1)), rs.getInt(2)))
			.list();
		var certificates = jdbc.sql("""
				select count(*) from rehab.case_document
				where municipality_code = ? and kind = ? and status = ? and status_on between ? and ?""")
			.params(staff.municipalityCode(), DocumentKind.LAEGEATTEST_LAE265.name(), DocumentStatus.IKKE_RELEVANT.name(),
					start, end)
			.query(Integer.class)
			.single();
		var arisen = jdbc.sql("""
				select count(*) from rehab.rehab_case where municipality_code = ? and arisen_on between ? and ?""")
			.params(staff.municipalityCode(), start, end)
			.query(Integer.class)
			.single();
		var exempted = byReason.values().stream().mapToInt(Integer::intValue).sum();
		return new Report(start, end, byReason, exempted, certificates, arisen, setting.meetingUnitCost(),
				setting.certificateUnitCost());
	}

}
