package dk.jobvej.matching.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.matching.CandidateIndex;
import dk.jobvej.matching.CandidateProfile;
import dk.jobvej.matching.Readiness;
import dk.jobvej.occupation.OccupationCode;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The candidate index in {@code matching.candidate}: upserts one at a time, COPY in bulk. */
@Service
class CandidateStore implements CandidateIndex {

	static final String COLUMNS = "citizen, municipality_code, goals, occupations, experience, skills, "
			+ "education_level, educations, hours_per_week, max_commute_km, postcode, lat, lon, readiness, updated_at";

	static final String WRITTEN = COLUMNS + ", search_text";

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final Places places;

	private final Clock clock;

	CandidateStore(JdbcClient jdbc, DataSource dataSource, Places places, Clock clock) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.places = places;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void put(CandidateProfile profile) {
		var point = places.of(profile.postcode()).orElse(null);
		jdbc.sql("insert into matching.candidate (" + WRITTEN + ") values (?, ?, ?::varchar[], ?::varchar[], "
				+ "?::text[], ?::text[], ?, ?::text[], ?, ?, ?, ?, ?, ?, ?, ?) on conflict (citizen) do update set "
				+ "municipality_code = excluded.municipality_code, goals = excluded.goals, "
				+ "occupations = excluded.occupations, experience = excluded.experience, skills = excluded.skills, "
				+ "education_level = excluded.education_level, educations = excluded.educations, "
				+ "hours_per_week = excluded.hours_per_week, max_commute_km = excluded.max_commute_km, "
				+ "postcode = excluded.postcode, lat = excluded.lat, lon = excluded.lon, "
				+ "readiness = excluded.readiness, updated_at = excluded.updated_at, search_text = excluded.search_text")
			.params(profile.citizen().value(), profile.municipalityCode(), array(goals(profile)),
					array(occupations(profile)), array(experience(profile)), array(skills(profile)),
					profile.educationLevel(), array(profile.educations()), profile.hoursPerWeek(),
					profile.maxCommuteKm(), profile.postcode(), point == null ? null : point.lat(),
					point == null ? null : point.lon(), profile.readiness().name(), Timestamp.from(profile.updatedAt()),
					searchText(profile))
			.update();
	}

	@Override
	@Transactional
	public int importBatch(String batchId, List<CandidateProfile> profiles) {
		var claimed = jdbc.sql("insert into matching.import_batch (batch_id, imported_at, count) values (?, ?, ?) "
				+ "on conflict (batch_id) do nothing")
			.params(batchId, Timestamp.from(clock.instant()), profiles.size())
			.update();
		if (claimed == 0) {
			return 0;
		}
		var text = new StringBuilder(profiles.size() * 200);
		for (var profile : profiles) {
			var point = places.of(profile.postcode()).orElse(null);
			row(text, profile.citizen().value(), profile.municipalityCode(), array(goals(profile)),
					array(occupations(profile)), array(experience(profile)), array(skills(profile)),
					profile.educationLevel(), array(profile.educations()), profile.hoursPerWeek(),
					profile.maxCommuteKm(), profile.postcode(), point == null ? null : point.lat(),
					point == null ? null : point.lon(), profile.readiness().name(), profile.updatedAt(),
					searchText(profile));
		}
		var connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy matching.candidate (" + WRITTEN + ") from stdin with (format csv)",
						new StringReader(text.toString()));
		}
		catch (SQLException | IOException ex) {
			throw new DataAccessResourceFailureException("COPY into matching.candidate failed: "
					+ (ex instanceof SQLException sql ? sql.getSQLState() : ex.getClass().getName()));
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
		return profiles.size();
	}

	@Override
	@Transactional
	public void remove(CitizenId citizen) {
		jdbc.sql("delete from matching.candidate where citizen = ?").param(citizen.value()).update();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CandidateProfile> profile(CitizenId citizen) {
		return jdbc.sql("select " + COLUMNS + " from matching.candidate where citizen = ?")
			.param(citizen.value())
			.query((rs, n) -> {
				var row = candidate(rs);
				return new CandidateProfile(citizen, row.municipalityCode(), row.goals(), row.experience(), row.skills(),
						row.educationLevel(), strings(rs.getArray("educations")), row.hoursPerWeek(),
						row.maxCommuteKm(), rs.getString("postcode"), row.readiness(),
						rs.getTimestamp("updated_at").toInstant());
			})
			.optional();
	}

	/** A candidate row read with {@link #COLUMNS}. */
	static Rows.Candidate candidate(ResultSet rs) throws SQLException {
		var lat = rs.getObject("lat", Double.class);
		var lon = rs.getObject("lon", Double.class);
		var experience = new ArrayList<CandidateProfile.Experience>();
		for (var entry : strings(rs.getArray("experience"))) {
			var parts = entry.split("\\|", 3);
			experience.add(new CandidateProfile.Experience(parts[0].isEmpty() ? null : new OccupationCode(parts[0]),
					parts[2], Integer.parseInt(parts[1])));
		}
		return new Rows.Candidate(rs.getObject("citizen", UUID.class), rs.getInt("municipality_code"),
				strings(rs.getArray("goals")).stream().map(OccupationCode::new).toList(), experience,
				strings(rs.getArray("skills")), rs.getInt("education_level"), rs.getObject("hours_per_week", Integer.class),
				rs.getObject("max_commute_km", Integer.class),
				lat == null || lon == null ? null : new Places.Point(lat, lon), Readiness.valueOf(rs.getString("readiness")));
	}

	static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

	/** Skills, educations and experience titles, for the full-text search; without control characters. */
	private static String searchText(CandidateProfile profile) {
		var parts = new ArrayList<String>(profile.skills());
		parts.addAll(profile.educations());
		profile.experience().forEach(e -> parts.add(e.title()));
		return String.join(" ", parts).codePoints()
			.map(c -> Character.isISOControl(c) ? ' ' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

	private static List<String> goals(CandidateProfile profile) {
		return profile.jobGoals().stream().map(OccupationCode::value).toList();
	}

	/** The job goals first, then the occupations of the experience, each once. */
	private static List<String> occupations(CandidateProfile profile) {
		var codes = new ArrayList<>(goals(profile));
		profile.experience()
			.stream()
			.map(CandidateProfile.Experience::occupation)
			.filter(Objects::nonNull)
			.map(OccupationCode::value)
			.filter(code -> !codes.contains(code))
			.forEach(codes::add);
		return codes;
	}

	private static List<String> experience(CandidateProfile profile) {
		return profile.experience()
			.stream()
			.map(e -> (e.occupation() == null ? "" : e.occupation().value()) + "|" + e.months() + "|" + e.title())
			.toList();
	}

	private static List<String> skills(CandidateProfile profile) {
		return profile.skills().stream().map(skill -> skill.strip().toLowerCase(Locale.ROOT)).distinct().toList();
	}

	/** A PostgreSQL array literal of the texts ({"a","b"}), quotes and backslashes escaped. */
	static String array(List<String> values) {
		var text = new StringBuilder("{");
		for (var i = 0; i < values.size(); i++) {
			if (i > 0) {
				text.append(',');
			}
			text.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return text.append('}').toString();
	}

	private static void row(StringBuilder text, @Nullable Object... values) {
		for (var i = 0; i < values.length; i++) {
			if (i > 0) {
				text.append(',');
			}
			if (values[i] != null) {
				text.append('"').append(Objects.toString(values[i]).replace("\"", "\"\"")).append('"');
			}
		}
		text.append('\n');
	}

}
