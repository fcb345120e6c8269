package dk.jobvej.occupation.web;

import java.util.List;

import dk.jobvej.occupation.Occupation;
import dk.jobvej.occupation.OccupationCode;
import dk.jobvej.occupation.OccupationHit;
import dk.jobvej.occupation.RelatedOccupation;
import dk.jobvej.occupation.Skill;
import dk.jobvej.occupation.Taxonomy;
import dk.jobvej.platform.NotFound;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The occupation taxonomy: search by title, and one occupation with its related occupations and skills. */
@RestController
@RequestMapping("/api/v1/occupations")
@Tag(name = "Occupations", description = "The DISCO-08 / ISCO-08 occupation taxonomy with ESCO")
class OccupationApi {

	private final Taxonomy taxonomy;

	OccupationApi(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	/** A search: the text (any characters, at most 200) and how many hits (1–50, default 10). */
	record Search(@NotBlank(message = "{occupation.search.required}") @Size(max = 200,
			message = "{occupation.search.tooLong}") @Nullable String q,
			@Min(value = 1, message = "{occupation.search.limit}") @Max(value = 50,
					message = "{occupation.search.limit}") @Nullable Integer limit) {
	}

	record Details(String code, String danish, String english, List<String> synonyms, List<String> groups,
			List<RelatedOccupation> related, List<Skill> skills) {
	}

	@GetMapping
	@Operation(summary = "Occupations whose title or synonym matches the text (Danish stemming, misspellings)")
	List<OccupationHit> search(@Valid @ModelAttribute Search search) {
		return taxonomy.search(search.q() == null ? "" : search.q(), search.limit() == null ? 10 : search.limit());
	}

	@GetMapping("/{code}")
	@Operation(summary = "One occupation (four-digit unit group) with related occupations and ESCO skills")
	Details occupation(@PathVariable String code) {
		Occupation occupation = OccupationCode.tryParse(code)
			.flatMap(taxonomy::byCode)
			.orElseThrow(() -> new NotFound("occupation.notFound"));
		return new Details(occupation.code().value(), occupation.danish(), occupation.english(), occupation.synonyms(),
				occupation.groups(), taxonomy.related(occupation.code(), 0.5), taxonomy.skills(occupation.code(), 30));
	}

}
