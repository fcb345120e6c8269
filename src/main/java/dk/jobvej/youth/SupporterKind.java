package dk.jobvej.youth;

/** Who supports a young person in a leisure job (seed 003: mentor or youth guide). */
public enum SupporterKind {

	MENTOR, UNGEGUIDE

}
