package dk.jobvej.cv;

/** How well the citizen speaks and writes a language, in the citizen's own words. */
public enum LanguageLevel {

	MODERSMAAL, FLYDENDE, GODT, GRUNDLAEGGENDE

}
