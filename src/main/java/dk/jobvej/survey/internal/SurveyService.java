package dk.jobvej.survey.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.OrganisationalUnit;
import dk.jobvej.identity.StaffMember;
import dk.jobvej.identity.UnitId;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.survey.IsoWeek;
import dk.jobvej.survey.IssuedCode;
import dk.jobvej.survey.QuestionnaireKind;
import dk.jobvej.survey.RoundId;
import dk.jobvej.survey.SurveyCodes;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Survey rounds and answer codes: a leader plans a round; staff of a unit in the round print codes
 * for a week of it, or the contact course gets one per conversation; anyone with a code answers
 * once, online or on paper (typed in by staff). No step records who got a code or who answered.
 */
@Service
@Transactional
public class SurveyService implements SurveyCodes {

	/** The path of the answering page; a code follows it. */
	public static final String ANSWER_PATH = "/svar/";

	private final Rounds rounds;

	private final Codes codes;

	private final Answers answers;

	private final Organisation organisation;

	private final SurveyProperties properties;

	private final Clock clock;

	SurveyService(Rounds rounds, Codes codes, Answers answers, Organisation organisation, SurveyProperties properties,
			Clock clock) {
		this.rounds = rounds;
		this.codes = codes;
		this.answers = answers;
		this.organisation = organisation;
		this.properties = properties;
		this.clock = clock;
	}

	/** Plans a round in the leader's municipality; it may not ask the same units in the same weeks twice. */
	public RoundId planRound(QuestionnaireKind kind, String name, List<IsoWeek> weeks, List<UnitId> units) {
		var me = organisation.signedIn();
		var known = new ArrayList<OrganisationalUnit>();
		for (var unit : units) {
			known.add(organisation.unit(unit)
				.filter(u -> u.municipalityCode() == me.municipalityCode())
				.orElseThrow(() -> new RuleViolation("units", "survey.unit.unknown")));
		}
		var round = Round.plan(me.municipalityCode(), kind, name, weeks.stream().distinct().toList(),
				known.stream().distinct().toList());
		var existing = rounds.findByMunicipalityCode(me.municipalityCode());
		if (existing.stream().anyMatch(other -> other.name().equalsIgnoreCase(round.name()))) {
			throw new RuleViolation("name", "survey.round.nameTaken");
		}
		if (existing.stream().anyMatch(round::overlaps)) {
			throw new RuleViolation("weeks", "survey.round.overlap");
		}
		return rounds.save(round).id();
	}

	/**
	 * The rounds of the caller's municipality that include the caller's unit and still take codes,
	 * with the weeks they still take codes for; the newest first.
	 */
	@Transactional(readOnly = true)
	public List<OpenRound> openRoundsOfMyUnit() {
		var me = organisation.signedIn();
		var today = LocalDate.now(clock);
		return rounds.findByMunicipalityCode(me.municipalityCode())
			.stream()
			.filter(round -> round.includes(me.unit()))
			.sorted(Comparator.comparing(Round::firstWeek).reversed())
			.map(round -> new OpenRound(round.id(), round.name(), round.kind(),
					round.weeks().stream().filter(week -> !validUntil(week).isBefore(today)).toList()))
			.filter(round -> !round.weeks().isEmpty())
			.toList();
	}

