package dk.jobvej.cv.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.cv.CvCriteria;
import dk.jobvej.cv.CvSearch;
import dk.jobvej.cv.CvSnapshot;
import dk.jobvej.cv.EducationLevel;
import dk.jobvej.cv.Occupation;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CV module's read API for other modules: snapshots of single CVs, the candidate-bank search
 * and bulk reading. The search narrows by SQL over the entry tables, then reads the matching CVs
 * in chunks; "usable only" is decided on the CV itself, as the pages decide it.
 */
@Service
@Transactional(readOnly = true)
class CvDirectory implements CvSearch {

	private static final int CHUNK = 500;

	private final Cvs cvs;

	private final NamedParameterJdbcTemplate jdbc;

	private final ReferenceLists lists;

	private final Completeness completeness;

	CvDirectory(Cvs cvs, NamedParameterJdbcTemplate jdbc, ReferenceLists lists, Completeness completeness) {
		this.cvs = cvs;
		this.jdbc = jdbc;
		this.lists = lists;
		this.completeness = completeness;
	}

	@Override
	public Optional<CvSnapshot> snapshot(CitizenId citizen) {
		return cvs.findById(citizen.value()).map(this::snapshot);
	}

	@Override
	public List<CvSnapshot> search(CvCriteria criteria) {
		var sql = new StringBuilder("select c.citizen from cv.cv c where c.municipality_code = :municipality");
		var parameters = new HashMap<String, Object>();
		parameters.put("municipality", criteria.municipalityCode());
		if (!criteria.occupationCodes().isEmpty()) {
			sql.append(" and (exists (select 1 from cv.job_goal g where g.cv = c.citizen and g.occupation_code in (:occupations))")
				.append(" or exists (select 1 from cv.experience e where e.cv = c.citizen and e.occupation_code in (:occupations)))");
			parameters.put("occupations", criteria.occupationCodes());
		}
		if (!criteria.skills().isEmpty()) {
			sql.append(" and exists (select 1 from cv.skill s where s.cv = c.citizen and lower(s.name) in (:skills))");
			parameters.put("skills", criteria.skills().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
		}
		if (criteria.minimumEducation() != null && criteria.minimumEducation() != EducationLevel.ANDET) {
			sql.append(" and exists (select 1 from cv.education e where e.cv = c.citizen and e.completed and e.level in (:levels))");
			parameters.put("levels", Arrays.stream(EducationLevel.values())
				.filter(level -> level != EducationLevel.ANDET
						&& level.compareTo(criteria.minimumEducation()) >= 0)
				.map(Enum::name)
				.toList());
		}
		if (criteria.drivingLicence() != null) {
			sql.append(" and exists (select 1 from cv.driving_licence d where d.cv = c.citizen and d.category = :licence)");
			parameters.put("licence", criteria.drivingLicence().name());
		}
		if (criteria.hoursPerWeek() != null) {
			sql.append(" and c.hours_per_week >= :hours");
			parameters.put("hours", criteria.hoursPerWeek());
		}
		if (criteria.commuteKm() != null) {
			sql.append(" and c.max_commute_km >= :km");
			parameters.put("km", criteria.commuteKm());
		}
		sql.append(" order by c.updated_at desc, c.citizen");
		if (!criteria.usableOnly()) {
			sql.append(" limit :limit");
			parameters.put("limit", criteria.limit());
		}
		var ids = jdbc.queryForList(sql.toString(), parameters, UUID.class);
		var found = new ArrayList<CvSnapshot>();
		for (var from = 0; from < ids.size() && found.size() < criteria.limit(); from += CHUNK) {
			var chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			var byId = new HashMap<UUID, Cv>();
			cvs.findAllById(chunk).forEach(cv -> byId.put(cv.citizen().value(), cv));
			for (var id : chunk) {
				var cv = byId.get(id);
				if (cv != null && (!criteria.usableOnly() || completeness.usable(cv)) && found.size() < criteria.limit()) {
					found.add(snapshot(cv));
				}
			}
		}
		return found;
	}

	@Override
	public void forEachSnapshot(int municipalityCode, Consumer<CvSnapshot> each) {
		var ids = jdbc.queryForList("select citizen from cv.cv where municipality_code = :municipality order by citizen",
				java.util.Map.of("municipality", municipalityCode), UUID.class);
		for (var from = 0; from < ids.size(); from += CHUNK) {
			cvs.findAllById(ids.subList(from, Math.min(ids.size(), from + CHUNK))).stream().map(this::snapshot).forEach(each);
		}
	}

	CvSnapshot snapshot(Cv cv) {
		return new CvSnapshot(cv.citizen(), cv.municipalityCode(),
				cv.jobGoals()
					.stream()
					.map(goal -> lists.byCode(goal.occupationCode())
						.orElse(new Occupation(goal.occupationCode(), goal.occupationCode(), goal.occupationCode())))
					.toList(),
				cv.educations()
					.stream()
					.map(e -> new CvSnapshot.Education(e.level(), e.title(), e.completed(), e.toYear()))
					.toList(),
				cv.experiences()
					.stream()
					.map(e -> new CvSnapshot.Experience(e.occupationCode(), e.title(), YearMonth.from(e.fromMonth()),
							e.toMonth() == null ? null : YearMonth.from(e.toMonth())))
					.toList(),
				cv.skills().stream().map(Entries.SkillEntry::name).toList(),
				cv.languages().stream().map(l -> new CvSnapshot.Language(l.code(), l.level())).toList(),
				cv.drivingLicences(), cv.hoursPerWeek(), cv.maxCommuteKm(), cv.branches(), completeness.percent(cv),
				completeness.usable(cv), cv.updatedAt());
	}

}
