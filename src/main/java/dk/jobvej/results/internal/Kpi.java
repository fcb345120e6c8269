package dk.jobvej.results.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.platform.RuleViolation;
import dk.jobvej.results.Measure;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A KPI of the employment plan (Beskæftigelsesplan): a name, the minister's goal it serves, the
 * named measure that counts it, and a target per year, as an average per month or a total for the
 * year. Its figures are never typed in: they come from the measure.
 */
@Table(schema = "results", name = "kpi")
public class Kpi implements Persistable<UUID> {

	static final int NAME_LENGTH = 200;

	static final int SOURCE_LENGTH = 300;

	@Id
	private final UUID id;

	private final int municipalityCode;

	private int goal;

	private String nameDa;

	private String nameEn;

	private Measure measure;

	private TargetKind targetKind;

	private final int position;

	@MappedCollection(idColumn = "kpi")
	private final Set<KpiTarget> targets;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	Kpi(UUID id, int municipalityCode, int goal, String nameDa, String nameEn, Measure measure, TargetKind targetKind,
			int position, Set<KpiTarget> targets, @Nullable Integer version) {
		this.id = id;
		this.municipalityCode = municipalityCode;
		this.goal = goal;
		this.nameDa = nameDa;
		this.nameEn = nameEn;
		this.measure = measure;
		this.targetKind = targetKind;
		this.position = position;
		this.targets = new HashSet<>(targets);
		this.version = version;
	}

	static Kpi define(int municipalityCode, int position, Definition definition) {
		var kpi = new Kpi(UUID.randomUUID(), municipalityCode, 1, "", "", definition.measure(), definition.targetKind(),
				position, Set.of(), null);
		kpi.redefine(definition);
		return kpi;
	}

	/** Changes what the KPI is; the names are required, the goal one of the goals. */
	void redefine(Definition definition) {
		this.nameDa = ResultsTexts.required("nameDa", definition.nameDa(), NAME_LENGTH);
		this.nameEn = ResultsTexts.required("nameEn", definition.nameEn(), NAME_LENGTH);
		this.goal = definition.goal();
		this.measure = definition.measure();
		this.targetKind = definition.targetKind();
	}

	/** Sets the target of a year, replacing one set before; the source says where it comes from. */
	void target(int year, BigDecimal target, String source) {
		if (year < 2000 || year > 2999) {
			throw new RuleViolation("year", "results.kpi.year");
		}
		if (target.signum() < 0 || target.compareTo(BigDecimal.valueOf(10_000_000)) >= 0 || target.scale() > 1) {
			throw new RuleViolation("target", "results.kpi.target.invalid");
		}
		var cleanSource = ResultsTexts.required("source", source, SOURCE_LENGTH);
		targets.removeIf(existing -> existing.year() == year);
		targets.add(new KpiTarget(year, target, cleanSource));
	}

	public Optional<KpiTarget> targetOf(int year) {
		return targets.stream().filter(target -> target.year() == year).findFirst();
	}

	public List<KpiTarget> targetsList() {
		return targets.stream().sorted(Comparator.comparing(KpiTarget::year)).toList();
	}

	void expectVersion(@Nullable Integer seen) {
		if (seen != null && !seen.equals(version)) {
			throw new OptimisticLockingFailureException("KPI " + id + " was changed by someone else");
		}
	}

	public UUID id() {
		return id;
	}

	public int municipalityCode() {
		return municipalityCode;
	}

	public int goal() {
		return goal;
	}

	public String nameDa() {
		return nameDa;
	}

	public String nameEn() {
		return nameEn;
	}

	/** The name in the language (Danish unless English). */
	public String name(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameDa;
	}

	public Measure measure() {
		return measure;
	}

	public TargetKind targetKind() {
		return targetKind;
	}

	public int position() {
		return position;
	}

	public @Nullable Integer version() {
		return version;
	}

	@Override
	public UUID getId() {
		return id;
	}

	@Override
	public boolean isNew() {
		return version == null;
	}

	/** What an administrator states about a KPI. */
	public record Definition(int goal, String nameDa, String nameEn, Measure measure, TargetKind targetKind) {
	}

}
