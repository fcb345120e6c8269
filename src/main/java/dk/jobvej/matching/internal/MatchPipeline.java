package dk.jobvej.matching.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.employer.VacancyId;
import dk.jobvej.identity.Organisation;
import dk.jobvej.matching.MatchStatus;
import dk.jobvej.matching.MatchStatusChanged;
import dk.jobvej.matching.Suggestion;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The match pipeline: a consultant proposes a candidate for a vacancy (the citizen is opened
 * through need-to-know), presents them to the company, and records the interview and the outcome,
 * hired or rejected with a reason. Every step is kept ({@code matching.match_step}) and published
 * as {@link MatchStatusChanged}.
 */
@Service
@Transactional(noRollbackFor = dk.jobvej.citizen.NoAccess.class)
public class MatchPipeline {

	private final JdbcClient jdbc;

	private final Matcher matcher;

	private final Ranker ranker;

	private final CitizenRegister citizens;

	private final Organisation organisation;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Clock clock;

	MatchPipeline(JdbcClient jdbc, Matcher matcher, Ranker ranker, CitizenRegister citizens,
			Organisation organisation, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.matcher = matcher;
		this.ranker = ranker;
		this.citizens = citizens;
		this.organisation = organisation;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** A match as the staff's pages and API show it. */
	public record MatchView(UUID id, UUID vacancy, UUID citizen, MatchStatus status, @Nullable String reason,
			double score, String explanation, List<Step> steps) {
	}

	public record Step(MatchStatus status, @Nullable String reason, java.time.Instant at, String by) {
	}

	/** Proposes the citizen for the open vacancy; the score and its explanation are kept with the match. */
	public UUID propose(UUID vacancy, CitizenId citizen) {
		var me = organisation.signedIn();
		var open = matcher.vacancy(vacancy);
		citizens.open(citizen, "match-proposal");
		var candidate = jdbc.sql("select " + CandidateStore.COLUMNS + " from matching.candidate where citizen = ?")
			.param(citizen.value())
			.query((rs, n) -> CandidateStore.candidate(rs))
			.optional()
			.orElseThrow(() -> new RuleViolation("citizen", "matching.candidate.noProfile"));
		var suggestion = ranker.score(candidate, open)
			.orElse(new Suggestion(citizen, new VacancyId(vacancy), 0, List.of(), null));
		var id = UUID.randomUUID();
		var now = Timestamp.from(clock.instant());
		try {
			jdbc.sql("""
					insert into matching.match (id, vacancy, company, citizen, status, score, explanation,
					    municipality_code, created_by, created_at, updated_at)
					values (?, ?, ?, ?, 'PROPOSED', ?, ?, ?, ?, ?, ?)""")
				.params(id, vacancy, open.company(), citizen.value(), suggestion.score(), explain(suggestion),
						open.municipalityCode(), me.username(), now, now)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation("citizen", "matching.match.exists");
		}
		step(id, 0, MatchStatus.PROPOSED, null, me.username());
		events.publishEvent(new MatchStatusChanged(id, citizen, new VacancyId(vacancy), null, MatchStatus.PROPOSED,
				null, open.municipalityCode(), clock.instant()));
		return id;
	}

	/** Moves the match on; a rejection needs a reason. */
	public void move(UUID match, MatchStatus to, @Nullable String reason) {
		var me = organisation.signedIn();
		var current = find(match, me.municipalityCode());
		var why = reason == null ? null : reason.strip();
		if (!current.status().next().contains(to)) {
			throw new RuleViolation("status", "matching.match.notAllowed");
		}
		if (to == MatchStatus.REJECTED && (why == null || why.isEmpty())) {
			throw new RuleViolation("reason", "matching.match.reasonRequired");
		}
		if (why != null && (why.length() > 1000 || why.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n'))) {
			throw new RuleViolation("reason", "matching.match.reasonInvalid");
		}
		citizens.open(new CitizenId(current.citizen()), "match-" + to.name().toLowerCase(java.util.Locale.ROOT));
		jdbc.sql("update matching.match set status = ?, reason = ?, updated_at = ?, version = version + 1 where id = ?")
			.params(to.name(), why, Timestamp.from(clock.instant()), match)
			.update();
		step(match, current.steps().size(), to, why, me.username());
		events.publishEvent(new MatchStatusChanged(match, new CitizenId(current.citizen()),
				new VacancyId(current.vacancy()), current.status(), to, why, me.municipalityCode(), clock.instant()));
	}

	/** The match, for a member of staff of the municipality. */
	@Transactional(readOnly = true)
	public MatchView view(UUID match) {
		return find(match, organisation.signedIn().municipalityCode());
	}

	/** The matches of a vacancy, for the staff's candidates page, best first. */
	@Transactional(readOnly = true)
	public List<MatchView> ofVacancy(UUID vacancy) {
		var municipality = organisation.signedIn().municipalityCode();
		return jdbc.sql("select id from matching.match where vacancy = ? and municipality_code = ? order by score desc")
			.params(vacancy, municipality)
			.query(UUID.class)
			.list()
			.stream()
			.map(id -> find(id, municipality))
			.toList();
	}

	private MatchView find(UUID match, int municipality) {
		var steps = jdbc.sql("select status, reason, at, by_whom from matching.match_step where match = ? order by position")
			.param(match)
			.query((rs, n) -> new Step(MatchStatus.valueOf(rs.getString(1)), rs.getString(2),
					rs.getTimestamp(3).toInstant(), rs.getString(4)))
			.list();
		return jdbc.sql("select id, vacancy, citizen, status, reason, score, explanation from matching.match "
				+ "where id = ? and municipality_code = ?")
			.params(match, municipality)
			.query((rs, n) -> new MatchView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), MatchStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getDouble(6),
					rs.getString(7), steps))
			.optional()
			.orElseThrow(() -> new NotFound("matching.match.notFound"));
	}

	private void step(UUID match, int position, MatchStatus status, @Nullable String reason, String by) {
		jdbc.sql("insert into matching.match_step (match, position, status, reason, at, by_whom) values (?, ?, ?, ?, ?, ?)")
			.params(match, position, status.name(), reason, Timestamp.from(clock.instant()), by)
			.update();
	}

	/** The explanation kept with a match: the reasons' keys and arguments, one per line. */
	static String explain(Suggestion suggestion) {
		var lines = new StringBuilder();
		for (var reason : suggestion.reasons()) {
			lines.append(reason.key());
			reason.arguments().forEach(argument -> lines.append('\t').append(argument.replace('\t', ' ').replace('\n', ' ')));
			lines.append('\n');
		}
		return lines.toString();
	}

	/** Records that a company was shown a candidate's name (only with consent). */
	void auditNameShown(String employer, UUID citizen, int municipality) {
		audit.record(new AuditRecord(employer, AuditAction.READ, "citizen/" + citizen, "candidate-name-to-company",
				"consent", municipality));
	}

	static String orEmpty(@Nullable String text) {
		return Objects.requireNonNullElse(text, "");
	}

}
