package dk.jobvej.citizen;

/**
 * The benefits (ydelser) of public support as counted in the key-figure table of seed 000 and
 * on jobindsats.dk.
 */
public enum BenefitType {

	A_DAGPENGE, KONTANTHJAELP, UDDANNELSESHJAELP, REVALIDERING, FORREVALIDERING, INTEGRATIONSYDELSE, SYGEDAGPENGE,
	JOBAFKLARINGSFORLOEB, RESSOURCEFORLOEB, LEDIGHEDSYDELSE, FLEKSJOB, FOERTIDSPENSION, EFTERLOEN

}
