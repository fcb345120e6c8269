package dk.jobvej.citizen.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.citizen.BenefitPeriodId;
import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.citizen.Cpr;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.StaffMember;
import dk.jobvej.identity.UnitId;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen's case: register, read (audited), reveal the CPR number (audited), benefit periods
 * and visitation. Every operation checks need-to-know access first; a refusal is audited too.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class CitizenCases {

	private final Citizens citizens;

	private final CitizenGate gate;

	private final CitizenViews views;

	private final CitizenRules rules;

	private final CitizenAudit audit;

	private final Organisation organisation;

	private final Clock clock;

	CitizenCases(Citizens citizens, CitizenGate gate, CitizenViews views, CitizenRules rules, CitizenAudit audit,
			Organisation organisation, Clock clock) {
		this.citizens = citizens;
		this.gate = gate;
		this.views = views;
		this.rules = rules;
		this.audit = audit;
		this.organisation = organisation;
		this.clock = clock;
	}

	/** Registers a citizen in a unit of the caller's municipality. */
	public CitizenId register(NewCitizen request) {
		var staff = gate.caller();
		var cpr = Cpr.parse(request.cpr());
		var unit = organisation.unit(request.unit())
			.filter(u -> u.municipalityCode() == staff.municipalityCode())
			.orElseThrow(() -> new RuleViolation("unit", "citizen.unit.unknown"));
		var contact = primaryContact(staff, request.primaryContact());
		if (citizens.existsByMunicipalityCodeAndCpr(staff.municipalityCode(), cpr.value())) {
			throw new RuleViolation("cpr", "citizen.cpr.exists");
		}
		var id = new CitizenId(UUID.randomUUID());
		var citizen = Citizen.register(id, cpr, request.givenName(), request.familyName(), request.address(),
				staff.municipalityCode(), unit.id(), contact, clock.instant());
		try {
			citizens.save(citizen);
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation("cpr", "citizen.cpr.exists");
		}
		audit.record(staff, AuditAction.CREATE, id, staff.municipalityCode(), "citizen", null);
		return id;
	}

	/** The citizen's case; audited as a read of {@code what} (the page or the API). */
	public CitizenView view(CitizenId id, String what) {
		var opened = gate.open(id);
		audit.record(opened.staff(), AuditAction.READ, id, opened.citizen().municipalityCode(), what, opened.why());
		return views.of(opened.citizen());
	}

	/** The full CPR number, for a caller with access; audited as REVEAL_CPR. */
	public String revealCpr(CitizenId id) {
		var opened = gate.open(id);
		audit.record(opened.staff(), AuditAction.REVEAL_CPR, id, opened.citizen().municipalityCode(), "cpr",
				opened.why());
		return opened.citizen().cpr().formatted();
	}

	public BenefitPeriodId startBenefit(CitizenId id, BenefitType type, LocalDate from, @Nullable LocalDate to,
			@Nullable Integer version) {
		var opened = gate.open(id);
		opened.citizen().expectVersion(version);
		var period = opened.citizen().startBenefit(type, from, to, rules.book());
		save(opened, "benefit-period");
		return period;
	}

	public void endBenefit(CitizenId id, BenefitPeriodId period, LocalDate to, @Nullable Integer version) {
		var opened = gate.open(id);
		opened.citizen().expectVersion(version);
		opened.citizen().endBenefit(period, to);
		save(opened, "benefit-period");
	}

	/** Decides the visitation category; the decision is appended with the caller, the time and the reason. */
	public void changeVisitation(CitizenId id, VisitationCategory category, String reason, @Nullable Integer version) {
		var opened = gate.open(id);
		opened.citizen().expectVersion(version);
		opened.citizen()
			.changeVisitation(category, reason, opened.staff().id(), clock.instant(), LocalDate.now(clock),
					rules.book());
		save(opened, "visitation");
	}

	/**
	 * Changes the citizen's unit and primary contact person: the unit must exist in the citizen's
	 * municipality, the contact must be an active member of staff there who works with citizens.
	 */
	public void assign(CitizenId id, UnitId unit, StaffId primaryContact, @Nullable Integer version) {
		var opened = gate.open(id);
		var citizen = opened.citizen();
		citizen.expectVersion(version);
		var target = organisation.unit(unit).orElseThrow(() -> new RuleViolation("unit", "citizen.unit.unknown"));
		var contact = organisation.staffMember(primaryContact)
			.flatMap(member -> organisation.staffMember(member.username()))
			.orElseThrow(() -> new RuleViolation("primaryContact", "citizen.primaryContact.unknown"));
		var now = clock.instant();
		citizen.moveToUnit(target, opened.staff().id(), now);
		citizen.assignPrimaryContact(contact, opened.staff().id(), now);
		save(opened, "assignment");
	}

	private void save(CitizenGate.Opened opened, String what) {
		citizens.save(opened.citizen());
		audit.record(opened.staff(), AuditAction.CHANGE, opened.citizen().id(), opened.citizen().municipalityCode(),
				what, opened.why());
	}

	/** An active member of staff of the caller's municipality who works with citizens. */
	private StaffId primaryContact(StaffMember caller, @Nullable StaffId requested) {
		if (requested == null) {
			return caller.id();
		}
		return organisation.staffMember(requested)
			.flatMap(member -> organisation.staffMember(member.username()))
			.filter(member -> member.municipalityCode() == caller.municipalityCode() && member.worksWithCitizens())
			.map(StaffMember::id)
			.orElseThrow(() -> new RuleViolation("primaryContact", "citizen.primaryContact.unknown"));
	}

}
