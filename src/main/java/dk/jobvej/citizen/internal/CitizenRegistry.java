package dk.jobvej.citizen.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.citizen.CitizenFacts;
import dk.jobvej.citizen.CitizenHistory;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.citizen.Cpr;
import dk.jobvej.citizen.JournalNoteId;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.identity.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The citizen module's answers to other modules: need-to-know checked and audited reads. */
@Service
@Transactional(noRollbackFor = NoAccess.class)
class CitizenRegistry implements CitizenRegister {

	private final CitizenGate gate;

	private final CitizenHistories histories;

	private final CitizenJournal journal;

	private final CitizenAudit audit;

	private final AuditLog auditLog;

	CitizenRegistry(CitizenGate gate, CitizenHistories histories, CitizenJournal journal, CitizenAudit audit,
			AuditLog auditLog) {
		this.gate = gate;
		this.histories = histories;
		this.journal = journal;
		this.audit = audit;
		this.auditLog = auditLog;
	}

	@Override
	public CitizenFacts open(CitizenId id, String what) {
		var opened = gate.open(id);
		audit.record(opened.staff(), AuditAction.READ, id, opened.citizen().municipalityCode(), what, opened.why());
		return histories.find("c.id = :id", Map.of("id", id.value())).getFirst();
	}

	@Override
	public List<CitizenFacts> openAll(Collection<CitizenId> ids, String what) {
		var me = gate.caller();
		if (ids.isEmpty()) {
			return List.of();
		}
		var found = new HashMap<CitizenId, CitizenFacts>();
		histories
			.find("c.municipality_code = :municipality and c.id in (:ids)",
					Map.of("municipality", me.municipalityCode(), "ids",
							ids.stream().map(CitizenId::value).distinct().toList()))
			.forEach(facts -> found.put(facts.id(), facts));
		var opened = new ArrayList<CitizenFacts>();
		var reads = new ArrayList<AuditRecord>();
		for (var id : new LinkedHashSet<>(ids)) {
			var facts = found.get(id);
			if (facts == null) {
				continue;
			}
			var why = gate.basis(me, id, facts.history().unit(), facts.history().primaryContact());
			if (why.isPresent()) {
				opened.add(facts);
				reads.add(new AuditRecord(me.username(), AuditAction.READ, CitizenAudit.subject(id), what, why.get(),
						me.municipalityCode()));
			}
		}
		auditLog.recordAll(reads);
		return opened;
	}

	@Override
	public List<CitizenFacts> caseload(String what) {
		var me = gate.caller();
		var caseload = histories.find("c.municipality_code = :municipality and c.primary_contact = :me",
				Map.of("municipality", me.municipalityCode(), "me", me.id().value()));
		audit.readAll(me, caseload.stream().map(CitizenFacts::id).toList(), what, CitizenGate.PRIMARY_CONTACT);
		return caseload;
	}

	@Override
	public List<CitizenFacts> unitCaseload(String what) {
		var me = gate.caller();
		if (!me.has(Role.TEAM_LEADER)) {
			throw new AccessDeniedException("Only team leaders see the unit's citizens");
		}
		var caseload = histories.find("c.municipality_code = :municipality and c.unit = :unit",
				Map.of("municipality", me.municipalityCode(), "unit", me.unit().value()));
		audit.readAll(me, caseload.stream().map(CitizenFacts::id).toList(), what, CitizenGate.OWN_UNIT);
		return caseload;
	}

	@Override
	public JournalNoteId writeJournal(CitizenId id, String text) {
		return journal.write(id, text);
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachHistory(int municipalityCode, Consumer<CitizenHistory> each) {
		histories.stream(municipalityCode, each);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CitizenHistory> history(CitizenId id) {
		return histories.find("c.id = :id", Map.of("id", id.value())).stream().findFirst().map(CitizenFacts::history);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CitizenFacts> forSelfService(Cpr cpr) {
		return histories.find("c.cpr = :cpr", Map.of("cpr", cpr.value())).stream().findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public CitizenFacts ownFacts(CitizenId id) {
		return histories.find("c.id = :id", Map.of("id", id.value())).getFirst();
	}

}
