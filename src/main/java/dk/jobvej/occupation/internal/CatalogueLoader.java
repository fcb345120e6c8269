package dk.jobvej.occupation.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the taxonomy Jobvej ships ({@code occupation/disco-08.csv} and {@code occupation/related.csv})
 * at start-up, before anything else runs: groups and titles are upserted, so a changed file
 * changes the titles and a restart with the same file changes nothing. Titles and synonyms no
 * longer in the file are removed; ESCO's titles are left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogueLoader implements ApplicationRunner {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final JdbcTaxonomy taxonomy;

	CatalogueLoader(JdbcClient jdbc, TransactionTemplate transactions, JdbcTaxonomy taxonomy) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.taxonomy = taxonomy;
	}

	@Override
	public void run(ApplicationArguments args) {
		var groups = rows("occupation/disco-08.csv");
		var related = rows("occupation/related.csv");
		transactions.executeWithoutResult(status -> load(groups, related));
		taxonomy.reload();
	}

	private void load(List<String[]> groups, List<String[]> related) {
		// one loader at a time (tests may start several contexts on one database)
		jdbc.sql("select pg_advisory_xact_lock(hashtext('occupation.catalogue'))").query().singleValue();
		jdbc.sql("delete from occupation.title where kind in ('TITLE', 'SYNONYM')").update();
		for (var group : groups) {
			var code = group[0];
			jdbc.sql("""
					insert into occupation.isco_group (code, level, title_da, title_en) values (?, ?, ?, ?)
					on conflict (code) do update set level = excluded.level, title_da = excluded.title_da,
					    title_en = excluded.title_en""").params(code, code.length(), group[1], group[2]).update();
			if (code.length() == 4) {
				title(code, group[1], "TITLE");
				if (group.length > 3) {
					for (var synonym : group[3].split("\\|")) {
						if (!synonym.isBlank()) {
							title(code, synonym.trim(), "SYNONYM");
						}
					}
				}
			}
		}
		jdbc.sql("delete from occupation.related").update();
		for (var pair : related) {
			var weight = Double.parseDouble(pair[2]);
			relate(pair[0], pair[1], weight);
			relate(pair[1], pair[0], weight);
		}
	}

	private void title(String code, String title, String kind) {
		jdbc.sql("insert into occupation.title (code, title, kind) values (?, ?, ?) on conflict do nothing")
			.params(code, title, kind)
			.update();
	}

	private void relate(String code, String related, double weight) {
		jdbc.sql("insert into occupation.related (code, related, weight) values (?, ?, ?) on conflict do nothing")
			.params(code, related, weight)
			.update();
	}

	/** The data lines of a semicolon-separated file: no comments, no header. */
	static List<String[]> rows(String resource) {
		try (var reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(),
				StandardCharsets.UTF_8)) {
			var lines = new ArrayList<String[]>();
			var header = true;
			for (var line : reader.readAllAsString().lines().toList()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (header) {
					header = false;
					continue;
				}
				lines.add(line.split(";", -1));
			}
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
