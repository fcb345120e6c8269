package dk.jobvej.plan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.TargetGroup;
import dk.jobvej.plan.OfferType;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The plan module's rule tables, loaded on first use and kept until a catalogue change reloads
 * them (a project's own duration rule is written when the project is). Every question is asked
 * for a day, so the answer follows the rules in force that day.
 */
@Component
public class PlanRules {

	private final JdbcClient jdbc;

	private volatile @Nullable Book book;

	PlanRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The rules of the offer type on the day, if any row is in force. */
	public Optional<OfferTypeRule> typeRule(OfferType type, LocalDate day) {
		return book().types().stream().filter(rule -> rule.type() == type && rule.inForce(day)).findFirst();
	}

	/** Every duration rule that governs an offer of the type, for the group, at the project, starting on the day. */
	public List<DurationRule> durationRules(OfferType type, @Nullable TargetGroup group, @Nullable UUID project,
			LocalDate start) {
		return book().durations().stream().filter(rule -> rule.applies(type, group, project, start)).toList();
	}

	/** The appeal guidance (klagevejledning) in force on the day. */
	public Optional<AppealGuidance> appealGuidance(LocalDate day) {
		return book().appeals().stream().filter(guidance -> guidance.inForce(day)).findFirst();
	}

	/** The rule that makes the plan of a citizen in the target group a decision, on the day. */
	public Optional<PlanDecisionRule> planDecision(@Nullable TargetGroup group, LocalDate day) {
		return book().planDecisions()
			.stream()
			.filter(rule -> rule.targetGroup() == group && rule.inForce(day))
			.findFirst();
	}

	/** The 70 % target's settings in force on the day. */
	public Optional<TargetRule> target(LocalDate day) {
		return book().targets().stream().filter(rule -> rule.inForce(day)).findFirst();
	}

	/** The offer types that count towards the target on the day. */
	public Set<OfferType> countingForTarget(LocalDate day) {
		var types = EnumSet.noneOf(OfferType.class);
		book().types().stream().filter(rule -> rule.countsForTarget() && rule.inForce(day)).forEach(rule -> types.add(rule.type()));
		return types;
	}

	/** Forgets the loaded rules; the next question loads them again. */
	void reload() {
		book = null;
	}

	private Book book() {
		var loaded = book;
		if (loaded == null) {
			loaded = load();
			book = loaded;
		}
		return loaded;
	}

	private Book load() {
		var types = jdbc.sql("select * from plan.offer_type_rule order by id")
			.query((rs, row) -> new OfferTypeRule(OfferType.valueOf(rs.getString("offer_type")),
					rs.getBoolean("decision_required"), rs.getBoolean("counts_for_target"),
					rs.getString("legal_basis_da"), rs.getString("legal_basis_en"), rs.getString("source"),
					Certainty.valueOf(rs.getString("certainty")), date(rs, "valid_from"), date(rs, "valid_to")))
			.list();
		var durations = jdbc.sql("select * from plan.duration_rule order by id")
			.query((rs, row) -> new DurationRule(rs.getString("code"), rs.getString("name_da"), rs.getString("name_en"),
					OfferType.valueOf(rs.getString("offer_type")),
					rs.getString("target_group") == null ? null : TargetGroup.valueOf(rs.getString("target_group")),
					rs.getObject("project", UUID.class), Period.parse(rs.getString("max_initial")),
					period(rs.getString("extension_step")), period(rs.getString("max_total")),
					period(rs.getString("special_need_step")), rs.getString("source"),
					Certainty.valueOf(rs.getString("certainty")), date(rs, "valid_from"), date(rs, "valid_to")))
			.list();
		var appeals = jdbc.sql("select * from plan.appeal_guidance order by valid_from desc")
			.query((rs, row) -> new AppealGuidance(rs.getString("text_da"), rs.getString("text_en"),
					rs.getString("source"), Certainty.valueOf(rs.getString("certainty")), date(rs, "valid_from"),
					date(rs, "valid_to")))
			.list();
		var plans = jdbc.sql("select * from plan.plan_decision_rule order by id")
			.query((rs, row) -> new PlanDecisionRule(TargetGroup.valueOf(rs.getString("target_group")),
					rs.getString("legal_basis_da"), rs.getString("legal_basis_en"), rs.getString("source"),
					Certainty.valueOf(rs.getString("certainty")), date(rs, "valid_from"), date(rs, "valid_to")))
			.list();
		var targets = jdbc.sql("select * from plan.target_rule order by valid_from desc")
			.query((rs, row) -> new TargetRule(rs.getInt("share_percent"), rs.getInt("within_months"),
					Arrays.stream(rs.getString("benefits").split(",")).map(String::strip).map(BenefitType::valueOf)
						.collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(BenefitType.class))),
					rs.getString("source"), Certainty.valueOf(rs.getString("certainty")), date(rs, "valid_from"),
					date(rs, "valid_to")))
			.list();
		return new Book(types, durations, appeals, plans, targets);
	}

	private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private static @Nullable Period period(@Nullable String text) {
		return text == null ? null : Period.parse(text);
	}

	private record Book(List<OfferTypeRule> types, List<DurationRule> durations, List<AppealGuidance> appeals,
			List<PlanDecisionRule> planDecisions, List<TargetRule> targets) {
	}

	/** The appeal guidance printed in decision letters. */
	public record AppealGuidance(String textDa, String textEn, String source, Certainty certainty, LocalDate validFrom,
			@Nullable LocalDate validTo) {

		boolean inForce(LocalDate day) {
			return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
		}

	}

	/** A target group whose plan is a decision. */
	public record PlanDecisionRule(TargetGroup targetGroup, String legalBasisDa, String legalBasisEn, String source,
			Certainty certainty, LocalDate validFrom, @Nullable LocalDate validTo) {

		boolean inForce(LocalDate day) {
			return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
		}

	}

	/**
	 * The 70 % target: the share of citizens on one of the benefits who get an offer counting for
	 * the target within the months.
	 */
	public record TargetRule(int sharePercent, int withinMonths, Set<BenefitType> benefits, String source,
			Certainty certainty, LocalDate validFrom, @Nullable LocalDate validTo) {

		boolean inForce(LocalDate day) {
			return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
		}

	}

}
