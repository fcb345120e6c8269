package dk.jobvej.cv.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.cv.internal.CvChangeBy;
import dk.jobvej.cv.internal.CvEditing;
import dk.jobvej.cv.internal.CvReading;
import dk.jobvej.cv.internal.CvWorklist;
import dk.jobvej.cv.web.CvJson.Created;
import dk.jobvej.cv.web.CvRequests.AddEducation;
import dk.jobvej.cv.web.CvRequests.AddExperience;
import dk.jobvej.cv.web.CvRequests.AddJobGoal;
import dk.jobvej.cv.web.CvRequests.AddLanguage;
import dk.jobvej.cv.web.CvRequests.AddSkill;
import dk.jobvej.cv.web.CvRequests.AnswerDrivingLicences;
import dk.jobvej.cv.web.CvRequests.Describe;
import dk.jobvej.cv.web.CvRequests.Wish;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CV API for staff: read a citizen's CV (audited), change its parts, the worklist of citizens
 * without a usable CV, and the occupation list. Removals take the version seen as a query
 * parameter; removing an entry that is not there changes nothing (204).
 */
@RestController
@Tag(name = "CV", description = "Citizens' CVs, job goals and the occupation list")
class CvApi {

	private static final String CV = "/api/v1/citizens/{id}/cv";

	private final CvReading reading;

	private final CvEditing editing;

	private final CvWorklist worklist;

	CvApi(CvReading reading, CvEditing editing, CvWorklist worklist) {
		this.reading = reading;
		this.editing = editing;
		this.worklist = worklist;
	}

	@GetMapping(CV)
	@Operation(summary = "The citizen's CV with its completeness (audited)")
	CvJson.Cv cv(@PathVariable UUID id) {
		return CvJson.Cv.of(reading.forStaff(new CitizenId(id), "cv-api"));
	}

	@PostMapping(CV + "/educations")
	@Operation(summary = "Add an education")
	ResponseEntity<Created> addEducation(@PathVariable UUID id, @Valid @RequestBody AddEducation request) {
		var entry = editing.addEducation(CvChangeBy.staff(new CitizenId(id)), request.version(),
				Objects.requireNonNull(request.level()), Objects.requireNonNull(request.title()), request.institution(),
				request.fromYear(), request.toYear(), Boolean.TRUE.equals(request.completed()));
		return created(id, "educations", entry);
	}

