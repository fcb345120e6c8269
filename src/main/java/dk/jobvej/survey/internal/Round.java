package dk.jobvej.survey.internal;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.identity.OrganisationalUnit;
import dk.jobvej.identity.UnitId;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.survey.IsoWeek;
import dk.jobvej.survey.QuestionnaireKind;
import dk.jobvej.survey.RoundId;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A survey round (måling): one questionnaire, handed out by chosen units of one municipality in
 * chosen ISO weeks, for example Jobcenter Aalborg's "uge 6 og 7" (seed 000).
 */
@Table(schema = "survey", name = "round")
class Round implements Persistable<UUID> {

	static final int MAX_WEEKS = 10;

	static final int NAME_LENGTH = 200;

	@Id
	private final UUID id;

	private final int municipalityCode;

	private final QuestionnaireKind kind;

	private final String name;

	@MappedCollection(idColumn = "round")
	private final Set<RoundWeek> weeks;

	@MappedCollection(idColumn = "round")
	private final Set<RoundUnit> units;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	Round(UUID id, int municipalityCode, QuestionnaireKind kind, String name, Set<RoundWeek> weeks,
			Set<RoundUnit> units, @Nullable Integer version) {
		this.id = id;
		this.municipalityCode = municipalityCode;
		this.kind = kind;
		this.name = name;
		this.weeks = new HashSet<>(weeks);
		this.units = new HashSet<>(units);
		this.version = version;
	}

	/**
	 * A new round. The name is required, the weeks 1 to {@value #MAX_WEEKS}, the units at least
	 * one, each of the municipality.
	 */
	static Round plan(int municipalityCode, QuestionnaireKind kind, String name, List<IsoWeek> weeks,
			List<OrganisationalUnit> units) {
		var trimmed = name.strip();
		if (trimmed.isEmpty()) {
			throw new RuleViolation("name", "survey.validation.required");
		}
		if (trimmed.length() > NAME_LENGTH) {
			throw new RuleViolation("name", "survey.validation.tooLong", NAME_LENGTH);
		}
		if (weeks.isEmpty() || weeks.size() > MAX_WEEKS) {
			throw new RuleViolation("weeks", "survey.round.weeks", MAX_WEEKS);
		}
		if (units.isEmpty()) {
			throw new RuleViolation("units", "survey.round.units");
		}
		if (units.stream().anyMatch(unit -> unit.municipalityCode() != municipalityCode)) {
			throw new RuleViolation("units", "survey.unit.unknown");
		}
		return new Round(UUID.randomUUID(), municipalityCode, kind, trimmed,
				Set.copyOf(weeks.stream().map(week -> new RoundWeek(week.year(), week.week())).toList()),
				Set.copyOf(units.stream().map(unit -> new RoundUnit(unit.id().value())).toList()), null);
	}

	/** Whether the round runs for the unit in the week. */
	boolean runs(UnitId unit, IsoWeek week) {
		return includes(unit) && weeks().contains(week);
	}

	boolean includes(UnitId unit) {
		return units.contains(new RoundUnit(unit.value()));
	}

	/** Whether both rounds ask the same questionnaire of a unit in the same week. */
	boolean overlaps(Round other) {
		return kind == other.kind && other.units.stream().anyMatch(units::contains)
				&& other.weeks.stream().anyMatch(weeks::contains);
	}

	RoundId id() {
		return new RoundId(id);
	}

	int municipalityCode() {
		return municipalityCode;
	}

	QuestionnaireKind kind() {
		return kind;
	}

	String name() {
		return name;
	}

	/** The weeks in order. */
	List<IsoWeek> weeks() {
		return weeks.stream().map(week -> new IsoWeek(week.isoYear(), week.isoWeek())).sorted().toList();
	}

	Set<UnitId> units() {
		return Set.copyOf(units.stream().map(unit -> new UnitId(unit.unit())).toList());
	}

	/** The first week, for ordering rounds. */
	IsoWeek firstWeek() {
		return weeks().stream().min(Comparator.naturalOrder()).orElseThrow();
	}

	@Override
	public UUID getId() {
		return id;
	}

	@Override
	public boolean isNew() {
		return version == null;
	}

	/** A week of the round. */
	@Table(schema = "survey", name = "round_week")
	record RoundWeek(int isoYear, int isoWeek) {
	}

	/** A unit of the round. */
	@Table(schema = "survey", name = "round_unit")
	record RoundUnit(UUID unit) {
	}

}
