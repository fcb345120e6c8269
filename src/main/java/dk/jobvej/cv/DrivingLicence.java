package dk.jobvej.cv;

/** The Danish driving-licence categories (kørekortkategorier) a CV may list. */
public enum DrivingLicence {

	AM, A1, A2, A, B, BE, C1, C1E, C, CE, D1, D1E, D, DE

}
