package dk.jobvej.programme;

/** The visitation groups of Flere Skal Med (seed 001, punkt 5). */
public enum VisitationGroup {

	/** Gruppe 1: company-oriented effort; plan with job goal, CV and a personal job mediator. */
	GROUP_1,

	/** Gruppe 2: in the target group for ressourceforløb, flex job or disability pension. */
	GROUP_2,

	/** Gruppe 3: unable to take part because of very serious social or health problems. */
	GROUP_3,

	/** Udskudt visitation: temporarily outside the contact course; visited again on a set day. */
	DEFERRED

}