	@DeleteMapping(CV + "/educations/{entry}")
	@Operation(summary = "Remove an education")
	ResponseEntity<Void> removeEducation(@PathVariable UUID id, @PathVariable UUID entry,
			@RequestParam(required = false) @Nullable Integer version) {
		editing.removeEducation(CvChangeBy.staff(new CitizenId(id)), version, entry);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(CV + "/experiences")
	@Operation(summary = "Add a work experience (months as yyyy-MM)")
	ResponseEntity<Created> addExperience(@PathVariable UUID id, @Valid @RequestBody AddExperience request) {
		var entry = editing.addExperience(CvChangeBy.staff(new CitizenId(id)), request.version(), request.occupation(),
				Objects.requireNonNull(request.title()), request.employer(), Objects.requireNonNull(request.from()),
				request.to(), request.description());
		return created(id, "experiences", entry);
	}

	@DeleteMapping(CV + "/experiences/{entry}")
	@Operation(summary = "Remove a work experience")
	ResponseEntity<Void> removeExperience(@PathVariable UUID id, @PathVariable UUID entry,
			@RequestParam(required = false) @Nullable Integer version) {
		editing.removeExperience(CvChangeBy.staff(new CitizenId(id)), version, entry);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(CV + "/skills")
	@Operation(summary = "Add a skill")
	ResponseEntity<Created> addSkill(@PathVariable UUID id, @Valid @RequestBody AddSkill request) {
		var entry = editing.addSkill(CvChangeBy.staff(new CitizenId(id)), request.version(),
				Objects.requireNonNull(request.name()));
		return created(id, "skills", entry);
	}

	@DeleteMapping(CV + "/skills/{entry}")
	@Operation(summary = "Remove a skill")
	ResponseEntity<Void> removeSkill(@PathVariable UUID id, @PathVariable UUID entry,
			@RequestParam(required = false) @Nullable Integer version) {
		editing.removeSkill(CvChangeBy.staff(new CitizenId(id)), version, entry);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(CV + "/languages")
	@Operation(summary = "Add a language (ISO 639-1 code) and how well")
	ResponseEntity<Created> addLanguage(@PathVariable UUID id, @Valid @RequestBody AddLanguage request) {
		var entry = editing.addLanguage(CvChangeBy.staff(new CitizenId(id)), request.version(),
				Objects.requireNonNull(request.code()), Objects.requireNonNull(request.level()));
		return created(id, "languages", entry);
	}

	@DeleteMapping(CV + "/languages/{entry}")
	@Operation(summary = "Remove a language")
	ResponseEntity<Void> removeLanguage(@PathVariable UUID id, @PathVariable UUID entry,
			@RequestParam(required = false) @Nullable Integer version) {
		editing.removeLanguage(CvChangeBy.staff(new CitizenId(id)), version, entry);
		return ResponseEntity.noContent().build();
	}

	@PutMapping(CV + "/driving-licences")
	@Operation(summary = "The driving-licence categories; an empty list answers \"none\"")
	ResponseEntity<Void> answerDrivingLicences(@PathVariable UUID id,
			@Valid @RequestBody AnswerDrivingLicences request) {
		editing.answerDrivingLicences(CvChangeBy.staff(new CitizenId(id)), request.version(),
				request.licences() == null ? Set.of() : request.licences());
		return ResponseEntity.noContent().build();
	}

	@PutMapping(CV + "/wishes")
	@Operation(summary = "Hours per week, commuting distance (km) and branches (DB07 main-group codes)")
	ResponseEntity<Void> wish(@PathVariable UUID id, @Valid @RequestBody Wish request) {
		editing.wish(CvChangeBy.staff(new CitizenId(id)), request.version(), Objects.requireNonNull(request.hoursPerWeek()),
				Objects.requireNonNull(request.maxCommuteKm()), request.branches() == null ? Set.of() : request.branches());
		return ResponseEntity.noContent().build();
	}

	@PostMapping(CV + "/job-goals")
	@Operation(summary = "Add a job goal (jobmål): an occupation code from /api/v1/occupations")
	ResponseEntity<Created> addJobGoal(@PathVariable UUID id, @Valid @RequestBody AddJobGoal request) {
		var entry = editing.addJobGoal(CvChangeBy.staff(new CitizenId(id)), request.version(),
				Objects.requireNonNull(request.occupation()), request.note());
		return created(id, "job-goals", entry);
	}

	@DeleteMapping(CV + "/job-goals/{entry}")
	@Operation(summary = "Remove a job goal")
	ResponseEntity<Void> removeJobGoal(@PathVariable UUID id, @PathVariable UUID entry,
			@RequestParam(required = false) @Nullable Integer version) {
		editing.removeJobGoal(CvChangeBy.staff(new CitizenId(id)), version, entry);
		return ResponseEntity.noContent().build();
	}

	@PutMapping(CV + "/profile")
	@Operation(summary = "The citizen's short profile (om mig); empty removes it")
	ResponseEntity<Void> describe(@PathVariable UUID id, @Valid @RequestBody Describe request) {
		editing.describe(CvChangeBy.staff(new CitizenId(id)), request.version(), request.profile());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/cv/worklist/mine")
	@Operation(summary = "The caller's citizens who must have a CV and lack a usable one (audited)")
	List<CvJson.Missing> mine() {
		return worklist.mine().stream().map(CvJson.Missing::of).toList();
	}

	@GetMapping("/api/v1/cv/worklist/unit")
	@Operation(summary = "For a team leader: the unit's citizens who must have a CV and lack a usable one (audited)")
	List<CvJson.Missing> unit() {
		return worklist.unit().stream().map(CvJson.Missing::of).toList();
	}

	private static ResponseEntity<Created> created(UUID citizen, String part, UUID entry) {
		return ResponseEntity.created(URI.create("/api/v1/citizens/" + citizen + "/cv/" + part + "/" + entry))
			.body(new Created(entry));
	}

}
