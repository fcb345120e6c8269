package dk.jobvej.plan;

/** The decisions (afgørelser) the plan module writes letters for. */
public enum DecisionKind {

	GRANT_OFFER, REFUSE_OFFER, EXTEND_OFFER, END_OFFER, PLAN

}
