package dk.jobvej.contact.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what the contact module knows about citizens' courses ({@link ContactFacts}) for many
 * citizens at once: by id for a worklist, or a whole municipality for reports and the benchmark,
 * four queries either way. Of the conversations held only the latest counts ({@link LatestHeld}): the
 * due date depends on the last one held in the current benefit run, and if the latest of all is older
 * than the run, none was held in it. So one row per citizen is read, not one per conversation.
 */
@Component
class CourseFacts {

	private final JdbcClient jdbc;

	private final Clock clock;

	CourseFacts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	ContactFacts of(UUID citizen) {
		return of(List.of(citizen)).getOrDefault(citizen, ContactFacts.NONE);
	}

	/** The facts of the citizens; a citizen the module knows nothing about is missing from the map. */
	Map<UUID, ContactFacts> of(Collection<UUID> citizens) {
		if (citizens.isEmpty()) {
			return Map.of();
		}
		return read("citizen in (:citizens)", Map.of("citizens", citizens));
	}

	/** The facts of every citizen of the municipality the module knows anything about. */
	Map<UUID, ContactFacts> ofMunicipality(int municipalityCode) {
		return read("municipality_code = :municipality", Map.of("municipality", municipalityCode));
	}

	private Map<UUID, ContactFacts> read(String where, Map<String, ?> parameters) {
		var building = new HashMap<UUID, Building>();
		var now = Timestamp.from(clock.instant());
		jdbc.sql("select citizen, held_at from contact.latest_held where " + where)
			.params(parameters)
			.query((RowCallbackHandler) rs -> building.computeIfAbsent(rs.getObject(1, UUID.class), id -> new Building()).held
				.add(rs.getTimestamp(2).toInstant()));
		jdbc.sql("select citizen, min(starts_at) from contact.conversation where status = 'BOOKED' and starts_at >= :now and "
				+ where + " group by citizen")
			.params(parameters)
			.param("now", now)
			.query((RowCallbackHandler) rs -> building.computeIfAbsent(rs.getObject(1, UUID.class),
					id -> new Building()).nextBooked = rs.getTimestamp(2).toInstant());
		jdbc.sql("select citizen, type, from_date, to_date from contact.absence_period where " + where)
			.params(parameters)
			.query((RowCallbackHandler) rs -> building.computeIfAbsent(rs.getObject(1, UUID.class), id -> new Building()).absences
				.add(new ContactFacts.Absence(rs.getString(2), rs.getObject(3, LocalDate.class),
						rs.getObject(4, LocalDate.class))));
		jdbc.sql("select citizen, programme, from_date, to_date from contact.programme_membership where " + where)
			.params(parameters)
			.query((RowCallbackHandler) rs -> building.computeIfAbsent(rs.getObject(1, UUID.class),
					id -> new Building()).memberships
				.add(new ContactFacts.Membership(rs.getString(2), rs.getObject(3, LocalDate.class),
						rs.getObject(4, LocalDate.class))));
		var facts = new HashMap<UUID, ContactFacts>(building.size() * 2);
		building.forEach((citizen, b) -> facts.put(citizen, new ContactFacts(b.held, b.nextBooked, b.absences, b.memberships)));
		return facts;
	}

	private static final class Building {

		private final List<Instant> held = new ArrayList<>();

		private @Nullable Instant nextBooked;

		private final List<ContactFacts.Absence> absences = new ArrayList<>();

		private final List<ContactFacts.Membership> memberships = new ArrayList<>();

	}

}
