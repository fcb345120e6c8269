package dk.jobvej.matching.web;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.matching.Suggestion;
import dk.jobvej.matching.internal.CandidateBank;
import dk.jobvej.matching.internal.MatchPipeline;
import dk.jobvej.matching.internal.MatchPipeline.MatchView;
import dk.jobvej.matching.internal.Matcher;
import dk.jobvej.matching.web.MatchingRequests.Created;
import dk.jobvej.matching.web.MatchingRequests.Limit;
import dk.jobvej.matching.web.MatchingRequests.Move;
import dk.jobvej.matching.web.MatchingRequests.Propose;
import dk.jobvej.matching.web.MatchingRequests.Search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Matching: ranked suggestions both ways, the candidate bank and the match pipeline. */
@RestController
@RequestMapping("/api/v1/matching")
@Tag(name = "Matching", description = "Candidates for vacancies, jobs for citizens, candidate bank, matches")
class MatchingApi {

	private final Matcher matcher;

	private final CandidateBank bank;

	private final MatchPipeline pipeline;

	MatchingApi(Matcher matcher, CandidateBank bank, MatchPipeline pipeline) {
		this.matcher = matcher;
		this.bank = bank;
		this.pipeline = pipeline;
	}

	@GetMapping("/vacancies/{id}/candidates")
	@Operation(summary = "Ranked candidates for an open vacancy or task, each with its reasons (audited)")
	List<Suggestion> candidates(@PathVariable UUID id, @Valid @ModelAttribute Limit limit) {
		return matcher.candidatesFor(id, limit.orDefault());
	}

	@GetMapping("/citizens/{id}/vacancies")
	@Operation(summary = "Ranked open vacancies for a citizen (need-to-know, audited)")
	List<Suggestion> vacancies(@PathVariable UUID id, @Valid @ModelAttribute Limit limit) {
		return matcher.vacanciesFor(new CitizenId(id), limit.orDefault());
	}

	@PostMapping("/candidate-search")
	@Operation(summary = "Search the candidate bank (anonymised; at most 50; audited)")
	List<CandidateBank.Card> search(@Valid @RequestBody Search search) {
		return bank.search(new CandidateBank.Criteria(search.occupation(), search.text(), search.minimumEducation(),
				search.hoursPerWeek(), search.postcode(), search.maxKm(), search.readiness()));
	}

	@PostMapping("/matches")
	@Operation(summary = "Propose a candidate for a vacancy")
	ResponseEntity<Created> propose(@Valid @RequestBody Propose request) {
		var id = pipeline.propose(Objects.requireNonNull(request.vacancy()),
				new CitizenId(Objects.requireNonNull(request.citizen())));
		return ResponseEntity.created(URI.create("/api/v1/matching/matches/" + id)).body(new Created(id));
	}

	@GetMapping("/matches/{id}")
	@Operation(summary = "A match with its steps")
	MatchView match(@PathVariable UUID id) {
		return pipeline.view(id);
	}

	@PostMapping("/matches/{id}/status")
	@Operation(summary = "Move a match on: presented, interview, hired, or rejected with a reason")
	ResponseEntity<Void> move(@PathVariable UUID id, @Valid @RequestBody Move request) {
		pipeline.move(id, Objects.requireNonNull(request.status()), request.reason());
		return ResponseEntity.noContent().build();
	}

}
