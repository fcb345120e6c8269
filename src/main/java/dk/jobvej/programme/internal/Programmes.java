package dk.jobvej.programme.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.programme.Arm;
import dk.jobvej.programme.ProgrammeDefinition;
import dk.jobvej.programme.ProgrammeId;
import dk.jobvej.programme.ProgrammeImport;
import dk.jobvej.programme.Randomisation;
import dk.jobvej.programme.VisitationGroup;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Defining programmes, selecting the gross target group, randomising it and recording visitations,
 * exits and payments. Every write is audited in its own transaction.
 */
@Service
public class Programmes implements ProgrammeImport {

	private final ProgrammeStore store;

	private final CitizenRegister citizens;

	private final AuditLog audit;

	private final Clock clock;

	Programmes(ProgrammeStore store, CitizenRegister citizens, AuditLog audit, Clock clock) {
		this.store = store;
		this.citizens = citizens;
		this.audit = audit;
		this.clock = clock;
	}

	public Programme get(ProgrammeId id, int municipalityCode) {
		return store.programme(id)
			.filter(programme -> programme.municipalityCode() == municipalityCode)
			.orElseThrow(() -> new NotFound("programme.notFound"));
	}

	public List<Programme> all(int municipalityCode) {
		return store.programmes(municipalityCode);
	}

	@Override
	public Optional<ProgrammeId> find(int municipalityCode, String code) {
		return store.find(municipalityCode, code);
	}

	@Override
	@Transactional
	public ProgrammeId define(ProgrammeDefinition d, String actor) {
		if (d.clauses().isEmpty()) {
			throw new RuleViolation("clauses", "programme.rule.clausesRequired");
		}
		for (var clause : d.clauses()) {
			if (clause.benefits().isEmpty()) {
				throw new RuleViolation("clauses", "programme.rule.benefitsRequired");
			}
		}
		if (d.endsOn().isBefore(d.startsOn())) {
			throw new RuleViolation("endsOn", "programme.rule.endBeforeStart");
		}
		if (d.selectionOn().isAfter(d.endsOn())) {
			throw new RuleViolation("selectionOn", "programme.rule.selectionAfterEnd");
		}
		if (store.codeTaken(d.municipalityCode(), d.code())) {
			throw new RuleViolation("code", "programme.rule.codeTaken", d.code());
		}
		var id = new ProgrammeId(UUID.randomUUID());
		store.insert(id, d, clock.instant(), actor);
		audit.record(new AuditRecord(actor, AuditAction.CREATE, "programme/" + id, "programme", null,
				d.municipalityCode()));
		return id;
	}

	/**
	 * Selects the gross target group from every citizen's benefit history on the selection day. It
	 * is fixed: a second selection is refused, so nobody is topped up later.
	 */
	@Override
	@Transactional
	public int select(ProgrammeId id, String actor) {
		var programme = store.programme(id).orElseThrow(() -> new NotFound("programme.notFound"));
		if (store.selection(id).isPresent()) {
			throw new RuleViolation("selection", "programme.rule.selectionFixed");
		}
		var rule = new TargetGroupRule(programme.definition().clauses(), TargetGroupRule.Narrow.DEFAULT);
		var day = programme.definition().selectionOn();
		var members = new ArrayList<Records.Member>();
		var nearMisses = new ArrayList<Records.NearMiss>();
		var assessed = new int[1];
		citizens.forEachHistory(programme.municipalityCode(), history -> {
			assessed[0]++;
			var outcome = rule.assess(history, day);
			if (outcome.qualifies()) {
				members.add(new Records.Member(history.id().value(), outcome.clause(),
						String.valueOf(outcome.benefit()), outcome.reasons()));
			}
			else if (outcome.narrowMiss()) {
				nearMisses.add(new Records.NearMiss(history.id().value(), outcome.reasons()));
			}
		});
		store.insertSelection(id, programme.municipalityCode(), members, nearMisses, assessed[0], clock.instant(),
				actor);
		audit.recordAll(members.stream()
			.map(member -> new AuditRecord(actor, AuditAction.CREATE, "citizen/" + member.citizen(),
					"programme-member " + id, null, programme.municipalityCode()))
			.toList());
		return members.size();
	}

