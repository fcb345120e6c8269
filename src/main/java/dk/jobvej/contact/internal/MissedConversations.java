package dk.jobvej.contact.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.citizen.TargetGroup;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.OrganisationalUnit;
import dk.jobvej.identity.UnitId;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The missed-conversations report (seed 001: the minister's letter of 29 January 2018 about missing
 * conversations) per unit and target group, for the caller's municipality today: how many citizens
 * the jobcenter holds conversations with, how many are overdue, the share in order, the same for
 * those 3 to 6 months on benefit (seed 001: 60 % of young people at 3-6 months had their legal
 * conversations), and the no-shows and cancellations of the last 30 days. Figures only.
 */
@Service
@Transactional(readOnly = true)
public class MissedConversations {

	private final DueStatusSweep sweep;

	private final Opening opening;

	private final Organisation organisation;

	private final JdbcClient jdbc;

	private final Clock clock;

	MissedConversations(DueStatusSweep sweep, Opening opening, Organisation organisation, JdbcClient jdbc, Clock clock) {
		this.sweep = sweep;
		this.opening = opening;
		this.organisation = organisation;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One line of the report. */
	public record Line(UnitId unit, String unitName, @Nullable TargetGroup targetGroup, int inCourse, int overdue,
			int threeToSix, int threeToSixOverdue, int noShows, int cancelledByCitizen, @Nullable Integer target) {

		/** The share of citizens in the course whose conversations are in order, in per cent (null when none). */
		public @Nullable Integer shareInOrder() {
			return inCourse == 0 ? null : Math.round(100f * (inCourse - overdue) / inCourse);
		}

		public @Nullable Integer threeToSixShare() {
			return threeToSix == 0 ? null : Math.round(100f * (threeToSix - threeToSixOverdue) / threeToSix);
		}

	}

	public List<Line> report() {
		var me = opening.caller();
		var today = LocalDate.now(clock);
		var groups = new HashMap<UUID, Key>();
		var lines = new HashMap<Key, int[]>();
		var targets = new HashMap<Key, Integer>();
		sweep.sweep(me.municipalityCode(), today, (history, status) -> {
			var key = new Key(history.unit().value(), history.targetGroup());
			groups.put(history.id().value(), key);
			var state = status.state();
			if (state != DueStatus.State.OVERDUE && state != DueStatus.State.DUE_SOON
					&& state != DueStatus.State.ON_TRACK) {
				return;
			}
			var counts = lines.computeIfAbsent(key, k -> new int[6]);
			counts[0]++;
			var overdue = state == DueStatus.State.OVERDUE;
			counts[1] += overdue ? 1 : 0;
			if (status.week() >= 13 && status.week() < 26) {
				counts[2]++;
				counts[3] += overdue ? 1 : 0;
			}
			if (status.rule() != null && status.rule().portfolioTarget() != null) {
				targets.put(key, status.rule().portfolioTarget());
			}
		});
		jdbc.sql("""
				select citizen, status, cancelled_by from contact.conversation
				where municipality_code = ? and status in ('NO_SHOW', 'CANCELLED') and starts_at >= ? and starts_at < ?""")
			.params(me.municipalityCode(), Timestamp.from(today.minusDays(30).atStartOfDay(clock.getZone()).toInstant()),
					Timestamp.from(today.plusDays(1).atStartOfDay(clock.getZone()).toInstant()))
			.query((RowCallbackHandler) rs -> {
				var key = groups.get(rs.getObject("citizen", UUID.class));
				if (key == null) {
					return;
				}
				var counts = lines.computeIfAbsent(key, k -> new int[6]);
				if ("NO_SHOW".equals(rs.getString("status"))) {
					counts[4]++;
				}
				else if ("CITIZEN".equals(rs.getString("cancelled_by"))) {
					counts[5]++;
				}
			});
		var unitNames = new HashMap<UUID, String>();
		organisation.units(me.municipalityCode()).forEach(unit -> unitNames.put(unit.id().value(), unit.name()));
		var report = new ArrayList<Line>();
		lines.forEach((key, c) -> report.add(new Line(new UnitId(key.unit()), unitNames.getOrDefault(key.unit(),
				organisation.unit(new UnitId(key.unit())).map(OrganisationalUnit::name).orElse("")), key.group(), c[0],
				c[1], c[2], c[3], c[4], c[5], targets.get(key))));
		report.sort(Comparator.comparing(Line::unitName)
			.thenComparing(line -> line.targetGroup() == null ? "" : line.targetGroup().name()));
		return report;
	}

	private record Key(UUID unit, @Nullable TargetGroup group) {
	}

}
