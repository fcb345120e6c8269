package dk.jobvej.rehab.internal;

import dk.jobvej.rehab.TeamFunction;

import org.springframework.data.relational.core.mapping.Table;

/** A member of a rehabilitation team: the function they fill and their name. Part of {@link Team}. */
@Table(schema = "rehab", name = "team_member")
public record TeamMember(TeamFunction function, String name) {
}
