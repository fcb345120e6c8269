package dk.jobvej.results.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.identity.Organisation;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.results.KpiTargets;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The KPIs of the employment plan and their targets, kept by the administrator of the
 * municipality. Every change is written to the audit trail (subject {@code kpi/<id>}) in the same
 * transaction.
 */
@Service
@Transactional
public class KpiService implements KpiTargets {

	private final Kpis kpis;

	private final JdbcClient jdbc;

	private final Organisation organisation;

	private final AuditLog audit;

	private volatile @Nullable List<Goal> goals;

	KpiService(Kpis kpis, JdbcClient jdbc, Organisation organisation, AuditLog audit) {
		this.kpis = kpis;
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.audit = audit;
	}

	/** The minister's goals, by number (data of the migrations, read once). */
	@Transactional(readOnly = true)
	public List<Goal> goals() {
		var known = goals;
		if (known == null) {
			known = jdbc.sql("select number, title_da, title_en, source from results.goal order by number")
				.query((rs, n) -> new Goal(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
				.list();
			goals = known;
		}
		return known;
	}

	/**
	 * The KPIs of the municipality with their target for one year, in one query: what the
	 * dashboard reads on every request.
	 */
	@Transactional(readOnly = true)
	public List<YearKpi> ofYear(int municipalityCode, int year) {
		return jdbc.sql("""
				select k.id, k.goal, k.name_da, k.name_en, k.measure, k.target_kind, t.target, t.source
				  from results.kpi k left join results.kpi_target t on t.kpi = k.id and t.year = ?
				 where k.municipality_code = ? order by k.position
				""")
			.params(year, municipalityCode)
			.query((rs, n) -> new YearKpi(rs.getObject(1, java.util.UUID.class), rs.getInt(2), rs.getString(3),
					rs.getString(4), dk.jobvej.results.Measure.valueOf(rs.getString(5)),
					TargetKind.valueOf(rs.getString(6)), rs.getBigDecimal(7), rs.getString(8)))
			.list();
	}

	/** A KPI with its target for one year (null: none). */
	public record YearKpi(java.util.UUID id, int goal, String nameDa, String nameEn, dk.jobvej.results.Measure measure,
			TargetKind targetKind, @Nullable BigDecimal target, @Nullable String targetSource) {

		public String name(java.util.Locale locale) {
			return "en".equals(locale.getLanguage()) ? nameEn : nameDa;
		}

	}

	@Transactional(readOnly = true)
	public List<Kpi> of(int municipalityCode) {
		return kpis.findByMunicipalityCodeOrderByPosition(municipalityCode);
	}

	/** The KPIs of the signed-in member of staff's municipality. */
	@Transactional(readOnly = true)
	public List<Kpi> mine() {
		return of(organisation.signedIn().municipalityCode());
	}

	/** A KPI of the signed-in member of staff's municipality. */
	@Transactional(readOnly = true)
	public Kpi mine(UUID id) {
		return kpis.findById(id)
			.filter(kpi -> kpi.municipalityCode() == organisation.signedIn().municipalityCode())
			.orElseThrow(() -> new NotFound("results.kpi.notFound"));
	}

	public Kpi define(Kpi.Definition definition) {
		var me = organisation.signedIn();
		checkGoal(definition.goal());
		var position = of(me.municipalityCode()).stream().mapToInt(Kpi::position).max().orElse(0) + 1;
		var kpi = kpis.save(Kpi.define(me.municipalityCode(), position, definition));
		record(me.username(), AuditAction.CREATE, kpi, "kpi");
		return kpi;
	}

	public Kpi redefine(UUID id, Kpi.Definition definition, @Nullable Integer version) {
		var kpi = mine(id);
		kpi.expectVersion(version);
		checkGoal(definition.goal());
		kpi.redefine(definition);
		var saved = kpis.save(kpi);
		record(organisation.signedIn().username(), AuditAction.CHANGE, saved, "kpi");
		return saved;
	}

	public Kpi target(UUID id, int year, BigDecimal target, String source, @Nullable Integer version) {
		var kpi = mine(id);
		kpi.expectVersion(version);
		kpi.target(year, target, source);
		var saved = kpis.save(kpi);
		record(organisation.signedIn().username(), AuditAction.CHANGE, saved, "kpi-target:" + year);
		return saved;
	}

	@Override
	public int carryOver(int municipalityCode, int fromYear, int toYear, String actor) {
		var set = 0;
		for (var kpi : of(municipalityCode)) {
			var from = kpi.targetOf(fromYear);
			if (from.isEmpty() || kpi.targetOf(toYear).isPresent()) {
				continue;
			}
			var source = from.get().source();
			kpi.target(toYear, from.get().target(), truncate("Videreført fra " + fromYear + ": " + source));
			record(actor, AuditAction.CHANGE, kpis.save(kpi), "kpi-target:" + toYear);
			set++;
		}
		return set;
	}

	private void checkGoal(int goal) {
		if (goals().stream().noneMatch(g -> g.number() == goal)) {
			throw new RuleViolation("goal", "results.kpi.goal");
		}
	}

	private void record(String actor, AuditAction action, Kpi kpi, String what) {
		audit.record(new AuditRecord(actor, action, "kpi/" + kpi.id(), what, null, kpi.municipalityCode()));
	}

	private static String truncate(String text) {
		return text.length() <= Kpi.SOURCE_LENGTH ? text : text.substring(0, Kpi.SOURCE_LENGTH);
	}

}
