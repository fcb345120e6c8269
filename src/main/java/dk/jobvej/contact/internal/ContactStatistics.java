package dk.jobvej.contact.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import dk.jobvej.contact.Channel;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.UnitId;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conversations held per channel, unit and month (seed 003: Aalborg held 182,000 conversations in
 * 2022, 80,000 by phone, 76,000 physical and 26,000 digital), for the caller's municipality and a
 * calendar year or the last twelve months, months in Danish time. Counts only: nothing about a citizen.
 */
@Service
@Transactional(readOnly = true)
public class ContactStatistics {

	private final Opening opening;

	private final Organisation organisation;

	private final JdbcClient jdbc;

	private final Clock clock;

	ContactStatistics(Opening opening, Organisation organisation, JdbcClient jdbc, Clock clock) {
		this.opening = opening;
		this.organisation = organisation;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The counts of one unit (or the whole municipality) in one month. */
	public record Row(YearMonth month, UnitId unit, String unitName, Map<Channel, Integer> byChannel) {

		public int total() {
			return byChannel.values().stream().mapToInt(Integer::intValue).sum();
		}

		public int of(Channel channel) {
			return byChannel.getOrDefault(channel, 0);
		}

	}

	/**
	 * Held conversations from {@code from} to {@code to} (both included): per month and unit, and
	 * totals per channel. {@code year} is the calendar year, or null for the last twelve months.
	 */
	public record Year(@org.jspecify.annotations.Nullable Integer year, LocalDate from, LocalDate to, List<Row> rows,
			Map<YearMonth, Map<Channel, Integer>> months, Map<Channel, Integer> totals) {

		public int total() {
			return totals.values().stream().mapToInt(Integer::intValue).sum();
		}

		public int of(Channel channel) {
			return totals.getOrDefault(channel, 0);
		}

		/** The channel's share of all conversations held, in per cent. */
		public int share(Channel channel) {
			return total() == 0 ? 0 : Math.round(100f * of(channel) / total());
		}

	}

	/** A calendar year. */
	public Year year(int year) {
		return period(year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/** The last twelve months: from the same day a year ago to today. */
	public Year lastTwelveMonths() {
		var today = LocalDate.now(clock);
		return period(null, today.minusYears(1), today);
	}

	private Year period(@org.jspecify.annotations.Nullable Integer year, LocalDate from, LocalDate to) {
		var me = opening.caller();
		var zone = clock.getZone();
		var cells = new TreeMap<YearMonth, Map<UUID, Map<Channel, Integer>>>();
		jdbc.sql("""
				select date_trunc('month', starts_at at time zone ?)::date as month, unit, channel, count(*) as held
				from contact.conversation
				where municipality_code = ? and status = 'HELD' and starts_at >= ? and starts_at < ?
				group by 1, 2, 3""")
			.params(zone.getId(), me.municipalityCode(),
					Timestamp.from(from.atStartOfDay(zone).toInstant()),
					Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
			.query((RowCallbackHandler) rs -> cells
				.computeIfAbsent(YearMonth.from(rs.getObject("month", LocalDate.class)), m -> new HashMap<>())
				.computeIfAbsent(rs.getObject("unit", UUID.class), u -> new EnumMap<>(Channel.class))
				.merge(Channel.valueOf(rs.getString("channel")), rs.getInt("held"), Integer::sum));
		var names = new HashMap<UUID, String>();
		organisation.units(me.municipalityCode()).forEach(unit -> names.put(unit.id().value(), unit.name()));
		var rows = new ArrayList<Row>();
		var months = new TreeMap<YearMonth, Map<Channel, Integer>>();
		var totals = new EnumMap<Channel, Integer>(Channel.class);
		cells.forEach((month, units) -> units.forEach((unit, channels) -> {
			rows.add(new Row(month, new UnitId(unit), names.getOrDefault(unit, ""), channels));
			channels.forEach((channel, count) -> {
				months.computeIfAbsent(month, m -> new EnumMap<>(Channel.class)).merge(channel, count, Integer::sum);
				totals.merge(channel, count, Integer::sum);
			});
		}));
		rows.sort(java.util.Comparator.comparing(Row::month).thenComparing(Row::unitName));
		return new Year(year, from, to, rows, months, totals);
	}

}
