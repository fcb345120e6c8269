package dk.jobvej.network.internal;

/** What the job in a match profile is about (seed 002, "Matchprofil – Jobindhold"). */
public enum JobContent {

	NEW_INITIATIVES, NEW_MARKETS, DEVELOPMENT_TASKS, OTHER

}
