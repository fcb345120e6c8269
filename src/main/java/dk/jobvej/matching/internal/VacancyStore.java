package dk.jobvej.matching.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.jobvej.employer.EmployerDirectory;
import dk.jobvej.employer.VacancyClosed;
import dk.jobvej.employer.VacancyFacts;
import dk.jobvej.employer.VacancyKind;
import dk.jobvej.employer.VacancyPublished;
import dk.jobvej.employer.VacancyStatus;
import dk.jobvej.occupation.OccupationCode;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Matching's index of open vacancies ({@code matching.vacancy}). It follows the employer module's
 * events in the same transaction (a vacancy is never open in one module and missing in the other),
 * and is rebuilt from the employer module when the application is ready, which picks up vacancies
 * that came in by bulk import (imports publish no events).
 */
@Component
class VacancyStore {

	static final String COLUMNS = "id, company, company_name, occupation, title, description, hours_per_week, "
			+ "postcode, city, lat, lon, kind, deadline, municipality_code";

	private final JdbcClient jdbc;

	private final Places places;

	private final EmployerDirectory employers;

	private final TransactionTemplate transactions;

	VacancyStore(JdbcClient jdbc, Places places, EmployerDirectory employers, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.places = places;
		this.employers = employers;
		this.transactions = transactions;
	}

	@EventListener
	void on(VacancyPublished published) {
		put(published.vacancy());
	}

	@EventListener
	void on(VacancyClosed closed) {
		jdbc.sql("delete from matching.vacancy where id = ?").param(closed.vacancy().value()).update();
	}

	/** Rebuilds the index from the employer module's open vacancies. */
	@EventListener(ApplicationReadyEvent.class)
	void rebuild() {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("select pg_advisory_xact_lock(hashtext('matching.vacancy'))").query().singleValue();
			jdbc.sql("delete from matching.vacancy").update();
			employers.forEachOpenVacancy(this::put);
		});
	}

	void put(VacancyFacts vacancy) {
		if (vacancy.status() != VacancyStatus.OPEN) {
			return;
		}
		var point = places.of(vacancy.postcode()).orElse(null);
		jdbc.sql("insert into matching.vacancy (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
				+ "on conflict (id) do nothing")
			.params(vacancy.id().value(), vacancy.company().value(), vacancy.companyName(),
					vacancy.occupation().value(), vacancy.title(), vacancy.description(), vacancy.hoursPerWeek(),
					vacancy.postcode(), vacancy.city(), point == null ? null : point.lat(),
					point == null ? null : point.lon(), vacancy.kind().name(), vacancy.deadline(),
					vacancy.municipalityCode())
			.update();
	}

	Optional<Rows.Vacancy> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from matching.vacancy where id = ?")
			.param(id)
			.query(VacancyStore::vacancy)
			.optional();
	}

	/**
	 * Open vacancies in any of the occupations within the box around a point (or anywhere when the
	 * point is unknown), at most the limit.
	 */
	List<Rows.Vacancy> near(List<String> occupations, Places.Point point, double boxKm, int limit) {
		var dLat = boxKm / 111.0;
		var dLon = boxKm / (111.0 * Math.cos(Math.toRadians(point.lat())));
		return jdbc.sql("select " + COLUMNS + " from matching.vacancy where occupation in (:codes) "
				+ "and (lat is null or (lat between :lat - :dlat and :lat + :dlat and lon between :lon - :dlon and :lon + :dlon)) "
				+ "limit :limit")
			.param("codes", occupations)
			.param("lat", point.lat())
			.param("lon", point.lon())
			.param("dlat", dLat)
			.param("dlon", dLon)
			.param("limit", limit)
			.query(VacancyStore::vacancy)
			.list();
	}

	/** Open vacancies in any of the occupations in the municipality, for a citizen whose place is unknown. */
	List<Rows.Vacancy> inMunicipality(List<String> occupations, int municipalityCode, int limit) {
		return jdbc.sql("select " + COLUMNS + " from matching.vacancy where occupation in (:codes) "
				+ "and municipality_code = :municipality limit :limit")
			.param("codes", occupations)
			.param("municipality", municipalityCode)
			.param("limit", limit)
			.query(VacancyStore::vacancy)
			.list();
	}

	static Rows.Vacancy vacancy(ResultSet rs, int row) throws SQLException {
		var lat = rs.getObject("lat", Double.class);
		var lon = rs.getObject("lon", Double.class);
		return new Rows.Vacancy(rs.getObject("id", UUID.class), rs.getObject("company", UUID.class),
				rs.getString("company_name"), new OccupationCode(rs.getString("occupation")), rs.getString("title"),
				rs.getString("description"), rs.getInt("hours_per_week"), rs.getString("postcode"), rs.getString("city"),
				lat == null || lon == null ? null : new Places.Point(lat, lon), VacancyKind.valueOf(rs.getString("kind")),
				rs.getObject("deadline", LocalDate.class), rs.getInt("municipality_code"));
	}

}
