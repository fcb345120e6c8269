package dk.jobvej.cv.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.jobvej.cv.Occupation;
import dk.jobvej.cv.Occupations;

import org.springframework.stereotype.Component;

/**
 * The lists a CV's entries come from, shipped as data under {@code cv/}: occupations (DISCO-08 /
 * ISCO-08 unit groups), branches (DB07 main groups) and languages (ISO 639-1), each with its source
 * in the file.
 */
@Component
public class ReferenceLists implements Occupations {

	private final CodeList occupations = CodeList.read("cv/occupations.csv");

	private final CodeList branches = CodeList.read("cv/branches.csv");

	private final CodeList languages = CodeList.read("cv/languages.csv");

	public CodeList occupationList() {
		return occupations;
	}

	public CodeList branches() {
		return branches;
	}

	public CodeList languages() {
		return languages;
	}

	@Override
	public List<Occupation> all() {
		return occupations.sorted(Locale.forLanguageTag("da")).stream().map(ReferenceLists::occupation).toList();
	}

	@Override
	public Optional<Occupation> byCode(String code) {
		return occupations.get(code).map(ReferenceLists::occupation);
	}

	private static Occupation occupation(CodeList.Entry entry) {
		return new Occupation(entry.code(), entry.danish(), entry.english());
	}

}
