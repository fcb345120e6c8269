package dk.jobvej.plan.internal;

/**
 * How sure a rule row is (column {@code certainty}): verified in the law or an official page,
 * from a secondary source, unverified, or local practice described in the seeds.
 */
public enum Certainty {

	V, S, U, L

}
