package dk.jobvej.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.citizen.CitizenFacts;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.OrganisationalUnit;
import dk.jobvej.identity.StaffMember;
import dk.jobvej.plan.DecisionKind;
import dk.jobvej.platform.documents.PdfDocuments;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a decision (afgørelse) on the case: renders the letter in Danish (what was decided, the
 * reasons, the legal basis, the rules applied and the appeal guidance in force), stores it with
 * the decision, and notes it in the citizen's journal.
 */
@Component
public class DecisionLetters {

	static final Locale DANISH = Locale.forLanguageTag("da");

	private final Decisions decisions;

	private final PdfDocuments documents;

	private final PlanRules rules;

	private final Organisation organisation;

	private final CitizenRegister citizens;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final Clock clock;

	DecisionLetters(Decisions decisions, PdfDocuments documents, PlanRules rules, Organisation organisation,
			CitizenRegister citizens, MessageSource messages, JdbcClient jdbc, Clock clock) {
		this.decisions = decisions;
		this.documents = documents;
		this.rules = rules;
		this.organisation = organisation;
		this.citizens = citizens;
		this.messages = messages;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What the letter says, besides the parties: the decision's own lines. */
	record Content(DecisionKind kind, @Nullable Offer offer, String subject, List<String> decided, String reasoning,
			@Nullable String legalBasis, List<String> ruleNames) {
	}

	/** Makes, stores and journals the decision; returns its id. */
	UUID decide(CitizenFacts facts, StaffMember staff, Content content) {
		var id = UUID.randomUUID();
		var today = LocalDate.now(clock);
		var unit = organisation.unit(facts.history().unit()).map(OrganisationalUnit::name).orElse("");
		var staffUnit = organisation.unit(staff.unit()).map(OrganisationalUnit::name).orElse("");
		var model = new HashMap<String, Object>();
		model.put("decisionId", id);
		model.put("date", today);
		model.put("citizenName", facts.name());
		model.put("maskedCpr", facts.maskedCpr());
		model.put("unitName", unit);
		model.put("subject", content.subject());
		model.put("decided", content.decided());
		model.put("reasoning", content.reasoning());
		model.put("legalBasis", content.legalBasis() == null ? "" : content.legalBasis());
		model.put("ruleNames", content.ruleNames());
		model.put("appeal", rules.appealGuidance(today).map(PlanRules.AppealGuidance::textDa).orElse(""));
		model.put("staffName", staff.name());
		model.put("staffUnit", staffUnit);
		var letter = documents.render("plan/letter", Map.copyOf(model), DANISH);
		var name = "afgoerelse-" + today + "-" + content.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + ".pdf";
		decisions.save(Decision.make(id, facts.id(), facts.history().municipalityCode(),
				content.offer() == null ? null : content.offer().id(), content.kind(), clock.instant(),
				staff.username(), staff.name(), content.legalBasis(), content.reasoning(), letter, name));
		citizens.writeJournal(facts.id(),
				messages.getMessage("plan.journal.decision", new Object[] { content.subject() }, DANISH));
		return id;
	}

	/** The citizen's decisions, newest first, without the letters. */
	List<DecisionSummary> summaries(UUID citizen) {
		return jdbc.sql("""
				select id, kind, offer, decided_at, decided_by_name, letter_name from plan.decision
				where citizen = ? order by decided_at desc""")
			.param(citizen)
			.query((rs, row) -> new DecisionSummary(rs.getObject("id", UUID.class),
					DecisionKind.valueOf(rs.getString("kind")), rs.getObject("offer", UUID.class),
					rs.getTimestamp("decided_at").toInstant().atZone(clock.getZone()), rs.getString("decided_by_name"),
					rs.getString("letter_name")))
			.list();
	}

	java.util.Optional<Decision> find(UUID id) {
		return decisions.findById(id);
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, DANISH);
	}

}
