package dk.jobvej.bench;

import java.util.List;

/**
 * What the simulated staff do, and how often: the one place to add a step to the HTTP load test.
 * Each step is a name, a weight (the share of all actions is its weight over the sum of the
 * weights) and what a signed-in member of staff does, as their browser would (with htmx where the
 * page uses it). A module that adds a page staff use all day adds its step here, with a method in
 * {@link StaffSession}.
 */
final class LoadMix {

	/** One kind of action. */
	record Step(String name, int weight, Action action) {
	}

	/** What a member of staff does in one step; throws {@link StaffSession.Unexpected} on a wrong answer. */
	@FunctionalInterface
	interface Action {

		void perform(StaffSession session) throws Exception;

	}

	/**
	 * A caseworker's day: mostly opening citizens and the worklist, searching now and then, a
	 * journal note after a conversation, and booking the next one.
	 */
	static final List<Step> STEPS = List.of( //
			new Step("worklist (Mine borgere)", 25, StaffSession::worklist), //
			new Step("citizen page", 40, StaffSession::citizenPage), //
			new Step("search by name", 20, StaffSession::searchByName), //
			new Step("journal note", 15, StaffSession::journalNote), //
			new Step("booking", 10, StaffSession::book));

	private LoadMix() {
	}

}
