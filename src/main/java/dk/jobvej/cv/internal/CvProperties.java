package dk.jobvej.cv.internal;

import java.util.Set;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.cv.CvPart;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the CV module ({@code jobvej.cv.*}). Both are local practice, not law: Jobcenter
 * Aalborg's leaders decided that every unemployed citizen must have a CV (seed 004).
 *
 * @param usableParts the parts a CV needs to count as usable (brugbart)
 * @param requiredForBenefits the benefits whose recipients must have a CV: they appear on the
 * worklist of citizens without a usable CV
 */
@ConfigurationProperties("jobvej.cv")
public record CvProperties(
		@DefaultValue({ "JOB_GOALS", "EDUCATION", "SKILLS", "LANGUAGES", "WISHES" }) Set<CvPart> usableParts,
		@DefaultValue({ "A_DAGPENGE", "KONTANTHJAELP", "UDDANNELSESHJAELP", "INTEGRATIONSYDELSE", "RESSOURCEFORLOEB",
				"JOBAFKLARINGSFORLOEB", "LEDIGHEDSYDELSE", "REVALIDERING", "FORREVALIDERING" }) Set<BenefitType> requiredForBenefits) {

	public CvProperties {
		usableParts = Set.copyOf(usableParts);
		requiredForBenefits = Set.copyOf(requiredForBenefits);
	}

}
