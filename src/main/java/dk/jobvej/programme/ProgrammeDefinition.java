package dk.jobvej.programme;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A programme as it is defined: the period, the day the gross target group is selected on, the
 * target-group rule (any one clause), the methods, whether it is a randomised trial, whether it uses
 * the programme visitation groups, the budget and the grant rule (none: no activity-based grant).
 */
public record ProgrammeDefinition(int municipalityCode, String code, String name, String methods, LocalDate startsOn,
		LocalDate endsOn, LocalDate selectionOn, boolean randomised, boolean visitationGroups, long budgetBase,
		long budgetActivity, String source, List<Clause> clauses, @Nullable GrantRule grantRule) {

	public ProgrammeDefinition {
		clauses = List.copyOf(clauses);
	}

}
