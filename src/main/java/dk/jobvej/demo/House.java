package dk.jobvej.demo;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.VisitationCategory;

import org.jspecify.annotations.Nullable;

/**
 * The houses of Jobcenter Aalborg's Job- og Uddannelsesafdelingen (seed 000), which citizens they
 * serve and how they are staffed. The mapping from benefit to house:
 * A-dagpenge and jobparat kontanthjælp: Jobhuset; aktivitetsparat kontanthjælp: Job- og
 * Aktivhuset; uddannelseshjælp: Uddannelseshuset; integrationsydelse: Job- og
 * Integrationshuset; sygedagpenge and jobafklaringsforløb: Sygedagpengehuset; ressourceforløb,
 * revalidering, forrevalidering, ledighedsydelse and fleksjob: RessourceCenter Aalborg;
 * førtidspension and efterløn: Ydelsescentret. Rekrutteringsenheden has the company consultants.
 */
enum House {

	JOBHUSET("Jobhuset", "jh", 110, 10),

	JOB_OG_AKTIVHUSET("Job- og Aktivhuset", "jah", 60, 3),

	UDDANNELSESHUSET("Uddannelseshuset", "uh", 60, 4),

	JOB_OG_INTEGRATIONSHUSET("Job- og Integrationshuset", "jih", 50, 3),

	SYGEDAGPENGEHUSET("Sygedagpengehuset", "sdh", 75, 8),

	YDELSESCENTRET("Ydelsescentret", "yc", 120, 0),

	RESSOURCECENTER("RessourceCenter", "rc", 100, 3),

	REKRUTTERINGSENHEDEN("Rekrutteringsenheden", "rek", 0, 0);

	private final String name;

	private final String slug;

	private final int caseload;

	private final int caseworkersPerMentor;

	House(String name, String slug, int caseload, int caseworkersPerMentor) {
		this.name = name;
		this.slug = slug;
		this.caseload = caseload;
		this.caseworkersPerMentor = caseworkersPerMentor;
	}

	/** The unit's name: RessourceCenter carries the municipality's name, as RessourceCenter Aalborg does. */
	String unitName(Municipality municipality) {
		return this == RESSOURCECENTER ? name + " " + municipality.name() : name;
	}

	/** A short code for usernames. */
	String slug() {
		return slug;
	}

	/** Citizens with a running benefit per caseworker the house is staffed for; 0 for no citizens. */
	int caseload() {
		return caseload;
	}

	/** Caseworkers per mentor; 0 for a house without mentors. */
	int caseworkersPerMentor() {
		return caseworkersPerMentor;
	}

	/** The house of a citizen on that benefit with that visitation category. */
	static House of(BenefitType benefit, @Nullable VisitationCategory category) {
		return switch (benefit) {
			case A_DAGPENGE -> JOBHUSET;
			case KONTANTHJAELP -> category == VisitationCategory.JOBPARAT ? JOBHUSET : JOB_OG_AKTIVHUSET;
			case UDDANNELSESHJAELP -> UDDANNELSESHUSET;
			case INTEGRATIONSYDELSE -> JOB_OG_INTEGRATIONSHUSET;
			case SYGEDAGPENGE, JOBAFKLARINGSFORLOEB -> SYGEDAGPENGEHUSET;
			case RESSOURCEFORLOEB, REVALIDERING, FORREVALIDERING, LEDIGHEDSYDELSE, FLEKSJOB -> RESSOURCECENTER;
			case FOERTIDSPENSION, EFTERLOEN -> YDELSESCENTRET;
		};
	}

}
