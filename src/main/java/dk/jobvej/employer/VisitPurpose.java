package dk.jobvej.employer;

/** Why a consultant visited a company (seed 003: recruitment, upskilling, retention, the inclusive labour market). */
public enum VisitPurpose {

	/** Rekruttering: the company needs staff. */
	REKRUTTERING,

	/** Virksomhedsplacering: agreeing an internship, wage subsidy or ordinary hours. */
	VIRKSOMHEDSPLACERING,

	/** Fastholdelse: keeping an employee on sick leave in the job. */
	FASTHOLDELSE,

	/** Opkvalificering: upskilling, adult apprenticeships. */
	OPKVALIFICERING,

	/** Det rummelige arbejdsmarked: small tasks, flexjobs, job carving. */
	RUMMELIGT_ARBEJDSMARKED,

	/** Efterværn: following up after a hire. */
	EFTERVAERN,

	/** Opsøgende: a first, outreaching visit. */
	OPSOEGENDE

}
