package dk.jobvej.citizen.web;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.TargetGroup;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.citizen.internal.CitizenSummary;
import dk.jobvej.citizen.internal.CitizenView;
import dk.jobvej.citizen.internal.GrantView;
import dk.jobvej.citizen.internal.JournalEntry;

import org.jspecify.annotations.Nullable;

/** The JSON the citizen API answers with: ids as plain UUIDs, the CPR number masked. */
final class CitizenJson {

	private CitizenJson() {
	}

	/** A citizen in a list. {@code accessible} false: opening needs break-the-glass. */
	record Summary(UUID id, String name, String maskedCpr, UUID unit, String unitName, boolean accessible) {

		static Summary of(CitizenSummary summary) {
			return new Summary(summary.id().value(), summary.name(), summary.maskedCpr(), summary.unit().value(),
					summary.unitName(), summary.accessible());
		}

	}

	record Citizen(UUID id, String maskedCpr, boolean cprPassesModulus11, String givenName, String familyName,
			@Nullable String street, @Nullable String postcode, @Nullable String city, LocalDate birthDate, int age,
			UUID unit, String unitName, @Nullable UUID primaryContact, @Nullable String primaryContactName,
			List<Period> benefitPeriods, @Nullable BenefitType currentBenefit, @Nullable TargetGroup targetGroup,
			@Nullable VisitationCategory visitationCategory, List<Decision> visitationHistory,
			Set<VisitationCategory> allowedCategories, @Nullable Integer version) {

		static Citizen of(CitizenView view) {
			var address = view.address();
			return new Citizen(view.id().value(), view.maskedCpr(), view.cprPassesModulus11(), view.givenName(),
					view.familyName(), blankToNull(address.street()), blankToNull(address.postcode()),
					blankToNull(address.city()), view.birthDate(), view.age(), view.unit().value(), view.unitName(),
					view.primaryContact() == null ? null : view.primaryContact().value(), view.primaryContactName(),
					view.benefitPeriods()
						.stream()
						.map(p -> new Period(p.id().value(), p.type(), p.from(), p.to(), p.current()))
						.toList(),
					view.currentBenefit(), view.targetGroup(), view.category(),
					view.visitationHistory()
						.stream()
						.map(d -> new Decision(d.category(), d.decidedAt(), d.decidedBy().value(), d.decidedByName(),
								d.reason()))
						.toList(),
					view.allowedCategories(), view.version());
		}

		private static @Nullable String blankToNull(String text) {
			return text.isBlank() ? null : text;
		}

	}

	record Period(UUID id, BenefitType type, LocalDate from, @Nullable LocalDate to, boolean current) {
	}

	record Decision(VisitationCategory category, ZonedDateTime decidedAt, UUID decidedBy, String decidedByName,
			String reason) {
	}

	record Note(UUID id, String text, UUID author, String authorName, ZonedDateTime writtenAt) {

		static Note of(JournalEntry entry) {
			return new Note(entry.id().value(), entry.text(), entry.author().value(), entry.authorName(),
					entry.writtenAt());
		}

	}

	record Grant(UUID id, UUID staff, String staffName, UUID citizen, String citizenName, String maskedCpr,
			String reason, ZonedDateTime grantedAt, ZonedDateTime expiresAt, boolean active) {

		static Grant of(GrantView grant) {
			return new Grant(grant.id(), grant.staff().value(), grant.staffName(), grant.citizen().value(),
					grant.citizenName(), grant.maskedCpr(), grant.reason(), grant.grantedAt(), grant.expiresAt(),
					grant.active());
		}

	}

	record Created(UUID id) {
	}

	record CreatedCitizen(UUID id, boolean cprPassesModulus11) {
	}

	record RevealedCpr(String cpr) {
	}

	record AccessGranted(ZonedDateTime expiresAt) {
	}

}
