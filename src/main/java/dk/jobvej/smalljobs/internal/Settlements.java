package dk.jobvej.smalljobs.internal;

import java.sql.Array;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.platform.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly settlement of payment by results for a bureau: read by the bureau itself (its partners) and
 * by the municipality's leaders. Computed from the referrals, small jobs and hours with {@link Settlement}.
 */
@Service
public class Settlements {

	private final JdbcClient jdbc;

	private final Bureaus bureaus;

	private final Organisation organisation;

	private final Clock clock;

	Settlements(JdbcClient jdbc, Bureaus bureaus, Organisation organisation, Clock clock) {
		this.jdbc = jdbc;
		this.bureaus = bureaus;
		this.organisation = organisation;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Settlement month(UUID bureauId, YearMonth month) {
		var bureau = visible(bureauId);
		var courses = new LinkedHashMap<UUID, Settlement.Course>();
		jdbc.sql("select id, maturing_to from smalljobs.referral where bureau = ? and maturing_from is not null")
			.param(bureau.id())
			.query(rs -> {
				courses.put(rs.getObject(1, UUID.class),
						new Settlement.Course(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), List.of()));
			});
		var jobs = new LinkedHashMap<UUID, List<Settlement.Job>>();
		jdbc.sql("""
				select e.referral, e.id, e.started_on, e.ended_on, e.end_reason,
				       array(select h.week_start from smalljobs.week_hours h where h.employment = e.id and h.hours > 0
				             order by h.week_start)
				from smalljobs.employment e join smalljobs.referral r on r.id = e.referral
				where r.bureau = ?""")
			.param(bureau.id())
			.query(rs -> {
				var weeks = new ArrayList<LocalDate>();
				Array array = rs.getArray(6);
				Arrays.stream((Object[]) array.getArray()).forEach(day -> weeks.add(((java.sql.Date) day).toLocalDate()));
				var reason = rs.getString(5);
				jobs.computeIfAbsent(rs.getObject(1, UUID.class), key -> new ArrayList<>())
					.add(new Settlement.Job(rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class),
							rs.getObject(4, LocalDate.class), reason == null ? null : EndReason.valueOf(reason), weeks));
			});
		var all = new ArrayList<Settlement.Course>();
		jobs.forEach((referral, list) -> {
			var course = courses.remove(referral);
			all.add(new Settlement.Course(referral, course == null ? null : course.maturingTo(), list));
		});
		all.addAll(courses.values());
		return Settlement.of(month, LocalDate.now(clock), bureaus.rules(bureau.id()), all);
	}

	/** A partner sees their own bureau's settlement; a leader the bureaus of the municipality. */
	private Bureau visible(UUID bureauId) {
		var me = organisation.signedIn();
		if (me.has(Role.PARTNER)) {
			var own = bureaus.signedInBureau();
			if (own.id().equals(bureauId)) {
				return own;
			}
			throw new NotFound("smalljobs.bureau.notFound");
		}
		var bureau = bureaus.byId(bureauId);
		if (bureau.municipalityCode() != me.municipalityCode()) {
			throw new NotFound("smalljobs.bureau.notFound");
		}
		return bureau;
	}

}
