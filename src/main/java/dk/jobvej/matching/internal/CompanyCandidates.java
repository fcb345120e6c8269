package dk.jobvej.matching.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dk.jobvej.employer.CompanyId;
import dk.jobvej.employer.EmployerDirectory;
import dk.jobvej.employer.EmployerPortal;
import dk.jobvej.employer.VacancyId;
import dk.jobvej.matching.MatchStatus;
import dk.jobvej.occupation.OccupationCode;
import dk.jobvej.occupation.Taxonomy;
import dk.jobvej.platform.NotFound;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a company sees in the employer portal: the candidates presented for its own vacancies,
 * anonymised (job goals, experience, skills, education level, hours) unless the citizen has
 * consented, then with their name; each name shown is audited.
 */
@Service
@Transactional
public class CompanyCandidates {

	private final JdbcClient jdbc;

	private final EmployerPortal portal;

	private final EmployerDirectory employers;

	private final Consents consents;

	private final MatchPipeline pipeline;

	private final Taxonomy taxonomy;

	CompanyCandidates(JdbcClient jdbc, EmployerPortal portal, EmployerDirectory employers, Consents consents,
			MatchPipeline pipeline, Taxonomy taxonomy) {
		this.jdbc = jdbc;
		this.portal = portal;
		this.employers = employers;
		this.consents = consents;
		this.pipeline = pipeline;
		this.taxonomy = taxonomy;
	}

	/** A candidate as the company sees them: a reference, the name only with consent. */
	public record CandidateCard(String reference, @Nullable String name, MatchStatus status, List<String> jobGoals,
			List<String> experience, List<String> skills, int educationLevel, @Nullable Integer hoursPerWeek) {
	}

	/** The vacancy's title and its presented candidates; a vacancy of another company does not exist here. */
	public record VacancyCandidates(String title, List<CandidateCard> candidates) {
	}

	public VacancyCandidates forVacancy(UUID vacancy) {
		CompanyId company = portal.signedIn();
		var facts = employers.vacancy(new VacancyId(vacancy))
			.filter(found -> found.company().equals(company))
			.orElseThrow(() -> new NotFound("matching.vacancy.notFound"));
		var cards = jdbc.sql("""
				select m.id, m.citizen, m.status, c.goals, c.experience, c.skills, c.education_level, c.hours_per_week
				from matching.match m join matching.candidate c on c.citizen = m.citizen
				where m.vacancy = ? and m.company = ? and m.status <> 'PROPOSED'
				order by m.score desc""")
			.params(vacancy, company.value())
			.query((rs, n) -> {
				var citizen = rs.getObject(2, UUID.class);
				var name = consents.nameFor(citizen).orElse(null);
				if (name != null) {
					pipeline.auditNameShown(portal.username(), citizen, facts.municipalityCode());
				}
				return new CandidateCard(reference(rs.getObject(1, UUID.class)), name,
						MatchStatus.valueOf(rs.getString(3)),
						CandidateStore.strings(rs.getArray(4)).stream().map(this::title).toList(),
						CandidateStore.strings(rs.getArray(5)).stream().map(CompanyCandidates::experience).toList(),
						CandidateStore.strings(rs.getArray(6)), rs.getInt(7), rs.getObject(8, Integer.class));
			})
			.list();
		return new VacancyCandidates(facts.title(), cards);
	}

	/** A short reference the company and the consultant can talk about, from the match (not the citizen). */
	static String reference(UUID match) {
		return match.toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	private String title(String code) {
		return OccupationCode.tryParse(code).flatMap(taxonomy::byCode).map(o -> o.danish()).orElse(code);
	}

	/** "title (n md.)" from the stored "code|months|title". */
	private static String experience(String entry) {
		var parts = entry.split("\\|", 3);
		return parts.length < 3 ? entry : parts[2] + " (" + parts[1] + ")";
	}

}
