package dk.jobvej.employer;

/**
 * A module's link on a vacancy's page (for staff, or in the employer portal): a message key and a
 * path in which {@code {id}} stands for the vacancy, e.g. the matching module's candidates for it.
 */
public record VacancyLink(String titleKey, String pathTemplate, boolean portal) {

	public VacancyLink {
		if (!pathTemplate.contains("{id}")) {
			throw new IllegalArgumentException("A vacancy link names the vacancy with {id}: " + pathTemplate);
		}
	}

	public String path(VacancyId vacancy) {
		return pathTemplate.replace("{id}", vacancy.toString());
	}

}
