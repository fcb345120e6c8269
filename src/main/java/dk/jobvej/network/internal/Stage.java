package dk.jobvej.network.internal;

/** Whether a candidate is still studying or has graduated (dimittend). */
public enum Stage {

	STUDENT, GRADUATE

}
