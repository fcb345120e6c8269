package dk.jobvej.survey.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.OrganisationalUnit;
import dk.jobvej.identity.UnitId;
import dk.jobvej.survey.GroupResult;
import dk.jobvej.survey.QuestionResult;
import dk.jobvej.survey.QuestionnaireKind;
import dk.jobvej.survey.RoundId;
import dk.jobvej.survey.RoundResult;
import dk.jobvej.survey.RoundSummary;
import dk.jobvej.survey.SurveyResults;
import dk.jobvej.survey.Topic;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts a round's answers per unit and for the whole round: codes handed out, answers, the
 * distribution of each question and the share answering 4 or 5, the topics and the comments.
 * Groups too small to show are suppressed by {@link Suppression}.
 */
@Service
@Transactional(readOnly = true)
public class SurveyResultsService implements SurveyResults {

	private final Rounds rounds;

	private final JdbcClient jdbc;

	private final Organisation organisation;

	SurveyResultsService(Rounds rounds, JdbcClient jdbc, Organisation organisation) {
		this.rounds = rounds;
		this.jdbc = jdbc;
		this.organisation = organisation;
	}

	/** The rounds of the signed-in member of staff's municipality, newest first. */
	public List<RoundSummary> roundsOfMyMunicipality() {
		return rounds(organisation.signedIn().municipalityCode());
	}

	/** A round of the signed-in member of staff's municipality. */
	public Optional<RoundResult> resultOfMyMunicipality(RoundId round) {
		return result(round, organisation.signedIn().municipalityCode());
	}

	@Override
	public List<RoundSummary> rounds(int municipalityCode) {
		var issued = totals("select round, sum(issued) from survey.issued i join survey.round r on r.id = i.round"
				+ " where r.municipality_code = ? group by round", municipalityCode);
		var answered = totals("select round, count(*) from survey.answer a join survey.round r on r.id = a.round"
				+ " where r.municipality_code = ? group by round", municipalityCode);
		return rounds.findByMunicipalityCode(municipalityCode)
			.stream()
			.sorted(Comparator.comparing(Round::firstWeek).reversed().thenComparing(Round::name))
			.map(round -> summary(round, issued.getOrDefault(round.getId(), 0),
					answered.getOrDefault(round.getId(), 0)))
			.toList();
	}

	@Override
	public Optional<RoundResult> result(RoundId id, int municipalityCode) {
		return rounds.findById(id.value())
			.filter(round -> round.municipalityCode() == municipalityCode)
			.map(this::result);
	}

