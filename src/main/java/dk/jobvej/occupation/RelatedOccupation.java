package dk.jobvej.occupation;

/** An occupation related to another, and how closely. */
public record RelatedOccupation(OccupationCode code, String danish, Relatedness relatedness) {
}
