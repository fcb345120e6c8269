package dk.jobvej.matching.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.identity.Organisation;
import dk.jobvej.matching.JobSuggestions;
import dk.jobvej.matching.Suggestion;
import dk.jobvej.occupation.OccupationCode;
import dk.jobvej.occupation.Taxonomy;
import dk.jobvej.platform.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranked suggestions both ways. Candidates for a vacancy come from the candidate bank of the
 * vacancy's municipality (the jobcenter's own citizens): those with a job goal or experience in
 * the vacancy's occupation or a related one, narrowed in the database by occupation and by a box
 * around the workplace, then scored and explained by the {@link Ranker}. Vacancies for a citizen
 * are the open vacancies within commuting distance in the occupations of their job goals and
 * experience, from any municipality. Every candidate shown to a member of staff is audited as a
 * read of that citizen's data.
 */
@Service
@Transactional(noRollbackFor = dk.jobvej.citizen.NoAccess.class)
public class Matcher implements JobSuggestions {

	/** How far around the workplace the database looks for candidates (no one commutes farther). */
	static final double BOX_KM = 100;

	/** How many candidates the database hands to the ranking at most. */
	static final int SHORTLIST = 400;

	private final JdbcClient jdbc;

	private final VacancyStore vacancies;

	private final Ranker ranker;

	private final Taxonomy taxonomy;

	private final Places places;

	private final CitizenRegister citizens;

	private final Organisation organisation;

	private final AuditLog audit;

	Matcher(JdbcClient jdbc, VacancyStore vacancies, Ranker ranker, Taxonomy taxonomy, Places places,
			CitizenRegister citizens, Organisation organisation, AuditLog audit) {
		this.jdbc = jdbc;
		this.vacancies = vacancies;
		this.ranker = ranker;
		this.taxonomy = taxonomy;
		this.places = places;
		this.citizens = citizens;
		this.organisation = organisation;
		this.audit = audit;
	}

	/** The best candidates for an open vacancy of the caller's municipality, each read audited. */
	public List<Suggestion> candidatesFor(UUID vacancy, int limit) {
		var me = organisation.signedIn();
		var found = vacancies.find(vacancy)
			.filter(v -> v.municipalityCode() == me.municipalityCode())
			.orElseThrow(() -> new NotFound("matching.vacancy.notFound"));
		var ranked = rankCandidates(found, limit);
		audit.recordAll(ranked.stream()
			.map(s -> new AuditRecord(me.username(), AuditAction.READ, "citizen/" + s.citizen(), "matching-candidates",
					"vacancy/" + vacancy, me.municipalityCode()))
			.toList());
		return ranked;
	}

	/**
	 * The ranking alone for any open vacancy, without the caller's municipality and without the
	 * audit: for the benchmark (bench/matching.sh), which shows no one the result.
	 */
	@Transactional(readOnly = true)
	public List<Suggestion> rankCandidates(UUID vacancy, int limit) {
		return vacancies.find(vacancy).map(found -> rankCandidates(found, limit)).orElse(List.of());
	}

