package dk.jobvej.rehab.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import dk.jobvej.rehab.CourseType;
import dk.jobvej.rehab.DocumentKind;
import dk.jobvej.rehab.DocumentStatus;
import dk.jobvej.rehab.ExemptionReason;
import dk.jobvej.rehab.RehabCaseType;
import dk.jobvej.rehab.RehabOutcome;
import dk.jobvej.rehab.TeamFunction;
import dk.jobvej.rehab.internal.CaseStatus;
import dk.jobvej.rehab.internal.CaseView;
import dk.jobvej.rehab.internal.RehabWorklists;
import dk.jobvej.rehab.internal.TeamMeetings;
import dk.jobvej.rehab.internal.Urgency;

import org.jspecify.annotations.Nullable;

/** The JSON the rehabilitation API answers with: ids as plain UUIDs, CPR numbers masked. */
final class RehabJson {

	private RehabJson() {
	}

	record Created(UUID id) {
	}

	record Document(DocumentKind kind, boolean required, DocumentStatus status, @Nullable LocalDate statusOn,
			@Nullable String note, boolean missing) {
	}

	record Case(UUID id, UUID citizen, String citizenName, String maskedCpr, RehabCaseType type, LocalDate arisenOn,
			String unit, String caseworker, CaseStatus status, boolean teamRequired, @Nullable LocalDate deadline,
			boolean overdue, List<Document> documents, List<DocumentKind> missing, boolean freeMunicipality,
			@Nullable UUID meeting, @Nullable LocalTime slot, @Nullable ExemptionReason exemption,
			@Nullable String exemptionNote, @Nullable RehabOutcome recommendation, @Nullable String recommendationText,
			@Nullable LocalDate recommendedOn, @Nullable RehabOutcome decision, @Nullable String decisionText,
			@Nullable LocalDate decidedOn, int version) {

		static Case of(CaseView view) {
			return new Case(view.id().value(), view.citizen().value(), view.citizenName(), view.maskedCpr(),
					view.type(), view.arisenOn(), view.unitName(), view.caseworkerName(), view.status(),
					view.teamRequired(), view.deadline(), view.overdue(),
					view.checklist()
						.stream()
						.map(line -> new Document(line.kind(), line.required(), line.status(), line.statusOn(),
								line.note(), line.missing()))
						.toList(),
					view.missing(), view.freeMunicipality(), view.meeting() == null ? null : view.meeting().meeting(),
					view.meeting() == null ? null : view.meeting().startsAt(), view.exemption(), view.exemptionNote(),
					view.recommendation(), view.recommendationText(), view.recommendedOn(), view.decision(),
					view.decisionText(), view.decidedOn(), view.version());
		}

	}

	record Person(UUID id, @Nullable String name, @Nullable String maskedCpr) {

		static Person of(RehabWorklists.Person person) {
			return new Person(person.id().value(), person.name(), person.maskedCpr());
		}

	}

	record CaseRow(UUID id, Person citizen, RehabCaseType type, LocalDate arisenOn, CaseStatus status,
			boolean teamRequired, @Nullable LocalDate deadline, Urgency urgency, int missingDocuments,
			@Nullable LocalDate meetingOn) {

		static CaseRow of(RehabWorklists.CaseRow row) {
			return new CaseRow(row.id().value(), Person.of(row.citizen()), row.type(), row.arisenOn(), row.status(),
					row.teamRequired(), row.deadline(), row.urgency(), row.missingDocuments(), row.meetingOn());
		}

	}

	record CourseRow(UUID id, Person citizen, CourseType type, LocalDate startedOn, @Nullable LocalDate grantedTo,
			RehabWorklists.CourseTask task, LocalDate due, Urgency urgency, @Nullable LocalDate lastEffort) {

		static CourseRow of(RehabWorklists.CourseRow row) {
			return new CourseRow(row.id(), Person.of(row.citizen()), row.type(), row.startedOn(), row.grantedTo(),
					row.task(), row.due(), row.urgency(), row.lastEffort());
		}

	}

	record Worklist<T>(List<T> rows, int total) {
	}

	record Report(LocalDate from, LocalDate to, java.util.Map<ExemptionReason, Integer> exemptions, int exempted,
			int certificatesNotRequested, int casesArisen, int meetingUnitCost, int certificateUnitCost,
			long meetingSaving, long certificateSaving, long totalSaving) {

		static Report of(dk.jobvej.rehab.internal.FreeMunicipality.Report report) {
			return new Report(report.from(), report.to(), report.exemptions(), report.exempted(),
					report.certificatesNotRequested(), report.casesArisen(), report.meetingUnitCost(),
					report.certificateUnitCost(), report.meetingSaving(), report.certificateSaving(),
					report.totalSaving());
		}

	}

	record Member(TeamFunction function, String name) {
	}

	record Team(UUID id, String name, List<Member> members, List<TeamFunction> missing) {

		static Team of(TeamMeetings.TeamView view) {
			return new Team(view.id(), view.name(),
					view.members().stream().map(m -> new Member(m.function(), m.name())).toList(), view.missing());
		}

	}

	record AgendaItem(int position, LocalTime startsAt, UUID rehabCase, RehabCaseType type, @Nullable String citizenName,
			@Nullable String maskedCpr, String caseworker, CaseStatus status, List<DocumentKind> missing,
			@Nullable LocalDate deadline, boolean overdue) {

		static AgendaItem of(TeamMeetings.AgendaItem item) {
			return new AgendaItem(item.position(), item.startsAt(), item.id().value(), item.type(), item.citizenName(),
					item.maskedCpr(), item.caseworkerName(), item.status(), item.missing(), item.deadline(),
					item.overdue());
		}

	}

	record Agenda(UUID id, LocalDate heldOn, LocalTime startsAt, String location, int slotMinutes, Team team,
			List<AgendaItem> items, int missingDocuments) {

		static Agenda of(TeamMeetings.Agenda agenda) {
			return new Agenda(agenda.id(), agenda.heldOn(), agenda.startsAt(), agenda.location(), agenda.slotMinutes(),
					Team.of(agenda.team()), agenda.items().stream().map(AgendaItem::of).toList(),
					agenda.missingDocuments());
		}

	}

}
