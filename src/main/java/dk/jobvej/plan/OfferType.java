package dk.jobvej.plan;

/**
 * The offers and efforts (indsatser) a plan can hold. Which of them are decisions, count towards
 * the 70 % target and have which legal basis is rule data ({@code plan.offer_type_rule}), not
 * code; only the grouping is fixed here.
 */
public enum OfferType {

	/** Virksomhedspraktik (LAB chapter 11). */
	VIRKSOMHEDSPRAKTIK(OfferCategory.COMPANY),

	/** Løntilskud hos en privat arbejdsgiver (LAB chapter 12). */
	LOENTILSKUD_PRIVAT(OfferCategory.COMPANY),

	/** Løntilskud hos en offentlig arbejdsgiver (LAB chapter 12). */
	LOENTILSKUD_OFFENTLIG(OfferCategory.COMPANY),

	/** Ordinære timer / småjob: paid ordinary hours, alone or beside another offer. */
	ORDINAERE_TIMER(OfferCategory.COMPANY),

	/** Voksenlærling: adult apprenticeship. */
	VOKSENLAERLING(OfferCategory.COMPANY),

	/** Integrationsgrunduddannelse (IGU). */
	IGU(OfferCategory.COMPANY),

	/** Vejledning og opkvalificering, including the projects of the catalogue. */
	OPKVALIFICERING(OfferCategory.EDUCATION),

	/** Uddannelsesløft: an ordinary vocational education while on benefit. */
	UDDANNELSESLOEFT(OfferCategory.EDUCATION),

	/** Branchedansk: Danish for a branch. */
	BRANCHEDANSK(OfferCategory.EDUCATION),

	/** Brobygning: a bridge-building course towards education. */
	BROBYGNING(OfferCategory.EDUCATION),

	/** Start on an ordinary education (e.g. SU-entitled). */
	ORDINAER_UDDANNELSE(OfferCategory.EDUCATION),

	/** Mentor. */
	MENTOR(OfferCategory.SUPPORT),

	/** Mentor at the workplace. */
	MENTOR_ARBEJDSPLADS(OfferCategory.SUPPORT),

	/** Personlig assistance (compensating scheme). */
	PERSONLIG_ASSISTANCE(OfferCategory.SUPPORT),

	/** Hjælpemidler: aids (compensating scheme). */
	HJAELPEMIDLER(OfferCategory.SUPPORT),

	/** Parallel effort: treatment, e.g. with the GP or in psychiatry. */
	BEHANDLING(OfferCategory.PARALLEL),

	/** Parallel effort: the municipal health centre. */
	SUNDHEDSCENTER(OfferCategory.PARALLEL),

	/** Parallel effort: addiction treatment. */
	MISBRUGSBEHANDLING(OfferCategory.PARALLEL),

	/** Parallel effort: psychologist. */
	PSYKOLOG(OfferCategory.PARALLEL),

	/** Parallel effort: a social-services offer such as housing support. */
	SOCIALT_TILBUD(OfferCategory.PARALLEL);

	private final OfferCategory category;

	OfferType(OfferCategory category) {
		this.category = category;
	}

	public OfferCategory category() {
		return category;
	}

}