	@Override
	@Transactional
	public void randomise(ProgrammeId id, long seed, int participants, boolean stratified, String actor) {
		var programme = store.programme(id).orElseThrow(() -> new NotFound("programme.notFound"));
		if (!programme.definition().randomised()) {
			throw new RuleViolation("programme", "programme.rule.notATrial");
		}
		if (store.selection(id).isEmpty()) {
			throw new RuleViolation("selection", "programme.rule.selectFirst");
		}
		if (store.allocationRun(id).isPresent()) {
			throw new RuleViolation("seed", "programme.rule.randomisedBefore");
		}
		var members = store.members(id);
		if (participants < 1 || participants >= members.size()) {
			throw new RuleViolation("participants", "programme.rule.participantsRange", members.size() - 1);
		}
		var draw = Randomisation.draw(candidates(members), seed, participants, stratified);
		var rows = members.stream()
			.map(member -> new Records.Allocated(member.citizen(), draw.arms().get(member.citizen()), member.stratum()))
			.toList();
		store.insertAllocation(id, programme.municipalityCode(), new Records.AllocationRun(seed, stratified,
				participants, members.size(), draw.inputHash(), draw.allocationHash(), clock.instant(), actor), rows);
		var records = new ArrayList<AuditRecord>();
		records.add(new AuditRecord(actor, AuditAction.CREATE, "programme/" + id,
				"randomisation sha256=" + draw.allocationHash(), null, programme.municipalityCode()));
		rows.forEach(row -> records.add(new AuditRecord(actor, AuditAction.CREATE, "citizen/" + row.citizen(),
				"programme-arm " + id, null, programme.municipalityCode())));
		audit.recordAll(records);
	}

	/** Whether the stored allocation is still what the recorded seed gives from the stored members. */
	@Transactional(readOnly = true)
	public Verification verify(ProgrammeId id) {
		var run = store.allocationRun(id).orElseThrow(() -> new NotFound("programme.notRandomised"));
		var members = store.members(id);
		var draw = Randomisation.draw(candidates(members), run.seed(), run.participants(), run.stratified());
		var stored = store.allocation(id);
		var storedArms = new java.util.HashMap<UUID, Arm>();
		stored.forEach(row -> storedArms.put(row.citizen(), row.arm()));
		var storedHash = Randomisation.allocationHash(run.seed(), run.participants(), run.stratified(), run.inputHash(),
				storedArms);
		var differing = (int) draw.arms().entrySet().stream().filter(e -> e.getValue() != storedArms.get(e.getKey())).count();
		return new Verification(run, draw.inputHash().equals(run.inputHash()), storedHash.equals(run.allocationHash()),
				draw.allocationHash().equals(run.allocationHash()), differing + Math.abs(stored.size() - members.size()));
	}

	/**
	 * @param inputIntact the members are those the allocation was drawn from
	 * @param storedIntact the stored arms hash to the recorded allocation hash
	 * @param reproduced the recorded seed draws the recorded allocation again
	 * @param differing members whose stored arm is not the one the seed draws
	 */
	public record Verification(Records.AllocationRun run, boolean inputIntact, boolean storedIntact,
			boolean reproduced, int differing) {

		public boolean intact() {
			return inputIntact && storedIntact && reproduced && differing == 0;
		}

	}

	private static List<Randomisation.Candidate> candidates(List<Records.Member> members) {
		return members.stream().map(member -> new Randomisation.Candidate(member.citizen(), member.stratum())).toList();
	}

	@Override
	public List<CitizenId> arm(ProgrammeId id, Arm arm) {
		return store.allocation(id).stream().filter(row -> row.arm() == arm).map(row -> new CitizenId(row.citizen())).toList();
	}

	@Override
	public List<CitizenId> members(ProgrammeId id) {
		return store.members(id).stream().map(member -> new CitizenId(member.citizen())).toList();
	}

	/** Records a programme visitation decision for a member. */
	@Transactional
	public void visit(ProgrammeId id, ProgrammeImport.Visit visit, String actor) {
		var programme = store.programme(id).orElseThrow(() -> new NotFound("programme.notFound"));
		checkVisit(id, programme, visit);
		store.insertVisit(id, programme.municipalityCode(), toRecord(visit, actor), clock.instant());
		audit.record(new AuditRecord(actor, AuditAction.CHANGE, "citizen/" + visit.citizen(),
				"programme-visitation " + id, null, programme.municipalityCode()));
	}

