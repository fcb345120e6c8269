package dk.jobvej.occupation.internal;

import java.io.Reader;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import dk.jobvej.occupation.EscoImport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ESCO import, in one transaction: occupations first (each under the ISCO-08 unit group of its
 * {@code iscoGroup} column; one whose group the taxonomy lacks is skipped and counted), then the
 * skills, then the relations between the occupations and skills that were imported.
 */
@Service
class EscoImporter implements EscoImport {

	private static final Pattern UNIT_GROUP = Pattern.compile("[0-9]{4}");

	private final JdbcClient jdbc;

	private final JdbcTaxonomy taxonomy;

	EscoImporter(JdbcClient jdbc, JdbcTaxonomy taxonomy) {
		this.jdbc = jdbc;
		this.taxonomy = taxonomy;
	}

	@Override
	@Transactional
	public Result importEsco(Reader occupations, Reader skills, Reader relations) {
		var groups = new HashSet<>(jdbc.sql("select code from occupation.isco_group where level = 4")
			.query(String.class)
			.list());
		var imported = new HashSet<String>();
		var skipped = new int[1];
		Csv.read(occupations, ',', row -> {
			var uri = Csv.required(row, "conceptUri");
			var group = row.getOrDefault("iscoGroup", "").trim();
			if (!UNIT_GROUP.matcher(group).matches() || !groups.contains(group)) {
				skipped[0]++;
				return;
			}
			var label = Csv.required(row, "preferredLabel");
			jdbc.sql("""
					insert into occupation.esco_occupation (uri, code, label, description) values (?, ?, ?, ?)
					on conflict (uri) do update set code = excluded.code, label = excluded.label,
					    description = excluded.description""")
				.params(uri, group, cut(label), row.getOrDefault("description", null))
				.update();
			jdbc.sql("delete from occupation.title where esco_uri = ?").param(uri).update();
			title(group, label, "ESCO", uri);
			for (var alternative : Csv.lines(row.getOrDefault("altLabels", ""))) {
				title(group, alternative, "ESCO_ALT", uri);
			}
			imported.add(uri);
		});
		var skillUris = new HashSet<String>();
		Csv.read(skills, ',', row -> {
			var uri = Csv.required(row, "conceptUri");
			jdbc.sql("""
					insert into occupation.esco_skill (uri, label, skill_type) values (?, ?, ?)
					on conflict (uri) do update set label = excluded.label, skill_type = excluded.skill_type""")
				.params(uri, cut(Csv.required(row, "preferredLabel")), row.getOrDefault("skillType", null))
				.update();
			skillUris.add(uri);
		});
		var related = new int[1];
		Csv.read(relations, ',', row -> {
			var occupation = Csv.required(row, "occupationUri");
			var skill = Csv.required(row, "skillUri");
			if (!known(occupation, imported) || !known(skill, skillUris)) {
				return;
			}
			var essential = "essential".equalsIgnoreCase(row.getOrDefault("relationType", "").trim());
			related[0] += jdbc.sql("""
					insert into occupation.esco_occupation_skill (occupation, skill, essential) values (?, ?, ?)
					on conflict (occupation, skill) do update set essential = excluded.essential""")
				.params(occupation, skill, essential)
				.update();
		});
		taxonomy.reload();
		return new Result(imported.size(), skillUris.size(), related[0], skipped[0]);
	}

	/** Imported now, or before. */
	private boolean known(String uri, Set<String> now) {
		return now.contains(uri) || jdbc.sql("select exists (select 1 from occupation.esco_occupation where uri = ? "
				+ "union all select 1 from occupation.esco_skill where uri = ?)")
			.params(uri, uri)
			.query(Boolean.class)
			.single();
	}

	private void title(String group, String title, String kind, String uri) {
		jdbc.sql("insert into occupation.title (code, title, kind, esco_uri) values (?, ?, ?, ?) on conflict do nothing")
			.params(group, cut(title), kind, uri)
			.update();
	}

	private static String cut(String text) {
		var trimmed = text.trim();
		return trimmed.length() > 300 ? trimmed.substring(0, 300) : trimmed;
	}

}
