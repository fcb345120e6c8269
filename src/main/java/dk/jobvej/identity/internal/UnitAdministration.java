package dk.jobvej.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.identity.UnitChange;
import dk.jobvej.identity.UnitId;
import dk.jobvej.identity.UnitTree;
import dk.jobvej.identity.VersionedUnit;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Creates, renames and moves units; every change is audited as {@code unit/<id>}. */
@Component
class UnitAdministration {

	private final Units units;

	private final AuditLog audit;

	private final Actor actor;

	UnitAdministration(Units units, AuditLog audit, Actor actor) {
		this.units = units;
		this.audit = audit;
		this.actor = actor;
	}

	UnitId create(String name, @Nullable UnitId parent, int municipalityCode) {
		if (!actor.reaches(municipalityCode)) {
			throw new AccessDeniedException("Another municipality");
		}
		var cleanName = Texts.plain("name", name, Texts.MAX_NAME);
		if (parent != null) {
			parentIn(parent, municipalityCode);
		}
		var id = new UnitId(UUID.randomUUID());
		requireFreeName(municipalityCode, cleanName, id);
		save(Unit.create(id, cleanName, parent, municipalityCode));
		record(AuditAction.CREATE, id, "unit", municipalityCode);
		return id;
	}

	void change(UnitId id, UnitChange change) {
		var unit = reachable(id).orElseThrow(() -> new NotFound("identity.unit.notFound"));
		if (unit.changedSince(change.version())) {
			throw new OptimisticLockingFailureException("Unit " + id + " changed since version " + change.version());
		}
		var cleanName = Texts.plain("name", change.name(), Texts.MAX_NAME);
		var current = unit.view();
		var changed = new ArrayList<String>();
		if (!cleanName.equals(current.name())) {
			requireFreeName(current.municipalityCode(), cleanName, id);
			unit.rename(cleanName);
			changed.add("name");
		}
		if (!Objects.equals(change.parent(), current.parent())) {
			if (change.parent() != null) {
				parentIn(change.parent(), current.municipalityCode());
				var tree = UnitTree.of(units.findByMunicipalityCodeOrderByName(current.municipalityCode())
					.stream()
					.map(Unit::view)
					.toList());
				if (tree.withDescendants(id).contains(change.parent())) {
					throw new RuleViolation("parent", "identity.unit.cycle");
				}
			}
			unit.moveUnder(change.parent());
			changed.add("parent");
		}
		if (!changed.isEmpty()) {
			save(unit);
			record(AuditAction.CHANGE, id, "unit:" + String.join(",", changed), current.municipalityCode());
		}
	}

	List<VersionedUnit> versioned(int municipalityCode) {
		return units.findByMunicipalityCodeOrderByName(municipalityCode).stream().map(Unit::versioned).toList();
	}

	Optional<VersionedUnit> versioned(UnitId id) {
		return reachable(id).map(Unit::versioned);
	}

	private Optional<Unit> reachable(UnitId id) {
		return units.findById(id.value()).filter(unit -> actor.reaches(unit.municipalityCode()));
	}

	private void parentIn(UnitId parent, int municipalityCode) {
		units.findById(parent.value())
			.filter(unit -> unit.municipalityCode() == municipalityCode)
			.orElseThrow(() -> new RuleViolation("parent", "identity.unit.unknown"));
	}

	private void requireFreeName(int municipalityCode, String name, UnitId except) {
		if (units.nameTaken(municipalityCode, name, except.value())) {
			throw new RuleViolation("name", "identity.unit.nameTaken");
		}
	}

	private void save(Unit unit) {
		try {
			units.save(unit);
		}
		catch (DataAccessException ex) {
			throw DuplicateKeys.asRuleViolation(ex, "name", "identity.unit.nameTaken");
		}
	}

	private void record(AuditAction action, UnitId id, String what, int municipalityCode) {
		audit.record(new AuditRecord(actor.username(), action, "unit/" + id, what, null, municipalityCode));
	}

}