	private RoundResult result(Round round) {
		var id = round.getId();
		var kind = round.kind();
		var issued = byUnit("select unit, sum(issued) from survey.issued where round = ? group by unit", id);
		var answers = byUnit("select unit, count(*) from survey.answer where round = ? group by unit", id);
		var scores = new HashMap<UUID, int[][]>();
		jdbc.sql("""
				select a.unit, s.n, s.score, count(*)
				  from survey.answer a cross join lateral unnest(a.scores) with ordinality as s(score, n)
				 where a.round = ? and s.score is not null
				 group by a.unit, s.n, s.score
				""").param(id).query(rs -> {
			var counts = scores.computeIfAbsent(rs.getObject(1, UUID.class), unit -> new int[kind.questions()][5]);
			counts[rs.getInt(2) - 1][rs.getInt(3) - 1] = rs.getInt(4);
		});
		var topics = new HashMap<UUID, Map<Topic, Integer>>();
		jdbc.sql("""
				select a.unit, t.topic, count(*)
				  from survey.answer a cross join lateral unnest(a.topics) as t(topic)
				 where a.round = ? group by a.unit, t.topic
				""").param(id).query(rs -> {
			topics.computeIfAbsent(rs.getObject(1, UUID.class), unit -> new EnumMap<>(Topic.class))
				.put(Topic.valueOf(rs.getString(2)), rs.getInt(3));
		});
		var texts = new HashMap<UUID, List<String>>();
		jdbc.sql("select unit, free_text from survey.answer where round = ? and free_text <> '' order by free_text")
			.param(id)
			.query(rs -> {
				texts.computeIfAbsent(rs.getObject(1, UUID.class), unit -> new ArrayList<>()).add(rs.getString(2));
			});

		var units = round.units().stream().map(UnitId::value).toList();
		var answersPerUnit = new HashMap<UUID, Integer>();
		units.forEach(unit -> answersPerUnit.put(unit, answers.getOrDefault(unit, 0)));
		var hidden = Suppression.hidden(answersPerUnit, Suppression.MINIMUM);
		var groups = units.stream()
			.map(unit -> group(new UnitId(unit), name(unit), kind, issued.getOrDefault(unit, 0),
					answers.getOrDefault(unit, 0), hidden.contains(unit), scores.get(unit), topics.get(unit),
					texts.getOrDefault(unit, List.of())))
			.sorted(Comparator.comparing(GroupResult::name))
			.toList();
		var total = answers.values().stream().mapToInt(Integer::intValue).sum();
		var allScores = new int[kind.questions()][5];
		scores.values().forEach(counts -> add(allScores, counts));
		var allTopics = new EnumMap<Topic, Integer>(Topic.class);
		topics.values().forEach(counts -> counts.forEach((topic, n) -> allTopics.merge(topic, n, Integer::sum)));
		var allTexts = texts.values().stream().flatMap(List::stream).sorted().toList();
		var overall = group(null, "", kind, issued.values().stream().mapToInt(Integer::intValue).sum(), total,
				total < Suppression.MINIMUM, allScores, allTopics, allTexts);
		return new RoundResult(summary(round, overall.issued(), total), overall, groups);
	}

	private static GroupResult group(@Nullable UnitId unit, String name, QuestionnaireKind kind, int issued,
			int answers, boolean suppressed, int @Nullable [][] scores, @Nullable Map<Topic, Integer> topics,
			List<String> texts) {
		if (suppressed) {
			return new GroupResult(unit, name, issued, true, 0, List.of(), Map.of(), List.of());
		}
		var questions = new ArrayList<QuestionResult>();
		for (var q = 1; q <= kind.questions(); q++) {
			var counts = scores == null ? new int[5] : scores[q - 1];
			questions.add(new QuestionResult(q, kind.scale(q), java.util.Arrays.stream(counts).boxed().toList()));
		}
		var shares = new EnumMap<Topic, Double>(Topic.class);
		for (var topic : kind.topics()) {
			var n = topics == null ? 0 : topics.getOrDefault(topic, 0);
			shares.put(topic, answers == 0 ? 0.0 : (double) n / answers);
		}
		return new GroupResult(unit, name, issued, false, answers, questions, shares, texts);
	}

	private static void add(int[][] into, int[][] counts) {
		for (var q = 0; q < into.length; q++) {
			for (var s = 0; s < 5; s++) {
				into[q][s] += counts[q][s];
			}
		}
	}

	private String name(UUID unit) {
		return organisation.unit(new UnitId(unit)).map(OrganisationalUnit::name).orElse("");
	}

	private Map<UUID, Integer> byUnit(String sql, UUID round) {
		var counts = new HashMap<UUID, Integer>();
		jdbc.sql(sql).param(round).query(rs -> {
			counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
		});
		return counts;
	}

	private Map<UUID, Integer> totals(String sql, int municipalityCode) {
		var counts = new HashMap<UUID, Integer>();
		jdbc.sql(sql).param(municipalityCode).query(rs -> {
			counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
		});
		return counts;
	}

	private RoundSummary summary(Round round, int issued, int answers) {
		var suppressed = answers < Suppression.MINIMUM;
		return new RoundSummary(round.id(), round.name(), round.kind(), round.municipalityCode(), round.weeks(), issued,
				suppressed ? 0 : answers, suppressed);
	}

}
