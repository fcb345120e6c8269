package dk.jobvej.occupation;

import java.io.StringReader;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.testing.UntrustedText;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The occupation taxonomy: DISCO-08 / ISCO-08 groups with Danish titles and synonyms, found by
 * Danish full-text search (stemming) and despite misspellings; related occupations as partial
 * matches; ESCO imported through the ISCO-08 codes; any search text handled safely.
 */
@JobvejIntegrationTest
class TaxonomyTests {

	private static final long SEED = System.nanoTime();

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	EscoImport esco;

	private static OccupationCode code(String value) {
		return new OccupationCode(value);
	}

	@Test
	void unitGroupsHaveDanishAndIscoTitlesSynonymsAndTheirGroups() {
		var nurse = taxonomy.byCode(code("5322")).orElseThrow();

		assertThat(nurse.danish()).isEqualTo("Social- og sundhedshjælper");
		assertThat(nurse.english()).isEqualTo("Home-based personal care workers");
		assertThat(nurse.synonyms()).contains("SOSU-hjælper", "Hjemmehjælper");
		assertThat(nurse.groups()).containsExactly("Omsorg og pleje", "Service- og salgsarbejde");
		assertThat(taxonomy.all()).hasSizeGreaterThan(120).allSatisfy(o -> assertThat(o.code().value()).hasSize(4));
	}

	@Test
	void theSearchStemsDanishWordsAndFindsSynonyms() {
		assertThat(taxonomy.search("sygeplejersker", 5)).first().extracting(hit -> hit.code().value()).isEqualTo("2221");
		assertThat(taxonomy.search("SOSU-hjælper", 5)).first().extracting(hit -> hit.code().value()).isEqualTo("5322");
		assertThat(taxonomy.search("lagerarbejdere", 5)).extracting(hit -> hit.code().value()).contains("9333");
		assertThat(taxonomy.search("chauffør", 10)).extracting(hit -> hit.code().value()).contains("8322", "8332");
	}

	@Test
	void theSearchForgivesMisspellings() {
		assertThat(taxonomy.search("sygeplejeske", 5)).first().extracting(hit -> hit.code().value()).isEqualTo("2221");
		assertThat(taxonomy.search("rengørringsassistent", 5)).first()
			.extracting(hit -> hit.code().value())
			.isEqualTo("9112");
		assertThat(taxonomy.search("elektrikker", 5)).extracting(hit -> hit.code().value()).contains("7411");
	}

	@Test
	void relatedOccupationsArePartialMatches() {
		assertThat(taxonomy.relatedness(code("5120"), code("5120"))).isEqualTo(new Relatedness(1.0, Relatedness.Kind.SAME));
		assertThat(taxonomy.relatedness(code("3434"), code("5120"))).isEqualTo(new Relatedness(0.8, Relatedness.Kind.LISTED));
		assertThat(taxonomy.relatedness(code("5120"), code("3434"))).as("both ways").isEqualTo(new Relatedness(0.8, Relatedness.Kind.LISTED));
		assertThat(taxonomy.relatedness(code("8331"), code("8332")).kind()).isEqualTo(Relatedness.Kind.SAME_MINOR_GROUP);
		assertThat(taxonomy.relatedness(code("8322"), code("8344")).kind()).isEqualTo(Relatedness.Kind.SAME_SUB_MAJOR_GROUP);
		assertThat(taxonomy.relatedness(code("2221"), code("9333"))).isEqualTo(Relatedness.NONE);
		assertThat(taxonomy.related(code("9333"), 0.5)).extracting(r -> r.code().value())
			.startsWith("4321")
			.contains("8344", "9321", "9334")
			.doesNotContain("9333");
	}

	static Stream<String> untrustedTexts() {
		var random = new Random(SEED);
		return IntStream.range(0, 60).mapToObj(i -> UntrustedText.generate(random));
	}

	@ParameterizedTest
	@MethodSource("untrustedTexts")
	void anySearchTextIsSearchedSafely(String text) {
		assertThatCode(() -> assertThat(taxonomy.search(text, 7)).hasSizeLessThanOrEqualTo(7))
			.as("seed %d: %s", SEED, text.length() > 80 ? text.substring(0, 80) : text)
			.doesNotThrowAnyException();
		assertThat(taxonomy.byCode(code("9333"))).as("the tables are still there").isPresent();
	}

	@Test
	void searchTextIsCleanedOfControlCharactersAndCut() {
		assertThat(SearchText.clean("  kok\u0000\tog\r\n  tjener ")).isEqualTo("kok og tjener");
		assertThat(SearchText.clean("x".repeat(10_000))).hasSize(SearchText.MAX_LENGTH);
		assertThat(taxonomy.search("\u0000\u0001  ", 5)).isEmpty();
	}

	@Test
	void escoOccupationsJoinTheirIscoGroupAndBringTheirSkills() {
		var suffix = Long.toHexString(new Random().nextLong());
		var occupations = "\uFEFFconceptType,conceptUri,iscoGroup,preferredLabel,altLabels,description\n"
				+ "Occupation,http://data.europa.eu/esco/occupation/t-" + suffix + ",9412,opvaskeassistent" + suffix
				+ ",\"skyllemedarbejder" + suffix + "\ngrovopvasker" + suffix + "\",\"Vasker op, \"\"hurtigt\"\"\"\n"
				+ "Occupation,http://data.europa.eu/esco/occupation/u-" + suffix + ",9999,ukendt,,\n";
		var skills = "conceptType,conceptUri,skillType,preferredLabel\n" + "KnowledgeSkillCompetence,skill/a-" + suffix
				+ ",skill/competence,betjene opvaskemaskine " + suffix + "\n"
				+ "KnowledgeSkillCompetence,skill/b-" + suffix + ",knowledge,hygiejne " + suffix + "\n";
		var relations = "occupationUri,relationType,skillType,skillUri\n" + "http://data.europa.eu/esco/occupation/t-"
				+ suffix + ",essential,skill/competence,skill/a-" + suffix + "\n"
				+ "http://data.europa.eu/esco/occupation/t-" + suffix + ",optional,knowledge,skill/b-" + suffix + "\n"
				+ "http://data.europa.eu/esco/occupation/u-" + suffix + ",essential,knowledge,skill/b-" + suffix + "\n";

		var result = esco.importEsco(new StringReader(occupations), new StringReader(skills),
				new StringReader(relations));
		var again = esco.importEsco(new StringReader(occupations), new StringReader(skills),
				new StringReader(relations));

		assertThat(result).isEqualTo(new EscoImport.Result(1, 2, 2, 1));
		assertThat(again).as("a re-import updates").isEqualTo(result);
		assertThat(taxonomy.search("grovopvasker" + suffix, 3)).first().satisfies(hit -> {
			assertThat(hit.code().value()).isEqualTo("9412");
			assertThat(hit.matched()).isEqualTo("grovopvasker" + suffix);
		});
		assertThat(taxonomy.byCode(code("9412")).orElseThrow().synonyms()).contains("opvaskeassistent" + suffix,
				"skyllemedarbejder" + suffix);
		assertThat(taxonomy.skills(code("9412"), 100)).extracting(Skill::label)
			.contains("betjene opvaskemaskine " + suffix, "hygiejne " + suffix);
		assertThat(taxonomy.skills(code("9412"), 100)).filteredOn(skill -> skill.label().startsWith("betjene"))
			.allMatch(Skill::essential);
	}

}
