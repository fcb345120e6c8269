package dk.jobvej.occupation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dk.jobvej.occupation.Occupation;
import dk.jobvej.occupation.OccupationCode;
import dk.jobvej.occupation.OccupationHit;
import dk.jobvej.occupation.RelatedOccupation;
import dk.jobvej.occupation.Relatedness;
import dk.jobvej.occupation.SearchText;
import dk.jobvej.occupation.Skill;
import dk.jobvej.occupation.Taxonomy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The taxonomy: the unit groups, their titles and relations are held in memory (a few hundred
 * groups, read on every match), reloaded after the catalogue or an ESCO import changes them; the
 * search runs in PostgreSQL (Danish full text and trigrams).
 */
@Service
class JdbcTaxonomy implements Taxonomy {

	/** Partial-match weights by structure; listed relations carry their own weight. */
	static final double SAME_MINOR_GROUP = 0.6;

	static final double SAME_SUB_MAJOR_GROUP = 0.3;

	private final JdbcClient jdbc;

	private volatile Map<OccupationCode, Occupation> occupations = Map.of();

	private volatile Map<OccupationCode, Map<OccupationCode, Double>> listed = Map.of();

	JdbcTaxonomy(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Reads the groups, titles and listed relations again. */
	void reload() {
		var groups = new HashMap<String, String>();
		jdbc.sql("select code, title_da from occupation.isco_group where level < 4")
			.query((rs, n) -> groups.put(rs.getString(1), rs.getString(2)))
			.list();
		var synonyms = new HashMap<String, List<String>>();
		jdbc.sql("select code, title from occupation.title where kind <> 'TITLE' order by kind desc, title")
			.query((rs, n) -> synonyms.computeIfAbsent(rs.getString(1), key -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		var all = new TreeMap<OccupationCode, Occupation>(Comparator.comparing(OccupationCode::value));
		jdbc.sql("select code, title_da, title_en from occupation.isco_group where level = 4")
			.query((rs, n) -> {
				var code = new OccupationCode(rs.getString(1));
				var parents = new ArrayList<String>();
				Optional.ofNullable(groups.get(code.subMajorGroup())).ifPresent(parents::add);
				Optional.ofNullable(groups.get(code.majorGroup())).ifPresent(parents::add);
				return all.put(code, new Occupation(code, rs.getString(2), rs.getString(3),
						synonyms.getOrDefault(code.value(), List.of()), parents));
			})
			.list();
		var relations = new HashMap<OccupationCode, Map<OccupationCode, Double>>();
		jdbc.sql("select code, related, weight from occupation.related")
			.query((rs, n) -> relations.computeIfAbsent(new OccupationCode(rs.getString(1)), key -> new HashMap<>())
				.put(new OccupationCode(rs.getString(2)), rs.getDouble(3)))
			.list();
		occupations = all;
		listed = relations;
	}

	@Override
	public Optional<Occupation> byCode(OccupationCode code) {
		return Optional.ofNullable(occupations.get(code));
	}

	@Override
	public List<Occupation> all() {
		return List.copyOf(occupations.values());
	}

	@Override
	public List<OccupationHit> search(String text, int limit) {
		var clean = SearchText.clean(text).toLowerCase(java.util.Locale.ROOT);
		if (clean.isBlank() || limit < 1) {
			return List.of();
		}
		var best = new LinkedHashMap<String, OccupationHit>();
		jdbc.sql("""
				with q as (select websearch_to_tsquery('danish', :text) as query, cast(:text as text) as text)
				select t.code, g.title_da, t.title,
				       greatest(case when t.search @@ q.query then 0.6 + 0.4 * similarity(lower(t.title), q.text) else 0 end,
				                similarity(lower(t.title), q.text), word_similarity(q.text, lower(t.title))) as score
				from occupation.title t join occupation.isco_group g on g.code = t.code, q
				where t.search @@ q.query or lower(t.title) % q.text or q.text <% lower(t.title)
				order by score desc, t.title
				limit :rows""")
			.param("text", clean)
			.param("rows", limit * 8)
			.query((rs, n) -> best.putIfAbsent(rs.getString(1), new OccupationHit(new OccupationCode(rs.getString(1)),
					rs.getString(2), rs.getString(3), Math.min(1.0, rs.getDouble(4)))))
			.list();
		return best.values().stream().limit(limit).toList();
	}

	@Override
	public Relatedness relatedness(OccupationCode a, OccupationCode b) {
		if (a.equals(b)) {
			return new Relatedness(1.0, Relatedness.Kind.SAME);
		}
		var weight = listed.getOrDefault(a, Map.of()).get(b);
		if (weight != null && weight >= SAME_MINOR_GROUP) {
			return new Relatedness(weight, Relatedness.Kind.LISTED);
		}
		if (a.minorGroup().equals(b.minorGroup())) {
			return new Relatedness(SAME_MINOR_GROUP, Relatedness.Kind.SAME_MINOR_GROUP);
		}
		if (weight != null) {
			return new Relatedness(weight, Relatedness.Kind.LISTED);
		}
		if (a.subMajorGroup().equals(b.subMajorGroup())) {
			return new Relatedness(SAME_SUB_MAJOR_GROUP, Relatedness.Kind.SAME_SUB_MAJOR_GROUP);
		}
		return Relatedness.NONE;
	}

	@Override
	public List<RelatedOccupation> related(OccupationCode code, double minimumWeight) {
		return occupations.values()
			.stream()
			.filter(other -> !other.code().equals(code))
			.map(other -> new RelatedOccupation(other.code(), other.danish(), relatedness(code, other.code())))
			.filter(related -> related.relatedness().any() && related.relatedness().weight() >= minimumWeight)
			.sorted(Comparator.comparingDouble((RelatedOccupation related) -> -related.relatedness().weight())
				.thenComparing(related -> related.code().value()))
			.toList();
	}

	@Override
	public List<Skill> skills(OccupationCode code, int limit) {
		return jdbc.sql("""
				select s.uri, s.label, bool_or(os.essential) as essential, count(*) as occupations
				from occupation.esco_occupation o
				join occupation.esco_occupation_skill os on os.occupation = o.uri
				join occupation.esco_skill s on s.uri = os.skill
				where o.code = ?
				group by s.uri, s.label
				order by essential desc, occupations desc, s.label
				limit ?""")
			.params(code.value(), limit)
			.query((rs, n) -> new Skill(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
			.list();
	}

}
