package dk.jobvej.employer.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import dk.jobvej.employer.CompanyId;
import dk.jobvej.employer.Cvr;
import dk.jobvej.employer.EmployerDirectory;
import dk.jobvej.employer.PlacementType;
import dk.jobvej.employer.VacancyFacts;
import dk.jobvej.employer.VacancyId;
import dk.jobvej.employer.VacancyKind;
import dk.jobvej.employer.VacancyStatus;
import dk.jobvej.employer.internal.Views.PlacementSummary;
import dk.jobvej.occupation.OccupationCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads vacancies and placements for the module's pages and for other modules. */
@Service
@Transactional(readOnly = true)
class EmployerQueries implements EmployerDirectory {

	private static final String VACANCY = """
			select v.id, v.company, c.name, c.cvr, v.occupation, v.title, v.description, v.hours_per_week, v.postcode,
			       v.city, v.starts_on, v.deadline, v.kind, v.parent, v.status, v.municipality_code
			from employer.vacancy v join employer.company c on c.id = v.company
			""";

	private final JdbcClient jdbc;

	EmployerQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<VacancyFacts> vacancy(VacancyId id) {
		return jdbc.sql(VACANCY + "where v.id = ?").param(id.value()).query(EmployerQueries::vacancy).optional();
	}

	@Override
	public void forEachOpenVacancy(int municipalityCode, Consumer<VacancyFacts> each) {
		jdbc.sql(VACANCY + "where v.municipality_code = ? and v.status = 'OPEN'")
			.param(municipalityCode)
			.query(EmployerQueries::vacancy)
			.stream()
			.forEach(each);
	}

	@Override
	public void forEachOpenVacancy(Consumer<VacancyFacts> each) {
		jdbc.sql(VACANCY + "where v.status = 'OPEN'").query(EmployerQueries::vacancy).stream().forEach(each);
	}

	@Override
	public List<VacancyFacts> vacanciesOf(CompanyId company) {
		return jdbc.sql(VACANCY + "where v.company = ? order by v.created_on desc, v.title")
			.param(company.value())
			.query(EmployerQueries::vacancy)
			.list();
	}

	@Override
	public Optional<String> companyName(CompanyId company) {
		return jdbc.sql("select name from employer.company where id = ?")
			.param(company.value())
			.query(String.class)
			.optional();
	}

	/** The open vacancies of the municipality, newest first, at most the limit. */
	List<VacancyFacts> open(int municipalityCode, int limit) {
		return jdbc.sql(VACANCY + "where v.municipality_code = ? and v.status = 'OPEN' order by v.created_on desc, "
				+ "v.title limit ?")
			.params(municipalityCode, limit)
			.query(EmployerQueries::vacancy)
			.list();
	}

	List<VacancyFacts> tasksOf(UUID vacancy) {
		return jdbc.sql(VACANCY + "where v.parent = ? order by v.title").param(vacancy).query(EmployerQueries::vacancy).list();
	}

	List<PlacementSummary> placementsOf(UUID company) {
		return jdbc.sql("""
				select p.id, p.company, c.name, p.type, p.from_date, p.planned_to, p.ended_on, p.hours_per_week
				from employer.placement p join employer.company c on c.id = p.company
				where p.company = ? order by p.from_date desc""")
			.param(company)
			.query((rs, n) -> new PlacementSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getString(3), PlacementType.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class),
					rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getInt(8)))
			.list();
	}

	static VacancyFacts vacancy(ResultSet rs, int row) throws SQLException {
		var parent = rs.getObject(14, UUID.class);
		return new VacancyFacts(new VacancyId(rs.getObject(1, UUID.class)), new CompanyId(rs.getObject(2, UUID.class)),
				rs.getString(3), new Cvr(rs.getString(4)), new OccupationCode(rs.getString(5)), rs.getString(6),
				rs.getString(7), rs.getInt(8), rs.getString(9), rs.getString(10), rs.getObject(11, LocalDate.class),
				rs.getObject(12, LocalDate.class), VacancyKind.valueOf(rs.getString(13)),
				parent == null ? null : new VacancyId(parent), VacancyStatus.valueOf(rs.getString(15)), rs.getInt(16));
	}

}
