package dk.jobvej.rehab;

/** The professions of a rehabilitation team (seed 002: clinical function, health, social, jobcenter). */
public enum TeamFunction {

	/** The region's clinical function (klinisk funktion). */
	KLINISK_FUNKTION,

	/** The municipality's health area (sundhedsområdet). */
	SUNDHED,

	/** The social area (socialområdet). */
	SOCIAL,

	/** The employment area (jobcentret, beskæftigelsesområdet). */
	BESKAEFTIGELSE,

	/** Education, for young people (uddannelsesområdet). */
	UDDANNELSE

}
