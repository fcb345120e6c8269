package dk.jobvej.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dk.jobvej.citizen.CitizenHistory;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.OrganisationalUnit;
import dk.jobvej.identity.UnitId;
import dk.jobvej.plan.OfferType;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 70 % target of seed 003: of the citizens who reached {@code withinMonths} (12) months on one
 * of the target's benefits during the last 12 months, the share who started a company-oriented
 * offer or ordinary education (the offer types that count, {@code plan.offer_type_rule}) within
 * those first months. Computed per unit (the citizen's unit today) from the citizens' histories
 * and the offers; only figures are shown, so nothing is audited.
 */
@Service
public class TargetMeasure {

	private final CitizenRegister citizens;

	private final NamedParameterJdbcTemplate jdbc;

	private final PlanRules rules;

	private final Organisation organisation;

	private final Clock clock;

	private final java.time.Duration cacheFor;

	private final Map<Integer, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

	TargetMeasure(CitizenRegister citizens, NamedParameterJdbcTemplate jdbc, PlanRules rules,
			Organisation organisation, PlanProperties properties, Clock clock) {
		this.citizens = citizens;
		this.jdbc = jdbc;
		this.rules = rules;
		this.organisation = organisation;
		this.cacheFor = properties.targetCache();
		this.clock = clock;
	}

	private record Cached(Result result, java.time.Instant at) {
	}

	/** A unit's figures; {@code percent} is null when no citizen is in the cohort. */
	public record Share(@Nullable UnitId unit, String unitName, int cohort, int reached, @Nullable Integer percent) {
	}

	/** The measure for the period ending today, per unit and in all. */
	public record Result(LocalDate from, LocalDate to, int targetPercent, int withinMonths, List<OfferType> counted,
			List<Share> units, Share total, String source) {
	}

	/**
	 * For the signed-in leader's municipality; empty when no target rule is in force. A result is
	 * kept for {@code jobvej.plan.target-cache} (default 15 minutes) and within the same day.
	 */
	@Transactional(readOnly = true)
	public Optional<Result> compute() {
		var municipality = organisation.signedIn().municipalityCode();
		var today = LocalDate.now(clock);
		var cached = cache.get(municipality);
		if (cached != null && cached.result().to().equals(today)
				&& cached.at().plus(cacheFor).isAfter(clock.instant())) {
			return Optional.of(cached.result());
		}
		var result = rules.target(today).map(rule -> compute(municipality, today, rule));
		result.ifPresent(computed -> cache.put(municipality, new Cached(computed, clock.instant())));
		return result;
	}

	Result compute(int municipality, LocalDate today, PlanRules.TargetRule rule) {
		var counted = List.copyOf(rules.countingForTarget(today));
		var starts = new HashMap<UUID, List<LocalDate>>();
		if (!counted.isEmpty()) {
			jdbc.query("""
					select citizen, start_date from plan.offer where municipality_code = :municipality
					and status in ('GRANTED', 'ENDED') and type in (:types)""",
					Map.of("municipality", municipality, "types", counted.stream().map(Enum::name).toList()),
					(org.springframework.jdbc.core.RowCallbackHandler) rs -> starts
						.computeIfAbsent(rs.getObject("citizen", UUID.class), key -> new ArrayList<>())
						.add(rs.getObject("start_date", LocalDate.class)));
		}
		var from = today.minusMonths(12).plusDays(1);
		var cohorts = new HashMap<UnitId, int[]>();
		citizens.forEachHistory(municipality, history -> anniversary(history, rule, from, today).ifPresent(period -> {
			var tally = cohorts.computeIfAbsent(history.unit(), key -> new int[2]);
			tally[0]++;
			var end = period.from().plusMonths(rule.withinMonths());
			var reached = starts.getOrDefault(history.id().value(), List.of())
				.stream()
				.anyMatch(start -> !start.isBefore(period.from()) && start.isBefore(end));
			if (reached) {
				tally[1]++;
			}
		}));
		var units = new ArrayList<Share>();
		var all = new int[2];
		cohorts.forEach((unit, tally) -> {
			all[0] += tally[0];
			all[1] += tally[1];
			units.add(share(unit, organisation.unit(unit).map(OrganisationalUnit::name).orElse(unit.toString()), tally));
		});
		units.sort(Comparator.comparing(Share::unitName));
		return new Result(from, today, rule.sharePercent(), rule.withinMonths(), counted, units, share(null, "", all),
				rule.source());
	}

	/** The citizen's benefit period that reached the months during the period, if any (the latest). */
	private static Optional<CitizenHistory.Benefit> anniversary(CitizenHistory history, PlanRules.TargetRule rule,
			LocalDate from, LocalDate to) {
		return history.benefits()
			.stream()
			.filter(benefit -> rule.benefits().contains(benefit.type()))
			.filter(benefit -> {
				var reachedOn = benefit.from().plusMonths(rule.withinMonths());
				return !reachedOn.isBefore(from) && !reachedOn.isAfter(to)
						&& (benefit.to() == null || !benefit.to().isBefore(reachedOn.minusDays(1)));
			})
			.max(Comparator.comparing(CitizenHistory.Benefit::from));
	}

	private static Share share(@Nullable UnitId unit, String name, int[] tally) {
		return new Share(unit, name, tally[0], tally[1], tally[0] == 0 ? null : Math.round(100f * tally[1] / tally[0]));
	}

}