	@Transactional(readOnly = true)
	List<Suggestion> rankCandidates(Rows.Vacancy vacancy, int limit) {
		var codes = relatedCodes(List.of(vacancy.occupation()));
		var sql = new StringBuilder("select " + CandidateStore.COLUMNS
				+ " from matching.candidate where municipality_code = :municipality and occupations && cast(:codes as varchar[])");
		var query = jdbc.sql("");
		if (vacancy.place() != null) {
			var dLat = BOX_KM / 111.0;
			var dLon = BOX_KM / (111.0 * Math.cos(Math.toRadians(vacancy.place().lat())));
			sql.append(" and (lat is null or (lat between :lat - :dlat and :lat + :dlat and lon between :lon - :dlon and :lon + :dlon))"
					+ " and (max_commute_km is null or lat is null or (111.0 * sqrt(power(lat - :lat, 2) + power((lon - :lon) * :cos, 2))) <= max_commute_km + 1)");
		}
		sql.append(" order by (case when goals[1] = :occupation then 0 when :occupation = any(goals) then 1 else 2 end),"
				+ " updated_at desc limit :shortlist");
		query = jdbc.sql(sql.toString())
			.param("municipality", vacancy.municipalityCode())
			.param("codes", CandidateStore.array(codes))
			.param("occupation", vacancy.occupation().value())
			.param("shortlist", SHORTLIST);
		if (vacancy.place() != null) {
			query = query.param("lat", vacancy.place().lat())
				.param("lon", vacancy.place().lon())
				.param("dlat", BOX_KM / 111.0)
				.param("dlon", BOX_KM / (111.0 * Math.cos(Math.toRadians(vacancy.place().lat()))))
				.param("cos", Math.cos(Math.toRadians(vacancy.place().lat())));
		}
		var candidates = query.query((rs, n) -> CandidateStore.candidate(rs)).list();
		return candidates.stream()
			.map(candidate -> ranker.score(candidate, vacancy))
			.flatMap(java.util.Optional::stream)
			.sorted(Comparator.comparingDouble(Suggestion::score).reversed().thenComparing(s -> s.citizen().value()))
			.limit(limit)
			.toList();
	}

	/** The open vacancy in matching's index, for the pages of the caller's municipality. */
	@Transactional(readOnly = true)
	public Rows.Vacancy vacancy(UUID id) {
		var me = organisation.signedIn();
		return vacancies.find(id)
			.filter(v -> v.municipalityCode() == me.municipalityCode())
			.orElseThrow(() -> new NotFound("matching.vacancy.notFound"));
	}

	@Override
	public List<Suggestion> vacanciesFor(CitizenId citizen, int limit) {
		citizens.open(citizen, "job-suggestions");
		return rankVacancies(citizen, limit);
	}

	/** The ranking alone: the citizen's candidate profile against the open vacancies near them. */
	@Transactional(readOnly = true)
	public List<Suggestion> rankVacancies(CitizenId citizen, int limit) {
		var candidate = jdbc.sql("select " + CandidateStore.COLUMNS + " from matching.candidate where citizen = ?")
			.param(citizen.value())
			.query((rs, n) -> CandidateStore.candidate(rs))
			.optional();
		if (candidate.isEmpty()) {
			return List.of();
		}
		var profile = candidate.get();
		var own = new ArrayList<OccupationCode>(profile.goals());
		profile.experience().stream().map(e -> e.occupation()).filter(java.util.Objects::nonNull).forEach(own::add);
		if (own.isEmpty()) {
			return List.of();
		}
		var codes = relatedCodes(own);
		var box = profile.maxCommuteKm() == null ? Ranker.DEFAULT_COMMUTE_KM * 2.0 : profile.maxCommuteKm() + 1.0;
		var open = profile.place() == null ? vacancies.inMunicipality(codes, profile.municipalityCode(), 5_000)
				: vacancies.near(codes, profile.place(), box, 5_000);
		return open.stream()
			.map(vacancy -> ranker.score(profile, vacancy))
			.flatMap(java.util.Optional::stream)
			.sorted(Comparator.comparingDouble(Suggestion::score).reversed().thenComparing(s -> s.vacancy().value()))
			.limit(limit)
			.toList();
	}

	/** The occupations themselves and every occupation related to one of them at least as closely as the ranking requires. */
	List<String> relatedCodes(List<OccupationCode> occupations) {
		var codes = new LinkedHashSet<String>();
		for (var occupation : occupations) {
			codes.add(occupation.value());
			taxonomy.related(occupation, Ranker.MINIMUM_RELATEDNESS).forEach(r -> codes.add(r.code().value()));
		}
		return List.copyOf(codes);
	}

	Places places() {
		return places;
	}

}
