package dk.jobvej.plan;

/** Who delivers an offer. */
public enum ProviderKind {

	/** A company (virksomhed), e.g. for an internship or wage subsidy. */
	COMPANY,

	/** The municipality's own project, e.g. at RessourceCenter Aalborg. */
	INTERNAL_PROJECT,

	/** An external supplier (anden aktør), e.g. a school or a bureau. */
	EXTERNAL_SUPPLIER

}
