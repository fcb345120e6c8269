package dk.jobvej.survey.web;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.identity.UnitId;
import dk.jobvej.platform.NotFound;
import dk.jobvej.survey.RoundId;
import dk.jobvej.survey.internal.SurveyResultsService;
import dk.jobvej.survey.internal.SurveyService;
import dk.jobvej.survey.internal.Submission;
import dk.jobvej.survey.web.SurveyJson.Answered;
import dk.jobvej.survey.web.SurveyJson.Codes;
import dk.jobvej.survey.web.SurveyJson.Created;
import dk.jobvej.survey.web.SurveyJson.Open;
import dk.jobvej.survey.web.SurveyJson.Result;
import dk.jobvej.survey.web.SurveyJson.Round;
import dk.jobvej.survey.web.SurveyJson.Week;
import dk.jobvej.survey.web.SurveyRequests.Answer;
import dk.jobvej.survey.web.SurveyRequests.IssueCodes;
import dk.jobvej.survey.web.SurveyRequests.PlanRound;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The survey API: rounds and results for leaders, codes and paper answers for staff, and the
 * answer itself for anyone with a code (no credentials).
 */
@RestController
@RequestMapping("/api/v1/survey")
@Tag(name = "Survey", description = "User surveys (brugermålinger): rounds, one-time codes, answers, results")
class SurveyApi {

	private final SurveyService survey;

	private final SurveyResultsService results;

	SurveyApi(SurveyService survey, SurveyResultsService results) {
		this.survey = survey;
		this.results = results;
	}

	@PostMapping("/rounds")
	@Operation(summary = "Plan a survey round in chosen ISO weeks for chosen units (leader)")
	ResponseEntity<Created> plan(@Valid @RequestBody PlanRound request) {
		var id = survey.planRound(Objects.requireNonNull(request.kind()), Objects.requireNonNull(request.name()),
				request.isoWeeks(), Objects.requireNonNull(request.units()).stream().map(UnitId::new).toList());
		return ResponseEntity.created(URI.create("/api/v1/survey/rounds/" + id + "/results"))
			.body(new Created(id.value()));
	}

	@GetMapping("/rounds")
	@Operation(summary = "The rounds of the municipality, newest first, with codes handed out and answers")
	List<Round> rounds() {
		return results.roundsOfMyMunicipality().stream().map(Round::of).toList();
	}

	@GetMapping("/rounds/{id}/results")
	@Operation(summary = "A round's results per unit and overall; groups under 5 answers suppressed")
	Result result(@PathVariable UUID id) {
		return results.resultOfMyMunicipality(new RoundId(id))
			.map(Result::of)
			.orElseThrow(() -> new NotFound("survey.round.notFound"));
	}

	@GetMapping("/open-rounds")
	@Operation(summary = "Rounds that include the caller's unit and still take codes")
	List<Open> openRounds() {
		return survey.openRoundsOfMyUnit().stream().map(Open::of).toList();
	}

	@PostMapping("/rounds/{id}/codes")
	@Operation(summary = "A batch of one-time codes for the caller's unit and a week of the round, to print")
	ResponseEntity<Codes> codes(@PathVariable UUID id, @Valid @RequestBody IssueCodes request) {
		var week = SurveyRequests.week("week", request.year(), request.week());
		var batch = survey.issueBatch(new RoundId(id), week, Objects.requireNonNull(request.count()));
		return ResponseEntity.status(201).body(Codes.of(batch));
	}

	@PostMapping("/answers")
	@Operation(summary = "Answer a questionnaire with a one-time code (no credentials; the code works once)")
	ResponseEntity<Answered> answer(@Valid @RequestBody Answer request) {
		var target = survey.answer(Objects.requireNonNull(request.code()), submission(request));
		return ResponseEntity.status(201).body(new Answered(Week.of(target.week())));
	}

	@PostMapping("/paper-answers")
	@Operation(summary = "Type in a paper questionnaire with the code printed on it")
	ResponseEntity<Answered> paper(@Valid @RequestBody Answer request) {
		var target = survey.enterPaperAnswer(Objects.requireNonNull(request.code()), submission(request));
		return ResponseEntity.status(201).body(new Answered(Week.of(target.week())));
	}

	private static Submission submission(Answer request) {
		return new Submission(Objects.requireNonNull(request.scores()),
				request.topics() == null ? Set.of() : request.topics(),
				request.freeText() == null ? "" : request.freeText());
	}

}