	/**
	 * A batch of codes for the caller's own unit and a week of the round, to print and hand out after
	 * each conversation (or visit) that week.
	 */
	public CodeBatch issueBatch(RoundId roundId, IsoWeek week, int count) {
		var me = organisation.signedIn();
		if (!me.worksWithCitizens()) {
			throw new AccessDeniedException("Only staff who meet citizens or companies hand out codes");
		}
		if (count < 1 || count > properties.maxBatch()) {
			throw new RuleViolation("count", "survey.codes.count", properties.maxBatch());
		}
		var round = rounds.findById(roundId.value())
			.filter(r -> r.municipalityCode() == me.municipalityCode())
			.orElseThrow(() -> new NotFound("survey.round.notFound"));
		if (!round.includes(me.unit())) {
			throw new RuleViolation("round", "survey.codes.notYourUnit");
		}
		if (!round.weeks().contains(week)) {
			throw new RuleViolation("week", "survey.codes.notInRound");
		}
		var today = LocalDate.now(clock);
		if (validUntil(week).isBefore(today)) {
			throw new RuleViolation("week", "survey.codes.weekOver");
		}
		codes.purgeExpired(today);
		var issued = codes.issue(round.id(), me.unit(), week, count, validUntil(week));
		return new CodeBatch(round.name(), round.kind(), unitName(me.unit()), week, validUntil(week),
				issued.stream().map(SurveyService::issued).toList());
	}

	@Override
	public Optional<IssuedCode> afterConversation(UnitId unit, LocalDate conversationDate) {
		return issueOne(QuestionnaireKind.CITIZEN, unit, conversationDate);
	}

	@Override
	public Optional<IssuedCode> afterCompanyContact(UnitId unit, LocalDate contactDate) {
		return issueOne(QuestionnaireKind.COMPANY, unit, contactDate);
	}

	private Optional<IssuedCode> issueOne(QuestionnaireKind kind, UnitId unit, LocalDate day) {
		var municipality = organisation.unit(unit).map(OrganisationalUnit::municipalityCode);
		if (municipality.isEmpty()) {
			return Optional.empty();
		}
		var week = IsoWeek.of(day);
		return rounds.findByMunicipalityCode(municipality.get())
			.stream()
			.filter(round -> round.kind() == kind && round.runs(unit, week))
			.findFirst()
			.map(round -> issued(codes.issue(round.id(), unit, week, 1, validUntil(week)).getFirst()));
	}

	/** What the code answers for, if it is a code that still works; for the answering page. */
	@Transactional(readOnly = true)
	public Optional<CodeTarget> questionnaire(String typedCode) {
		var code = AnswerCode.parse(typedCode);
		return code == null ? Optional.empty() : codes.find(code, LocalDate.now(clock));
	}

	/** The respondent's own answer, with a code that works once. */
	public CodeTarget answer(String typedCode, Submission submission) {
		return redeem(typedCode, submission, Channel.ONLINE, null);
	}

	/** A paper questionnaire typed in by staff of the municipality, with the code printed on it. */
	public CodeTarget enterPaperAnswer(String typedCode, Submission submission) {
		var me = organisation.signedIn();
		if (!me.worksWithCitizens()) {
			throw new AccessDeniedException("Only staff who meet citizens or companies type in paper answers");
		}
		return redeem(typedCode, submission, Channel.PAPER, me);
	}

	private CodeTarget redeem(String typedCode, Submission submission, Channel channel,
			@org.jspecify.annotations.Nullable StaffMember staff) {
		var code = AnswerCode.parse(typedCode);
		if (code == null) {
			throw new RuleViolation("code", "survey.code.malformed");
		}
		var today = LocalDate.now(clock);
		var target = codes.find(code, today).orElseThrow(() -> new RuleViolation("code", "survey.code.unknown"));
		if (staff != null && target.municipalityCode() != staff.municipalityCode()) {
			throw new RuleViolation("code", "survey.code.unknown");
		}
		var checked = submission.check(target.kind());
		var redeemed = codes.redeem(code, today).orElseThrow(() -> new RuleViolation("code", "survey.code.unknown"));
		answers.add(redeemed, channel, checked);
		return redeemed;
	}

	/** The last day a code of the week works. */
	LocalDate validUntil(IsoWeek week) {
		return week.sunday().plusWeeks(properties.answerWindowWeeks());
	}

	private String unitName(UnitId unit) {
		return organisation.unit(unit).map(OrganisationalUnit::name).orElse("");
	}

	private static IssuedCode issued(AnswerCode code) {
		return new IssuedCode(code.formatted(), ANSWER_PATH + code.plain());
	}

}
