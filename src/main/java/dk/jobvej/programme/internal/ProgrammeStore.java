package dk.jobvej.programme.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.plan.OfferType;
import dk.jobvej.programme.Arm;
import dk.jobvej.programme.Clause;
import dk.jobvej.programme.DeferralReason;
import dk.jobvej.programme.ExitDestination;
import dk.jobvej.programme.GrantRule;
import dk.jobvej.programme.ProgrammeDefinition;
import dk.jobvej.programme.ProgrammeId;
import dk.jobvej.programme.VisitationGroup;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The programme schema, read and written with SQL. */
@Repository
class ProgrammeStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ProgrammeStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	void insert(ProgrammeId id, ProgrammeDefinition d, Instant at, String by) {
		jdbc.sql("""
				insert into programme.programme (id, municipality_code, code, name, methods, starts_on, ends_on,
				  selection_on, randomised, visitation_groups, budget_base, budget_activity, source, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id.value(), d.municipalityCode(), d.code(), d.name(), d.methods(), d.startsOn(), d.endsOn(),
					d.selectionOn(), d.randomised(), d.visitationGroups(), d.budgetBase(), d.budgetActivity(), d.source(),
					Timestamp.from(at), by)
			.update();
		for (var i = 0; i < d.clauses().size(); i++) {
			var c = d.clauses().get(i);
			jdbc.sql("""
					insert into programme.rule_clause (programme, position, benefits, category, min_age, min_support_months,
					  max_interruption_days, integration_programme_months) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id.value(), i, names(c.benefits()), c.category() == null ? null : c.category().name(), c.minAge(),
						c.minSupportMonths(), c.maxInterruptionDays(), c.integrationProgrammeMonths())
				.update();
		}
		if (d.grantRule() != null) {
			var g = d.grantRule();
			jdbc.sql("""
					insert into programme.grant_rule (programme, start_amount, completion_amount, cap_per_citizen,
					  course_weeks, offer_types) values (?, ?, ?, ?, ?, ?)""")
				.params(id.value(), g.startAmount(), g.completionAmount(), g.capPerCitizen(), g.courseWeeks(),
						names(g.offerTypes()))
				.update();
		}
	}

	boolean codeTaken(int municipalityCode, String code) {
		return jdbc.sql("select count(*) from programme.programme where municipality_code = ? and lower(code) = lower(?)")
			.params(municipalityCode, code)
			.query(Integer.class)
			.single() > 0;
	}

	List<Programme> programmes(int municipalityCode) {
		return jdbc.sql("select id from programme.programme where municipality_code = ? order by starts_on desc, name")
			.param(municipalityCode)
			.query(UUID.class)
			.list()
			.stream()
			.map(id -> programme(new ProgrammeId(id)).orElseThrow())
			.toList();
	}

	Optional<ProgrammeId> find(int municipalityCode, String code) {
		return jdbc.sql("select id from programme.programme where municipality_code = ? and code = ?")
			.params(municipalityCode, code)
			.query(UUID.class)
			.optional()
			.map(ProgrammeId::new);
	}

	Optional<Programme> programme(ProgrammeId id) {
		var clauses = jdbc.sql("select * from programme.rule_clause where programme = ? order by position")
			.param(id.value())
			.query((rs, n) -> new Clause(enums(BenefitType.class, rs.getString("benefits")),
					rs.getString("category") == null ? null : VisitationCategory.valueOf(rs.getString("category")),
					rs.getObject("min_age", Integer.class), rs.getObject("min_support_months", Integer.class),
					rs.getObject("max_interruption_days", Integer.class),
					rs.getObject("integration_programme_months", Integer.class)))
			.list();
		var grant = jdbc.sql("select * from programme.grant_rule where programme = ?")
			.param(id.value())
			.query((rs, n) -> new GrantRule(rs.getLong("start_amount"), rs.getLong("completion_amount"),
					rs.getLong("cap_per_citizen"), rs.getInt("course_weeks"),
					enums(OfferType.class, rs.getString("offer_types"))))
			.optional()
			.orElse(null);
		return jdbc.sql("select * from programme.programme where id = ?")
			.param(id.value())
			.query((rs, n) -> new Programme(id,
					new ProgrammeDefinition(rs.getInt("municipality_code"), rs.getString("code"), rs.getString("name"),
							rs.getString("methods"), rs.getObject("starts_on", LocalDate.class),
							rs.getObject("ends_on", LocalDate.class), rs.getObject("selection_on", LocalDate.class),
							rs.getBoolean("randomised"), rs.getBoolean("visitation_groups"), rs.getLong("budget_base"),
							rs.getLong("budget_activity"), rs.getString("source"), clauses, grant)))
			.optional();
	}

	// selection

	Optional<Records.Selection> selection(ProgrammeId id) {
		return jdbc.sql("select * from programme.selection where programme = ?")
			.param(id.value())
			.query((rs, n) -> new Records.Selection(rs.getTimestamp("selected_at").toInstant(),
					rs.getString("selected_by"), rs.getInt("assessed"), rs.getInt("members"), rs.getInt("near_misses")))
			.optional();
	}

	void insertSelection(ProgrammeId id, int municipalityCode, List<Records.Member> members,
			List<Records.NearMiss> nearMisses, int assessed, Instant at, String by) {
		jdbc.sql("insert into programme.selection values (?, ?, ?, ?, ?, ?)")
			.params(id.value(), Timestamp.from(at), by, assessed, members.size(), nearMisses.size())
			.update();
		template.batchUpdate("insert into programme.member values (?, ?, ?, ?, ?, ?)", members, 1000, (ps, m) -> {
			ps.setObject(1, id.value());
			ps.setObject(2, m.citizen());
			ps.setInt(3, municipalityCode);
			ps.setInt(4, m.clause());
			ps.setString(5, m.stratum());
			ps.setString(6, Reason.write(m.reasons()));
		});
		template.batchUpdate("insert into programme.near_miss values (?, ?, ?, ?)", nearMisses, 1000, (ps, m) -> {
			ps.setObject(1, id.value());
			ps.setObject(2, m.citizen());
			ps.setInt(3, municipalityCode);
			ps.setString(4, Reason.write(m.reasons()));
		});
	}

	List<Records.Member> members(ProgrammeId id) {
		return jdbc.sql("select * from programme.member where programme = ? order by citizen::text")
			.param(id.value())
			.query((rs, n) -> new Records.Member(rs.getObject("citizen", UUID.class), rs.getInt("clause"),
					rs.getString("stratum"), Reason.read(rs.getString("reasons"))))
			.list();
	}

	List<Records.NearMiss> nearMisses(ProgrammeId id) {
		return jdbc.sql("select * from programme.near_miss where programme = ? order by citizen::text")
			.param(id.value())
			.query((rs, n) -> new Records.NearMiss(rs.getObject("citizen", UUID.class),
					Reason.read(rs.getString("reasons"))))
			.list();
	}

	// randomisation

	Optional<Records.AllocationRun> allocationRun(ProgrammeId id) {
		return jdbc.sql("select * from programme.allocation_run where programme = ?")
			.param(id.value())
			.query((rs, n) -> new Records.AllocationRun(rs.getLong("seed"), rs.getBoolean("stratified"),
					rs.getInt("participants"), rs.getInt("members"), rs.getString("input_hash"),
					rs.getString("allocation_hash"), rs.getTimestamp("randomised_at").toInstant(),
					rs.getString("randomised_by")))
			.optional();
	}

	void insertAllocation(ProgrammeId id, int municipalityCode, Records.AllocationRun run,
			List<Records.Allocated> rows) {
		jdbc.sql("insert into programme.allocation_run values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id.value(), run.seed(), run.stratified(), run.participants(), run.members(), run.inputHash(),
					run.allocationHash(), Timestamp.from(run.randomisedAt()), run.randomisedBy())
			.update();
		template.batchUpdate("insert into programme.allocation values (?, ?, ?, ?, ?)", rows, 1000, (ps, row) -> {
			ps.setObject(1, id.value());
			ps.setObject(2, row.citizen());
			ps.setInt(3, municipalityCode);
			ps.setString(4, row.arm().name());
			ps.setString(5, row.stratum());
		});
	}

	List<Records.Allocated> allocation(ProgrammeId id) {
		return jdbc.sql("select * from programme.allocation where programme = ? order by citizen::text")
			.param(id.value())
			.query((rs, n) -> new Records.Allocated(rs.getObject("citizen", UUID.class), Arm.valueOf(rs.getString("arm")),
					rs.getString("stratum")))
			.list();
	}

	// visitation, exits, payments

	void insertVisit(ProgrammeId id, int municipalityCode, Records.Visit visit, Instant at) {
		jdbc.sql("insert into programme.visitation values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), id.value(), visit.citizen(), municipalityCode, visit.group().name(),
					visit.decidedOn(), visit.revisitOn(),
					visit.deferralReason() == null ? null : visit.deferralReason().name(), visit.jobMediator(),
					visit.decidedBy(), Timestamp.from(at))
			.update();
	}

	/** The newest visitation of each member that has one. */
	List<Records.Visit> currentVisits(ProgrammeId id) {
		return jdbc.sql("""
				select distinct on (citizen) * from programme.visitation where programme = ?
				order by citizen, decided_on desc, decided_at desc""")
			.param(id.value())
			.query((rs, n) -> new Records.Visit(rs.getObject("citizen", UUID.class),
					VisitationGroup.valueOf(rs.getString("grp")), rs.getObject("decided_on", LocalDate.class),
					rs.getObject("revisit_on", LocalDate.class),
					rs.getString("deferral_reason") == null ? null : DeferralReason.valueOf(rs.getString("deferral_reason")),
					rs.getObject("job_mediator", UUID.class), rs.getString("decided_by")))
			.list();
	}

	boolean isMember(ProgrammeId id, UUID citizen) {
		return jdbc.sql("select count(*) from programme.member where programme = ? and citizen = ?")
			.params(id.value(), citizen)
			.query(Integer.class)
			.single() > 0;
	}

	boolean hasExit(ProgrammeId id, UUID citizen) {
		return jdbc.sql("select count(*) from programme.exit where programme = ? and citizen = ?")
			.params(id.value(), citizen)
			.query(Integer.class)
			.single() > 0;
	}

	void insertExit(ProgrammeId id, int municipalityCode, Records.Exit exit, String by, Instant at) {
		jdbc.sql("insert into programme.exit values (?, ?, ?, ?, ?, ?, ?)")
			.params(id.value(), exit.citizen(), municipalityCode, exit.exitedOn(), exit.destination().name(), by,
					Timestamp.from(at))
			.update();
	}

	List<Records.Exit> exits(ProgrammeId id) {
		return jdbc.sql("select * from programme.exit where programme = ? order by exited_on, citizen::text")
			.param(id.value())
			.query((rs, n) -> new Records.Exit(rs.getObject("citizen", UUID.class),
					rs.getObject("exited_on", LocalDate.class), ExitDestination.valueOf(rs.getString("destination"))))
			.list();
	}

	void insertPayment(ProgrammeId id, LocalDate receivedOn, long amount, String note, String by, Instant at) {
		jdbc.sql("insert into programme.payment values (?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), id.value(), receivedOn, amount, note, by, Timestamp.from(at))
			.update();
	}

	List<Records.Payment> payments(ProgrammeId id) {
		return jdbc.sql("select * from programme.payment where programme = ? order by received_on, recorded_at")
			.param(id.value())
			.query((rs, n) -> new Records.Payment(rs.getObject("id", UUID.class),
					rs.getObject("received_on", LocalDate.class), rs.getLong("amount"), rs.getString("note")))
			.list();
	}

	private static String names(Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	private static <E extends Enum<E>> Set<E> enums(Class<E> type, @Nullable String stored) {
		var set = EnumSet.noneOf(type);
		if (stored != null && !stored.isBlank()) {
			Arrays.stream(stored.split(",")).map(name -> Enum.valueOf(type, name.strip())).forEach(set::add);
		}
		return set;
	}


}
