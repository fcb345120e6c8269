package dk.jobvej.citizen;

/**
 * A citizen as another module shows them to a member of staff: the history, the name and the
 * masked CPR number.
 */
public record CitizenFacts(CitizenHistory history, String name, String maskedCpr) {

	public CitizenId id() {
		return history.id();
	}

}
