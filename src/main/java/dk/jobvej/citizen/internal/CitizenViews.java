package dk.jobvej.citizen.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

import dk.jobvej.citizen.internal.CitizenView.Decision;
import dk.jobvej.citizen.internal.CitizenView.Period;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.StaffMember;
import dk.jobvej.identity.UnitId;

import org.springframework.stereotype.Component;

/** Turns a {@link Citizen} into the {@link CitizenView} of today, with names of units and staff. */
@Component
class CitizenViews {

	private final Organisation organisation;

	private final CitizenRules rules;

	private final Clock clock;

	CitizenViews(Organisation organisation, CitizenRules rules, Clock clock) {
		this.organisation = organisation;
		this.rules = rules;
		this.clock = clock;
	}

	CitizenView of(Citizen citizen) {
		var today = LocalDate.now(clock);
		var book = rules.book();
		var cpr = citizen.cpr();
		var current = citizen.currentBenefit(today);
		var currentId = current.map(BenefitPeriod::id).orElse(null);
		var names = new HashMap<StaffId, String>();
		var periods = citizen.benefitPeriods()
			.stream()
			.map(p -> new Period(p.id(), p.type(), p.from(), p.to(), p.id().equals(currentId)))
			.toList();
		var history = citizen.visitationHistory()
			.reversed()
			.stream()
			.map(d -> new Decision(d.category(), ZonedDateTime.ofInstant(d.decidedAt(), clock.getZone()),
					d.decider(), staffName(d.decider(), names), d.reason()))
			.toList();
		var allowed = citizen.allowedCategories(today, book);
		var category = citizen.category().orElse(null);
		var contact = citizen.primaryContact().orElse(null);
		return new CitizenView(citizen.id(), cpr.masked(), cpr.passesModulus11(), citizen.givenName(),
				citizen.familyName(), citizen.address(), cpr.birthDate(), cpr.ageOn(today), citizen.municipalityCode(),
				citizen.unit(), unitName(citizen.unit()), contact, contact == null ? null : staffName(contact, names),
				periods, current.map(BenefitPeriod::type).orElse(null),
				citizen.targetGroup(today, book).orElse(null), category, category != null && allowed.contains(category),
				history, allowed, citizen.version());
	}

	JournalEntry of(JournalNote note) {
		return new JournalEntry(note.id(), note.text(), note.author(), staffName(note.author(), new HashMap<>()),
				ZonedDateTime.ofInstant(note.writtenAt(), clock.getZone()));
	}

	String unitName(UnitId unit) {
		return organisation.unit(unit).map(u -> u.name()).orElse(unit.toString());
	}

	/** The name of a member of staff, also of one who has left; the id if they are unknown. */
	String staffName(StaffId staff, Map<StaffId, String> known) {
		return known.computeIfAbsent(staff,
				id -> organisation.staffMember(id).map(StaffMember::name).orElse(id.toString()));
	}

}
