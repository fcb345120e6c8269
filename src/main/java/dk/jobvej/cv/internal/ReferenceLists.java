package dk.jobvej.cv.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.jobvej.cv.Occupation;
import dk.jobvej.cv.Occupations;
import dk.jobvej.occupation.Taxonomy;

import org.springframework.stereotype.Component;

/**
 * The lists a CV's entries come from: occupations are the unit groups of the occupation module's
 * taxonomy (DISCO-08 / ISCO-08), branches (DB07 main groups) and languages (ISO 639-1) are shipped
 * as data under {@code cv/}, each with its source in the file.
 */
@Component
public class ReferenceLists implements Occupations {

	private final Taxonomy taxonomy;

	private final CodeList branches = CodeList.read("cv/branches.csv");

	private final CodeList languages = CodeList.read("cv/languages.csv");

	ReferenceLists(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	/** The taxonomy's unit groups, read when asked: the taxonomy is loaded as the application starts. */
	public CodeList occupationList() {
		return CodeList.of(taxonomy.all()
			.stream()
			.map(o -> new CodeList.Entry(o.code().value(), o.danish(), o.english()))
			.toList());
	}

	public CodeList branches() {
		return branches;
	}

	public CodeList languages() {
		return languages;
	}

	@Override
	public List<Occupation> all() {
		return occupationList().sorted(Locale.forLanguageTag("da")).stream().map(ReferenceLists::occupation).toList();
	}

	@Override
	public Optional<Occupation> byCode(String code) {
		return occupationList().get(code).map(ReferenceLists::occupation);
	}

	private static Occupation occupation(CodeList.Entry entry) {
		return new Occupation(entry.code(), entry.danish(), entry.english());
	}

}
