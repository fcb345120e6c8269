package dk.jobvej.cv.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenFacts;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.citizen.NoAccess;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worklist of citizens without a usable CV: of the caseworker's own citizens (or, for a team
 * leader, the unit's), those on a benefit whose recipients must have a CV today
 * ({@code jobvej.cv.required-for-benefits}) and whose CV is missing or lacks a required part.
 * The citizen module audits every citizen of the caseload it hands over as a read of
 * {@code cv-worklist}.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class CvWorklist {

	private final CitizenRegister citizens;

	private final Cvs cvs;

	private final Completeness completeness;

	private final CvProperties properties;

	private final Clock clock;

	CvWorklist(CitizenRegister citizens, Cvs cvs, Completeness completeness,
			CvProperties properties, Clock clock) {
		this.citizens = citizens;
		this.cvs = cvs;
		this.completeness = completeness;
		this.properties = properties;
		this.clock = clock;
	}

	/** A citizen on the worklist: no CV at all (completeness null) or one that is not usable yet. */
	public record Missing(CitizenId citizen, String name, String maskedCpr, BenefitType benefit,
			@Nullable Integer completeness) {
	}

	/** The signed-in member of staff's own citizens (primary contact) without a usable CV. */
	public List<Missing> mine() {
		return without(citizens.caseload("cv-worklist"));
	}

	/** For a team leader: the unit's citizens without a usable CV. */
	public List<Missing> unit() {
		return without(citizens.unitCaseload("cv-worklist"));
	}

	private List<Missing> without(List<CitizenFacts> caseload) {
		var today = LocalDate.now(clock);
		var required = caseload.stream()
			.filter(facts -> facts.history()
				.benefitOn(today)
				.filter(benefit -> properties.requiredForBenefits().contains(benefit.type()))
				.isPresent())
			.toList();
		if (required.isEmpty()) {
			return List.of();
		}
		var ids = required.stream().map(facts -> facts.id().value()).toList();
		Map<UUID, Cv> found = cvs.findAllById(ids).stream().collect(Collectors.toMap(cv -> cv.citizen().value(), cv -> cv));
		return required.stream()
			.filter(facts -> !found.containsKey(facts.id().value()) || !completeness.usable(found.get(facts.id().value())))
			.map(facts -> {
				var cv = found.get(facts.id().value());
				return new Missing(facts.id(), facts.name(), facts.maskedCpr(),
						facts.history().benefitOn(today).orElseThrow().type(),
						cv == null ? null : completeness.percent(cv));
			})
			.toList();
	}

}
