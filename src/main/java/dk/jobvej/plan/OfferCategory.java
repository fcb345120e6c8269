package dk.jobvej.plan;

/** The kinds of offers, as the plan and the statistics group them. */
public enum OfferCategory {

	/** Virksomhedsrettet: at a company (internship, wage subsidy, ordinary hours, adult apprentice, IGU). */
	COMPANY,

	/** Uddannelsesrettet: upskilling, education boost, industry Danish, bridge-building, ordinary education. */
	EDUCATION,

	/** Støtte: mentor and the compensating schemes (personal assistance, aids). */
	SUPPORT,

	/** Parallelindsats: treatment, health centre, addiction treatment, psychologist, social support. */
	PARALLEL

}
