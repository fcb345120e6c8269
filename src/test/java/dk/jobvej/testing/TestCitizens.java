package dk.jobvej.testing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import dk.jobvej.citizen.Address;
import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.citizen.Cpr;
import dk.jobvej.citizen.ImportedBenefitPeriod;
import dk.jobvej.citizen.ImportedCitizen;
import dk.jobvej.citizen.ImportedVisitation;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.jspecify.annotations.Nullable;

/**
 * Makes citizens with a history for a test, through the citizen module's bulk import:
 * {@code citizens.in(unit).contact(caseworker).benefit(KONTANTHJAELP, from, null).category(AKTIVITETSPARAT, on).make()}.
 * Each gets a fresh CPR number and a fresh family name.
 */
public final class TestCitizens {

	private final CitizenImport citizens;

	private final CprGenerator cprs = new CprGenerator(new Random());

	public TestCitizens(CitizenImport citizens) {
		this.citizens = citizens;
	}

	/** A citizen of the unit (in Aalborg unless {@link Builder#municipality(int)} says otherwise). */
	public Builder in(Staff unitOf) {
		return new Builder(unitOf);
	}

	/** What a test citizen has; {@link #make()} imports it. */
	public final class Builder {

		private final Staff unitOf;

		private @Nullable Staff contact;

		private int municipality = TestOrganisation.AALBORG;

		private Cpr cpr = cprs.adult(LocalDate.now());

		private final String familyName = Fresh.name("Borger");

		private final List<ImportedBenefitPeriod> benefits = new ArrayList<>();

		private final List<ImportedVisitation> visitations = new ArrayList<>();

		private Builder(Staff unitOf) {
			this.unitOf = unitOf;
		}

		public Builder contact(Staff primaryContact) {
			this.contact = primaryContact;
			return this;
		}

		public Builder municipality(int code) {
			this.municipality = code;
			return this;
		}

		public Builder cpr(Cpr number) {
			this.cpr = number;
			return this;
		}

		public Builder benefit(BenefitType type, LocalDate from, @Nullable LocalDate to) {
			benefits.add(new ImportedBenefitPeriod(type, from, to));
			return this;
		}

		/** A visitation decision taken at noon UTC on the day, by the primary contact or the unit's member of staff. */
		public Builder category(VisitationCategory category, LocalDate decidedOn) {
			var decider = contact != null ? contact : unitOf;
			visitations.add(new ImportedVisitation(category, decidedOn.atTime(12, 0).toInstant(ZoneOffset.UTC),
					decider.id(), "Test"));
			return this;
		}

		public String familyName() {
			return familyName;
		}

		public Cpr cpr() {
			return cpr;
		}

		public CitizenId make() {
			var id = new CitizenId(UUID.randomUUID());
			citizens.importBatch("test-" + id, List.of(new ImportedCitizen(id, cpr, "Test", familyName,
					new Address("Testvej 1", "9000", "Aalborg"), municipality, unitOf.unit(),
					contact == null ? null : contact.id(), benefits, visitations)));
			return id;
		}

	}

}
