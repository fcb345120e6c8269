package dk.jobvej.contact.internal;

import java.time.Clock;
import java.time.LocalDate;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.citizen.CitizenHistory;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.contact.AvailabilityCaseId;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.OrganisationalUnit;
import dk.jobvej.identity.StaffMember;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The availability track after a no-show without a valid reason: the consultation (partshøring)
 * with a deadline of {@code jobvej.contact.consultation-days}, the citizen's answer, then the
 * decision on a sanction with its legal basis and appeal guidance (klagevejledning), announced to the
 * benefit office as an event.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class AvailabilityTrack {

	private final AvailabilityCases cases;

	private final Opening opening;

	private final SanctionRules rules;

	private final ContactAudit audit;

	private final Organisation organisation;

	private final ContactProperties properties;

	private final Clock clock;

	AvailabilityTrack(AvailabilityCases cases, Opening opening, SanctionRules rules,
			ContactAudit audit, Organisation organisation, ContactProperties properties, Clock clock) {
		this.cases = cases;
		this.opening = opening;
		this.rules = rules;
		this.audit = audit;
		this.organisation = organisation;
		this.properties = properties;
		this.clock = clock;
	}

	AvailabilityCaseId open(Conversation missed, CitizenHistory history, StaffMember by) {
		var day = missed.startsAt().atZone(clock.getZone()).toLocalDate();
		var benefit = history.benefitOn(day).map(CitizenHistory.Benefit::type).orElse(null);
		var opened = cases.save(AvailabilityCase.open(missed, benefit, clock.instant(),
				LocalDate.now(clock).plusDays(properties.consultationDays())));
		audit.record(by.username(), AuditAction.CREATE, missed.citizen(), missed.municipalityCode(),
				"availability-consultation", opened.id().toString());
		return opened.id();
	}

	public AvailabilityView view(AvailabilityCaseId id, String what) {
		return view(load(id, what));
	}

	/** Records the citizen's answer to the consultation. */
	public void respond(AvailabilityCaseId id, String response, @Nullable Integer version) {
		var opened = load(id, "availability-case");
		opened.availability().expectVersion(version);
		opened.availability().response(response);
		cases.save(opened.availability());
		audit.record(opened.conversation().staff().username(), AuditAction.CHANGE, opened.availability().citizen(),
				opened.availability().municipalityCode(), "availability-response", id.toString());
	}

	/** Decides on a sanction once the citizen has been heard. */
	public void decide(AvailabilityCaseId id, boolean sanction, String reasoning, @Nullable Integer version) {
		var opened = load(id, "availability-case");
		var availability = opened.availability();
		availability.expectVersion(version);
		var missed = opened.conversation().conversation();
		var day = missed.startsAt().atZone(clock.getZone()).toLocalDate();
		var rule = rules.forBenefit(availability.benefit(), day)
			.orElseThrow(() -> new RuleViolation("sanction", "contact.availability.noRule"));
		var staff = opened.conversation().staff();
		availability.decide(sanction, rule, reasoning, staff.id(), staff.username(), clock.instant(),
				LocalDate.now(clock), day);
		cases.save(availability);
		audit.record(staff.username(), AuditAction.CHANGE, availability.citizen(), availability.municipalityCode(),
				"availability-decision", id.toString());
	}

	private Loaded load(AvailabilityCaseId id, String what) {
		var me = opening.caller();
		var availability = cases.findById(id.value())
			.filter(found -> found.municipalityCode() == me.municipalityCode())
			.orElseThrow(() -> new NotFound("contact.availability.notFound"));
		return new Loaded(availability, opening.conversation(availability.conversation(), what));
	}

	private AvailabilityView view(Loaded loaded) {
		var availability = loaded.availability();
		var missed = loaded.conversation().conversation();
		var citizen = loaded.conversation().citizen();
		var zone = clock.getZone();
		var day = missed.startsAt().atZone(zone).toLocalDate();
		return new AvailabilityView(availability.id(), missed.id(), missed.citizen(), citizen.name(), citizen.maskedCpr(),
				opening.nameOf(missed.caseworker().value()),
				organisation.unit(missed.unit()).map(OrganisationalUnit::name).orElse(""), missed.startsAt().atZone(zone),
				missed.channel(), missed.absenceReason(), availability.benefit(), availability.openedAt().atZone(zone),
				availability.consultationDeadline(), availability.citizenResponse(), availability.decided(),
				availability.decidedAt() == null ? null : availability.decidedAt().atZone(zone), availability.sanction(),
				availability.ruleCode(), availability.legalBasis(), availability.reasoning(),
				availability.ruleCode() != null ? rules.byCode(availability.ruleCode()).orElse(null)
						: rules.forBenefit(availability.benefit(), day).orElse(null),
				availability.version() == null ? 0 : availability.version());
	}

	private record Loaded(AvailabilityCase availability, Opening.Opened conversation) {
	}

}
