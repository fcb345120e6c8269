package dk.jobvej.network.internal;

import java.util.List;

/** An opening to register: the company, the dialog, the match profile and the kind of match sought. */
public record NewOpening(String companyName, String cvr, int companyMunicipality, String dialog,
		List<JobContent> jobContent, String description, MatchKind kind) {
}
