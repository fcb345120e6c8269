package dk.jobvej.cv;

/**
 * How far an education goes, in the levels Statistics Denmark uses for the highest completed
 * education, plus courses (kurser, e.g. AMU) and other. Ordered from the shortest to the longest,
 * so a search can ask for "at least" a level.
 */
public enum EducationLevel {

	/** Grundskole (folkeskole, 9th/10th grade). */
	GRUNDSKOLE,

	/** A course: AMU, certificates, short courses. */
	KURSUS,

	/** Gymnasial uddannelse (stx, hhx, htx, hf). */
	GYMNASIAL,

	/** Erhvervsuddannelse (vocational: apprenticeship, SOSU, EUD). */
	ERHVERVSUDDANNELSE,

	/** Kort videregående uddannelse (academy profession). */
	KORT_VIDEREGAAENDE,

	/** Mellemlang videregående uddannelse (professional bachelor, bachelor). */
	MELLEMLANG_VIDEREGAAENDE,

	/** Lang videregående uddannelse (master, PhD). */
	LANG_VIDEREGAAENDE,

	/** Anything else, e.g. an education from abroad not yet assessed. */
	ANDET

}
