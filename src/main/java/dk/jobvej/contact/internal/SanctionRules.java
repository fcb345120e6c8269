package dk.jobvej.contact.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.jobvej.citizen.BenefitType;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the sanction rules ({@code contact.sanction_rule}). */
@Component
class SanctionRules {

	private final JdbcClient jdbc;

	SanctionRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SanctionRule> all() {
		return jdbc.sql("select * from contact.sanction_rule order by code")
			.query((rs, row) -> new SanctionRule(rs.getString("code"),
					rs.getString("benefit") == null ? null : BenefitType.valueOf(rs.getString("benefit")),
					rs.getString("legal_basis"), rs.getString("appeal_body"), rs.getInt("appeal_weeks"),
					rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
					rs.getString("source"), rs.getString("certainty").charAt(0)))
			.list();
	}

	/** The rule for the benefit on the day; a rule for the benefit beats one for any benefit. */
	Optional<SanctionRule> forBenefit(@Nullable BenefitType benefit, LocalDate day) {
		return all().stream()
			.filter(rule -> rule.appliesTo(benefit, day))
			.min(java.util.Comparator.comparing(rule -> rule.benefit() == null));
	}

	Optional<SanctionRule> byCode(String code) {
		return all().stream().filter(rule -> rule.code().equals(code)).findFirst();
	}

}