	private void checkVisit(ProgrammeId id, Programme programme, ProgrammeImport.Visit visit) {
		if (!programme.definition().visitationGroups()) {
			throw new RuleViolation("group", "programme.rule.noVisitationGroups");
		}
		if (!store.isMember(id, visit.citizen().value())) {
			throw new RuleViolation("citizen", "programme.rule.notMember");
		}
		if (visit.group() == VisitationGroup.DEFERRED) {
			if (visit.revisitOn() == null || !visit.revisitOn().isAfter(visit.decidedOn())) {
				throw new RuleViolation("revisitOn", "programme.rule.revisitRequired");
			}
			if (visit.deferralReason() == null) {
				throw new RuleViolation("deferralReason", "programme.rule.deferralReasonRequired");
			}
		}
		else if (visit.revisitOn() != null && !visit.revisitOn().isAfter(visit.decidedOn())) {
			throw new RuleViolation("revisitOn", "programme.rule.revisitAfterDecision");
		}
		if (visit.jobMediator() != null && visit.group() != VisitationGroup.GROUP_1) {
			throw new RuleViolation("jobMediator", "programme.rule.mediatorGroup1");
		}
	}

	private static Records.Visit toRecord(ProgrammeImport.Visit visit, String actor) {
		return new Records.Visit(visit.citizen().value(), visit.group(), visit.decidedOn(), visit.revisitOn(),
				visit.group() == VisitationGroup.DEFERRED ? visit.deferralReason() : null,
				visit.jobMediator() == null ? null : visit.jobMediator().value(), actor);
	}

	/** Records that a member left the programme, and where to. */
	@Transactional
	public void exit(ProgrammeId id, ProgrammeImport.Exit exit, String actor) {
		var programme = store.programme(id).orElseThrow(() -> new NotFound("programme.notFound"));
		checkExit(id, programme, exit);
		store.insertExit(id, programme.municipalityCode(),
				new Records.Exit(exit.citizen().value(), exit.exitedOn(), exit.destination()), actor, clock.instant());
		audit.record(new AuditRecord(actor, AuditAction.CHANGE, "citizen/" + exit.citizen(), "programme-exit " + id,
				null, programme.municipalityCode()));
	}

	private void checkExit(ProgrammeId id, Programme programme, ProgrammeImport.Exit exit) {
		if (!store.isMember(id, exit.citizen().value())) {
			throw new RuleViolation("citizen", "programme.rule.notMember");
		}
		if (store.hasExit(id, exit.citizen().value())) {
			throw new RuleViolation("citizen", "programme.rule.exitedBefore");
		}
		if (exit.exitedOn().isBefore(programme.definition().selectionOn())) {
			throw new RuleViolation("exitedOn", "programme.rule.exitBeforeSelection");
		}
	}

	/** Records grant money received from the grantor. */
	@Transactional
	public void payment(ProgrammeId id, ProgrammeImport.Payment payment, String actor) {
		var programme = store.programme(id).orElseThrow(() -> new NotFound("programme.notFound"));
		if (payment.amount() <= 0) {
			throw new RuleViolation("amount", "programme.rule.amountPositive");
		}
		store.insertPayment(id, payment.receivedOn(), payment.amount(), payment.note(), actor, clock.instant());
		audit.record(new AuditRecord(actor, AuditAction.CREATE, "programme/" + id, "programme-payment", null,
				programme.municipalityCode()));
	}

	@Override
	@Transactional
	public void importRecords(ProgrammeId id, List<Visit> visits, List<Exit> exits, List<Payment> payments,
			String actor) {
		var programme = store.programme(id).orElseThrow(() -> new NotFound("programme.notFound"));
		var members = new HashSet<UUID>();
		store.members(id).forEach(member -> members.add(member.citizen()));
		for (var visit : visits) {
			if (!members.contains(visit.citizen().value())) {
				throw new RuleViolation("citizen", "programme.rule.notMember");
			}
			store.insertVisit(id, programme.municipalityCode(), toRecord(visit, actor), clock.instant());
		}
		for (var exit : exits) {
			if (!members.contains(exit.citizen().value())) {
				throw new RuleViolation("citizen", "programme.rule.notMember");
			}
			store.insertExit(id, programme.municipalityCode(),
					new Records.Exit(exit.citizen().value(), exit.exitedOn(), exit.destination()), actor,
					clock.instant());
		}
		for (var payment : payments) {
			store.insertPayment(id, payment.receivedOn(), payment.amount(), payment.note(), actor, clock.instant());
		}
	}

}
