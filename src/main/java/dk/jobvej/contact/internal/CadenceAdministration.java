package dk.jobvej.contact.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.citizen.TargetGroup;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cadence rules as staff read them, and the administrator's switch of the free-municipality
 * variant (seed 002) per target group for their municipality: a row in {@code contact.cadence_variant},
 * no code. The variant's rules only apply while they are in force themselves (the legal cover of the
 * North Jutland trial ended with 2022).
 */
@Service
@Transactional
public class CadenceAdministration {

	private final CadenceRules rules;

	private final JdbcClient jdbc;

	private final Organisation organisation;

	private final AuditLog audit;

	private final Clock clock;

	CadenceAdministration(CadenceRules rules, JdbcClient jdbc, Organisation organisation, AuditLog audit, Clock clock) {
		this.rules = rules;
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.audit = audit;
		this.clock = clock;
	}

	public List<CadenceRule> rules() {
		return rules.book().rules();
	}

	/** The variant choices of the caller's municipality. */
	public List<CadenceBook.VariantChoice> variants() {
		var me = organisation.signedIn();
		return rules.book().variants().stream().filter(v -> v.municipalityCode() == me.municipalityCode()).toList();
	}

	/** Switches the free-municipality variant on for a target group from a day (to a day, or open). */
	public void switchOn(TargetGroup targetGroup, LocalDate from, @Nullable LocalDate to) {
		var me = organisation.signedIn();
		if (!me.has(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("Only administrators switch the free-municipality variant");
		}
		if (to != null && to.isBefore(from)) {
			throw new RuleViolation("to", "contact.absence.endsBeforeStart");
		}
		try {
			jdbc.sql("""
					insert into contact.cadence_variant (municipality_code, target_group, valid_from, valid_to, changed_by, changed_at)
					values (?, ?, ?, ?, ?, ?)""")
				.params(me.municipalityCode(), targetGroup.name(), from, to, me.username(), Timestamp.from(clock.instant()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation("from", "contact.variant.exists");
		}
		audit.record(new AuditRecord(me.username(), AuditAction.CHANGE, "municipality/" + me.municipalityCode(),
				"cadence-variant", targetGroup.name(), me.municipalityCode()));
		rules.reload();
	}

}
