package dk.jobvej.youth.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.youth.FvuResult;
import dk.jobvej.youth.OrderEndReason;
import dk.jobvej.youth.OrderStep;
import dk.jobvej.youth.internal.GuidanceCafe;
import dk.jobvej.youth.internal.OrderView;
import dk.jobvej.youth.internal.YouthWorklists;

import org.jspecify.annotations.Nullable;

/** The JSON the youth API answers with: ids as plain UUIDs, CPR numbers masked. */
final class YouthJson {

	private YouthJson() {
	}

	record Created(UUID id) {
	}

	record Step(OrderStep step, LocalDate startedOn, LocalDate deadline, @Nullable LocalDate completedOn,
			@Nullable String education) {
	}

	record Order(UUID id, UUID citizen, String citizenName, String maskedCpr, int age,
			@Nullable VisitationCategory category, String unit, String caseworker, LocalDate issuedOn,
			OrderStep currentStep, LocalDate deadline, boolean overdue, boolean inForce, List<Step> steps,
			@Nullable LocalDate endedOn, @Nullable OrderEndReason endReason, long seniorityWeeks, int version) {

		static Order of(OrderView view) {
			return new Order(view.id().value(), view.citizen().value(), view.citizenName(), view.maskedCpr(), view.age(),
					view.category(), view.unitName(), view.caseworkerName(), view.issuedOn(), view.currentStep(),
					view.deadline(), view.overdue(), view.inForce(),
					view.steps()
						.stream()
						.map(s -> new Step(s.step(), s.startedOn(), s.deadline(), s.completedOn(), s.education()))
						.toList(),
					view.endedOn(), view.endReason(), view.seniorityWeeks(), view.version());
		}

	}

	record Person(UUID id, @Nullable String name, @Nullable String maskedCpr) {

		static Person of(YouthWorklists.Person person) {
			return new Person(person.id().value(), person.name(), person.maskedCpr());
		}

	}

	record OrderRow(UUID id, Person citizen, OrderStep step, LocalDate issuedOn, LocalDate deadline,
			YouthWorklists.Urgency urgency) {

		static OrderRow of(YouthWorklists.OrderRow row) {
			return new OrderRow(row.id().value(), Person.of(row.citizen()), row.step(), row.issuedOn(), row.deadline(),
					row.urgency());
		}

	}

	record Worklist<T>(List<T> rows, int total) {
	}

	record Distribution(Map<OrderStep, Integer> counts, Map<OrderStep, Integer> percentages, int total) {

		static Distribution of(YouthWorklists.Distribution distribution) {
			return new Distribution(distribution.counts(), distribution.percentages(), distribution.total());
		}

	}

	record Figures(Distribution municipality, Distribution unit, int withSeniority, int seniorityWeeks,
			int seniorityTarget, boolean belowTarget, int eligibleWithoutOrder, int overdue) {

		static Figures of(YouthWorklists.Figures figures) {
			return new Figures(Distribution.of(figures.municipality()), Distribution.of(figures.unit()),
					figures.withSeniority(), figures.seniorityWeeks(), figures.seniorityTarget(), figures.belowTarget(),
					figures.eligibleWithoutOrder(), figures.overdue());
		}

	}

	record Intake(UUID id, Person citizen, LocalDate metOn, String metBy, @Nullable LocalDate fvuReferredOn,
			@Nullable LocalDate fvuDeadline, boolean fvuOverdue, @Nullable LocalDate fvuTestedOn,
			@Nullable FvuResult fvuResult) {

		static Intake of(GuidanceCafe.Intake intake) {
			return new Intake(intake.id(), Person.of(intake.citizen()), intake.metOn(), intake.metBy(),
					intake.fvuReferredOn(), intake.fvuDeadline(), intake.fvuOverdue(), intake.fvuTestedOn(),
					intake.fvuResult());
		}

	}

	record Member(Person citizen, int attended, int held, int percent) {
	}

	record Session(UUID id, LocalDate heldOn, int present) {
	}

	record Club(UUID id, String name, dk.jobvej.youth.ClubKind kind, List<Member> members, List<Session> sessions) {

		static Club of(dk.jobvej.youth.internal.Clubs.Club club) {
			return new Club(club.id(), club.name(), club.kind(),
					club.members()
						.stream()
						.map(m -> new Member(Person.of(m.citizen()), m.attended(), m.held(), m.percent()))
						.toList(),
					club.sessions().stream().map(s -> new Session(s.id(), s.heldOn(), s.present())).toList());
		}

	}

	record Share(int year, @Nullable Integer population, @Nullable Integer withLeisureJob, @Nullable Double share,
			@Nullable Integer nationalPopulation, @Nullable Double nationalShare, int placedByJobcenter,
			@Nullable Double placedShare) {

		static Share of(dk.jobvej.youth.internal.LeisureJobs.Share share) {
			var own = share.municipality();
			var national = share.national();
			return new Share(share.year(), own == null ? null : own.population(),
					own == null ? null : own.withLeisureJob(), own == null ? null : own.share(),
					national == null ? null : national.population(), national == null ? null : national.share(),
					share.placedByJobcenter(), share.placedShare());
		}

	}

}
