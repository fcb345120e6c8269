package dk.jobvej.rehab.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.citizen.CitizenFacts;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.identity.StaffId;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.platform.documents.PdfDocuments;
import dk.jobvej.rehab.DocumentKind;
import dk.jobvej.rehab.DocumentStatus;
import dk.jobvej.rehab.ExemptionReason;
import dk.jobvej.rehab.RehabCaseId;
import dk.jobvej.rehab.RehabCaseType;
import dk.jobvej.rehab.RehabOutcome;
import dk.jobvej.rehab.internal.CaseView.Checklist;
import dk.jobvej.rehab.internal.CaseView.MeetingSlot;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on a rehabilitation case: open it, record its documents, exempt it from the meeting
 * (free-municipality variant), record the team's recommendation and the decision, and write the
 * decision letter. Every call opens the citizen through the citizen module (need-to-know checked,
 * audited); changes are audited too.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class TeamCases {

	private final Cases cases;

	private final Meetings meetings;

	private final RehabRules rules;

	private final FreeMunicipality free;

	private final RehabAccess access;

	private final PdfDocuments pdf;

	private final Clock clock;

	TeamCases(Cases cases, Meetings meetings, RehabRules rules, FreeMunicipality free, RehabAccess access,
			PdfDocuments pdf, Clock clock) {
		this.cases = cases;
		this.meetings = meetings;
		this.rules = rules;
		this.free = free;
		this.access = access;
		this.pdf = pdf;
		this.clock = clock;
	}

	/** A new case: the rules must allow the type on the day it arose, which is not in the future. */
	public RehabCaseId open(CitizenId citizen, RehabCaseType type, LocalDate arisenOn, @Nullable StaffId caseworker) {
		var staff = access.caller();
		var facts = access.open(citizen, "rehab-case");
		var today = LocalDate.now(clock);
		if (arisenOn.isAfter(today)) {
			throw new RuleViolation("arisenOn", "rehab.validation.future");
		}
		if (!rules.newCasesAllowed(type, arisenOn)) {
			throw new RuleViolation("type", "rehab.case.typeNotAllowed", arisenOn);
		}
		var responsible = caseworker == null ? staff.id()
				: access.colleague(caseworker, staff.municipalityCode(), "caseworker").id();
		var id = new RehabCaseId(UUID.randomUUID());
		cases.save(RehabCase.open(id, citizen, staff.municipalityCode(), facts.history().unit(), responsible, type,
				arisenOn, clock.instant()));
		access.changed(staff, AuditAction.CREATE, citizen, staff.municipalityCode(), "rehab-case");
		return id;
	}

	/** A citizen the caller may open a case for: their caseload (each listed citizen's read audited). */
	public record CitizenChoice(CitizenId id, String name, String maskedCpr) {
	}

	/** The citizens the caller is primary contact for, to choose from; one given citizen is opened on its own. */
	public List<CitizenChoice> choices(@Nullable CitizenId given) {
		access.caller();
		if (given != null) {
			var facts = access.open(given, "rehab-new-case");
			return List.of(new CitizenChoice(facts.id(), facts.name(), facts.maskedCpr()));
		}
		return access.register()
			.caseload("rehab-new-case")
			.stream()
			.map(facts -> new CitizenChoice(facts.id(), facts.name(), facts.maskedCpr()))
			.toList();
	}

	/** The case as the caller sees it today; the read is audited as {@code what}. */
	public CaseView view(RehabCaseId id, String what) {
		var rehabCase = find(id);
		var facts = access.open(rehabCase.citizen(), what);
		return view(rehabCase, facts, LocalDate.now(clock));
	}

	public void recordDocument(RehabCaseId id, DocumentKind kind, DocumentStatus status, @Nullable LocalDate on,
			@Nullable String note, @Nullable Integer version) {
		change(id, version, "rehab-document", (rehabCase, today) -> {
			if (on != null && on.isAfter(today)) {
				throw new RuleViolation("on", "rehab.validation.future");
			}
			var day = on != null ? on : today;
			rehabCase.recordDocument(kind, status, on, note,
					rules.requiredDocuments(rehabCase.type(), rehabCase.arisenOn(), today),
					free.on(rehabCase.municipalityCode(), day));
		});
	}

	public void exempt(RehabCaseId id, ExemptionReason reason, @Nullable String note, @Nullable Integer version) {
		var staff = access.caller();
		change(id, version, "rehab-exemption", (rehabCase, today) -> rehabCase.exempt(reason, note, today, staff.id(),
				free.on(rehabCase.municipalityCode(), today)));
	}

	public void recommend(RehabCaseId id, RehabOutcome outcome, @Nullable String text, @Nullable Integer version) {
		change(id, version, "rehab-recommendation", (rehabCase, today) -> {
			var meeting = rehabCase.meeting() == null ? null : meetings.findById(rehabCase.meeting()).orElse(null);
			rehabCase.recommend(outcome, text, today, meeting == null ? null : meeting.heldOn());
		});
	}

	public void decide(RehabCaseId id, RehabOutcome outcome, String text, @Nullable LocalDate decidedOn,
			@Nullable Integer version) {
		var staff = access.caller();
		change(id, version, "rehab-decision", (rehabCase, today) -> {
			var day = decidedOn != null ? decidedOn : today;
			if (day.isAfter(today)) {
				throw new RuleViolation("decidedOn", "rehab.validation.future");
			}
			rehabCase.decide(outcome, text, day, staff.id(),
					rules.teamRequired(rehabCase.type(), rehabCase.arisenOn(), day));
		});
	}

	/** The decision letter as PDF, in the language; a case not yet decided has none. */
	public byte[] decisionLetter(RehabCaseId id, Locale locale) {
		var view = view(id, "rehab-decision-letter");
		if (!view.decided()) {
			throw new RuleViolation("decision", "rehab.letter.notDecided");
		}
		return pdf.render("rehab/letter", Map.of("view", view, "today", LocalDate.now(clock)), locale);
	}

	private void change(RehabCaseId id, @Nullable Integer version, String what, Change change) {
		var staff = access.caller();
		var rehabCase = find(id);
		access.open(rehabCase.citizen(), "rehab-case");
		rehabCase.checkVersion(version);
		change.apply(rehabCase, LocalDate.now(clock));
		cases.save(rehabCase);
		access.changed(staff, AuditAction.CHANGE, rehabCase.citizen(), rehabCase.municipalityCode(), what);
	}

	/** The case of the caller's municipality. */
	RehabCase find(RehabCaseId id) {
		var staff = access.caller();
		return cases.findById(id.value())
			.filter(rehabCase -> rehabCase.municipalityCode() == staff.municipalityCode())
			.orElseThrow(() -> new NotFound("rehab.case.notFound"));
	}

	CaseView view(RehabCase rehabCase, CitizenFacts facts, LocalDate today) {
		var type = rehabCase.type();
		var anchor = rehabCase.arisenOn();
		var required = rules.requiredDocuments(type, anchor, today);
		var checklist = new ArrayList<Checklist>();
		for (var kind : DocumentKind.values()) {
			var stored = rehabCase.document(kind);
			if (required.contains(kind) || stored.isPresent()) {
				checklist.add(new Checklist(kind, required.contains(kind),
						stored.map(CaseDocument::status).orElse(DocumentStatus.MANGLER),
						stored.map(CaseDocument::statusOn).orElse(null), stored.map(CaseDocument::note).orElse(null)));
			}
		}
		var status = status(rehabCase);
		var deadline = rules.deadline(type, anchor, today).orElse(null);
		var treated = status != CaseStatus.AABEN && status != CaseStatus.PAA_DAGSORDEN;
		MeetingSlot slot = null;
		if (rehabCase.meeting() != null && rehabCase.agendaPosition() != null) {
			var meeting = meetings.findById(rehabCase.meeting()).orElseThrow();
			slot = new MeetingSlot(meeting.id(), meeting.heldOn(), meeting.slot(rehabCase.agendaPosition()),
					rehabCase.agendaPosition());
		}
		return new CaseView(rehabCase.id(), rehabCase.citizen(), facts.name(), facts.maskedCpr(), type, anchor,
				access.unitName(rehabCase.unit()), access.staffName(rehabCase.caseworker()), status,
				rules.teamRequired(type, anchor, today), deadline, !treated && deadline != null && deadline.isBefore(today),
				List.copyOf(checklist), free.on(rehabCase.municipalityCode(), today), slot, rehabCase.exemption(),
				rehabCase.exemptionNote(), rehabCase.exemptedOn(), rehabCase.recommendation(),
				rehabCase.recommendationText(), rehabCase.recommendedOn(), rehabCase.decision(),
				rehabCase.decisionText(), rehabCase.decidedOn(), access.staffName(rehabCase.decidedBy()),
				rehabCase.version() == null ? 0 : rehabCase.version());
	}

	static CaseStatus status(RehabCase rehabCase) {
		if (rehabCase.decidedOn() != null) {
			return CaseStatus.AFGJORT;
		}
		if (rehabCase.recommendation() != null) {
			return CaseStatus.INDSTILLET;
		}
		if (rehabCase.exemption() != null) {
			return CaseStatus.FRITAGET;
		}
		return rehabCase.meeting() != null ? CaseStatus.PAA_DAGSORDEN : CaseStatus.AABEN;
	}

	@FunctionalInterface
	private interface Change {

		void apply(RehabCase rehabCase, LocalDate today);

	}

}
