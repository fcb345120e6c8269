package dk.jobvej.youth.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenFacts;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.identity.StaffMember;
import dk.jobvej.youth.EducationOrderId;
import dk.jobvej.youth.OrderStep;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The education-order worklist (overdue steps first) and the leaders' figures: the distribution
 * of running orders over the steps (seed 001: 68 % / 17 % / 8 % / 7 %), the young people with 52
 * weeks of seniority against the target (fewer than 100) and the young people in the target
 * group without an order. The figures come from the whole municipality's histories and show no
 * personal data; they are computed at most every few minutes.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class YouthWorklists {


	private final JdbcClient jdbc;

	private final YouthRules rules;

	private final YouthAccess access;

	private final YouthProperties properties;

	private final Clock clock;

	/** Per municipality: the day's seniority count and target group, from every citizen's history. */
	private final Map<Integer, Population> populations = new ConcurrentHashMap<>();

	/** What the whole municipality's histories say on a day. */
	private record Population(LocalDate day, int withSeniority, int weeks, int target, java.util.Set<UUID> eligible) {
	}

	YouthWorklists(JdbcClient jdbc, YouthRules rules, YouthAccess access, YouthProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.access = access;
		this.properties = properties;
		this.clock = clock;
	}

	public enum Scope {

		MINE, UNIT

	}

	/** Overdue: the deadline has passed; due: within the due-soon days; later. */
	public enum Urgency {

		OVERSKREDET, FORFALDER, SENERE, UDEN_FRIST

	}

	public record Person(CitizenId id, @Nullable String name, @Nullable String maskedCpr) {

		public boolean accessible() {
			return name != null;
		}

	}

	public record OrderRow(EducationOrderId id, Person citizen, OrderStep step, LocalDate issuedOn, LocalDate deadline,
			Urgency urgency) {
	}

	public record Worklist<T>(List<T> rows, int total) {
	}

	/** The running orders of the scope, overdue steps first. */
	public Worklist<OrderRow> orders(Scope scope) {
		var staff = scope == Scope.UNIT ? access.leader() : access.caller();
		var today = LocalDate.now(clock);
		var rows = jdbc.sql("""
				select o.id, o.citizen, o.current_step, o.issued_on,
				       (select s.deadline from youth.order_step s where s.education_order = o.id
				        order by s.position desc limit 1) as deadline
				from youth.education_order o
				where o.municipality_code = :municipality and o.ended_on is null and """
				+ (scope == Scope.UNIT ? " o.unit = :unit" : " o.caseworker = :me"))
			.params(Map.of("municipality", staff.municipalityCode(), "unit", staff.unit().value(), "me",
					staff.id().value()))
			.query((rs, n) -> {
				var issued = rs.getObject("issued_on", LocalDate.class);
				var deadline = rs.getObject("deadline", LocalDate.class);
				return new OrderRow(new EducationOrderId(rs.getObject("id", UUID.class)),
						new Person(new CitizenId(rs.getObject("citizen", UUID.class)), null, null),
						OrderStep.valueOf(rs.getString("current_step")), issued, deadline,
						urgency(issued, deadline, today));
			})
			.list();
		var sorted = rows.stream()
			.sorted(Comparator.comparing(OrderRow::urgency).thenComparing(OrderRow::deadline))
			.toList();
		var page = sorted.subList(0, Math.min(sorted.size(), properties.worklistLimit()));
		var people = people(page.stream().map(row -> row.citizen().id()).toList(), "youth-worklist");
		var shown = new ArrayList<OrderRow>();
		for (var row : page) {
			shown.add(new OrderRow(row.id(), people.get(row.citizen().id()), row.step(), row.issuedOn(), row.deadline(),
					row.urgency()));
		}
		return new Worklist<>(shown, rows.size());
	}

	private Urgency urgency(LocalDate issuedOn, LocalDate deadline, LocalDate today) {
		if (!rules.inForce(issuedOn, today)) {
			return Urgency.UDEN_FRIST;
		}
		if (deadline.isBefore(today)) {
			return Urgency.OVERSKREDET;
		}
		return deadline.isAfter(today.plusDays(properties.dueSoonDays())) ? Urgency.SENERE : Urgency.FORFALDER;
	}

	/** The people of a list, opened together (each shown one audited); those the caller may not open have no name. */
	Map<CitizenId, Person> people(List<CitizenId> ids, String what) {
		var opened = access.openAll(ids, what);
		var people = new java.util.HashMap<CitizenId, Person>();
		for (var id : ids) {
			CitizenFacts facts = opened.get(id);
			people.put(id, facts == null ? new Person(id, null, null) : new Person(id, facts.name(), facts.maskedCpr()));
		}
		return people;
	}

	/** Running orders per step, with the share of each. */
	public record Distribution(Map<OrderStep, Integer> counts, int total) {

		public double share(OrderStep step) {
			return total == 0 ? 0 : 100.0 * counts.getOrDefault(step, 0) / total;
		}

		/** Whole percentages that add up to 100 (largest remainder), as seed 001 shows them. */
		public Map<OrderStep, Integer> percentages() {
			var result = new EnumMap<OrderStep, Integer>(OrderStep.class);
			if (total == 0) {
				for (var step : OrderStep.values()) {
					result.put(step, 0);
				}
				return result;
			}
			var remainders = new ArrayList<Map.Entry<OrderStep, Double>>();
			var given = 0;
			for (var step : OrderStep.values()) {
				var exact = share(step);
				result.put(step, (int) Math.floor(exact));
				given += (int) Math.floor(exact);
				remainders.add(Map.entry(step, exact - Math.floor(exact)));
			}
			remainders.sort(Map.Entry.<OrderStep, Double>comparingByValue().reversed());
			for (var i = 0; i < 100 - given; i++) {
				result.merge(remainders.get(i).getKey(), 1, Integer::sum);
			}
			return result;
		}

	}

	/** The leaders' figures of the municipality (and the distribution of their own unit). */
	public record Figures(Distribution municipality, Distribution unit, int withSeniority, int seniorityWeeks,
			int seniorityTarget, int eligibleWithoutOrder, int overdue, Instant computedAt) {

		public boolean belowTarget() {
			return withSeniority < seniorityTarget;
		}

	}

	/**
	 * The figures for the caller's municipality and unit (team leaders). The seniority count and the
	 * target group come from every citizen's history, read once a day per municipality; who of the
	 * target group has an order is asked each time.
	 */
	@Transactional(readOnly = true)
	public Figures figures() {
		var staff = access.leader();
		var today = LocalDate.now(clock);
		var population = populations.get(staff.municipalityCode());
		if (population == null || !population.day().equals(today)) {
			population = computePopulation(staff.municipalityCode(), today);
			populations.put(staff.municipalityCode(), population);
		}
		var withOrder = new HashSet<>(jdbc.sql(
				"select citizen from youth.education_order where municipality_code = ? and ended_on is null")
			.param(staff.municipalityCode())
			.query(UUID.class)
			.list());
		var withoutOrder = (int) population.eligible().stream().filter(id -> !withOrder.contains(id)).count();
		return new Figures(distribution(staff, null), distribution(staff, staff), population.withSeniority(),
				population.weeks(), population.target(), withoutOrder, overdue(staff), clock.instant());
	}

	private Distribution distribution(StaffMember staff, @Nullable StaffMember unitOf) {
		var counts = new EnumMap<OrderStep, Integer>(OrderStep.class);
		for (var step : OrderStep.values()) {
			counts.put(step, 0);
		}
		jdbc.sql("select current_step, count(*) from youth.education_order where municipality_code = :municipality"
				+ " and ended_on is null" + (unitOf == null ? "" : " and unit = :unit") + " group by current_step")
			.params(Map.of("municipality", staff.municipalityCode(), "unit", staff.unit().value()))
			.query((rs, n) -> counts.put(OrderStep.valueOf(rs.getString(1)), rs.getInt(2)))
			.list();
		return new Distribution(counts, counts.values().stream().mapToInt(Integer::intValue).sum());
	}

	private int overdue(StaffMember staff) {
		var today = LocalDate.now(clock);
		return (int) jdbc.sql("""
				select o.issued_on, (select s.deadline from youth.order_step s where s.education_order = o.id
				                     order by s.position desc limit 1)
				from youth.education_order o where o.municipality_code = ? and o.ended_on is null""")
			.param(staff.municipalityCode())
			.query((rs, n) -> urgency(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class), today))
			.list()
			.stream()
			.filter(urgency -> urgency == Urgency.OVERSKREDET)
			.count();
	}

	/**
	 * Seniority and the target group from every citizen's history (no names). Dagpenge recipients
	 * under 25 are left out of the target group: their order is the jobcenter's judgement, not a duty.
	 */
	private Population computePopulation(int municipalityCode, LocalDate today) {
		var weeks = rules.number(YouthRuleKind.SENIORITY_WEEKS, today).orElse(52);
		var target = rules.number(YouthRuleKind.SENIORITY_TARGET, today).orElse(0);
		var counted = new int[1];
		var eligible = new HashSet<UUID>();
		var newOrders = rules.newOrdersAllowed(today);
		access.register().forEachHistory(municipalityCode, history -> {
			if (Seniority.counts(history, today, weeks)) {
				counted[0]++;
			}
			if (newOrders && rules.eligible(history, today)
					&& history.benefitOn(today).filter(b -> b.type() == BenefitType.A_DAGPENGE).isEmpty()) {
				eligible.add(history.id().value());
			}
		});
		return new Population(today, counted[0], weeks, target, java.util.Set.copyOf(eligible));
	}

}
