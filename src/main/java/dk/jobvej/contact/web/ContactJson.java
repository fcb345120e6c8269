package dk.jobvej.contact.web;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.TargetGroup;
import dk.jobvej.contact.internal.CourseView;
import dk.jobvej.contact.internal.DueStatus;
import dk.jobvej.contact.internal.TaskList;

import org.jspecify.annotations.Nullable;

/** What the contact API answers, besides the views it returns as they are. */
final class ContactJson {

	private ContactJson() {
	}

	/** A citizen's due status and the rule behind it, with the rule's source. */
	record Due(String state, @Nullable LocalDate due, @Nullable String rule, @Nullable String source,
			@Nullable Character certainty, @Nullable Integer portfolioTarget, @Nullable BenefitType benefit,
			@Nullable LocalDate anchor, int week, @Nullable LocalDate lastHeld, @Nullable ZonedDateTime nextBooked,
			@Nullable LocalDate exemptUntil) {

		static Due of(DueStatus status, java.time.ZoneId zone) {
			var rule = status.rule();
			return new Due(status.state().name(), status.due(), rule == null ? null : rule.code(),
					rule == null ? null : rule.source(), rule == null ? null : rule.certainty(),
					rule == null ? null : rule.portfolioTarget(), status.benefit(), status.anchor(), status.week(),
					status.lastHeld(), status.nextBooked() == null ? null : status.nextBooked().atZone(zone),
					status.exemptUntil());
		}

	}

	record Course(UUID citizen, String name, String maskedCpr, @Nullable TargetGroup targetGroup, Due due,
			List<dk.jobvej.contact.internal.ConversationLine> conversations, List<CourseView.AbsenceLine> absences,
			@Nullable String email) {

		static Course of(CourseView view, java.time.ZoneId zone) {
			return new Course(view.citizen().id().value(), view.citizen().name(), view.citizen().maskedCpr(),
					view.citizen().history().targetGroup(), Due.of(view.due(), zone), view.conversations(),
					view.absences(), view.email());
		}

	}

	record Task(UUID citizen, String name, String maskedCpr, Due due, String primaryContact) {

		static Task of(TaskList.Task task, java.time.ZoneId zone) {
			return new Task(task.citizen().value(), task.name(), task.maskedCpr(), Due.of(task.status(), zone),
					task.contactName());
		}

	}

	record Tasks(List<Task> overdue, List<Task> dueSoon, List<TaskList.FollowUp> followUps, int citizens) {

		static Tasks of(TaskList list, java.time.ZoneId zone) {
			return new Tasks(list.overdue().stream().map(task -> Task.of(task, zone)).toList(),
					list.dueSoon().stream().map(task -> Task.of(task, zone)).toList(), list.followUps(), list.citizens());
		}

	}

	record Created(UUID id) {
	}

	record CreatedAll(List<UUID> ids) {
	}

	record Reassigned(List<UUID> conversations) {
	}

	record Rule(String code, @Nullable Integer municipalityCode, String variant, @Nullable BenefitType benefit,
			@Nullable TargetGroup targetGroup, @Nullable String category, @Nullable String programme, int fromWeek,
			@Nullable Integer toWeek, String responsible, @Nullable Integer firstDueDays, @Nullable Integer intervalValue,
			@Nullable String intervalUnit, boolean agreed, @Nullable Integer minCount, @Nullable Integer portfolioTarget,
			LocalDate validFrom, @Nullable LocalDate validTo, String inForceBy, String source, char certainty) {
	}

}
