package dk.jobvej.matching;

import java.util.Set;

/**
 * Where a match between a citizen and a vacancy stands: proposed by the consultant, presented to
 * the company, invited to an interview, and finally hired or rejected (with a reason).
 */
public enum MatchStatus {

	PROPOSED, PRESENTED, INTERVIEW, HIRED, REJECTED;

	/** The statuses a match may move to from this one. */
	public Set<MatchStatus> next() {
		return switch (this) {
			case PROPOSED -> Set.of(PRESENTED, REJECTED);
			case PRESENTED -> Set.of(INTERVIEW, HIRED, REJECTED);
			case INTERVIEW -> Set.of(HIRED, REJECTED);
			case HIRED, REJECTED -> Set.of();
		};
	}

	/** Whether the company sees the match (it has been presented to them). */
	public boolean shownToCompany() {
		return this != PROPOSED;
	}

}
