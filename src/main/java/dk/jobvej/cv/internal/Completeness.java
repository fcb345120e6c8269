package dk.jobvej.cv.internal;

import dk.jobvej.cv.CvPart;

import org.springframework.stereotype.Component;

/**
 * The CV completeness indicator: the share of the parts that are filled in, and whether every
 * part the municipality requires is there (a usable CV).
 */
@Component
class Completeness {

	private final CvProperties properties;

	Completeness(CvProperties properties) {
		this.properties = properties;
	}

	int percent(Cv cv) {
		return Math.round(100f * cv.filled().size() / CvPart.values().length);
	}

	boolean usable(Cv cv) {
		return cv.filled().containsAll(properties.usableParts());
	}

	java.util.Set<CvPart> required() {
		return properties.usableParts();
	}

}
