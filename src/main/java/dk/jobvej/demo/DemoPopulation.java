package dk.jobvej.demo;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;

import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.citizen.ImportedCitizen;

import org.springframework.stereotype.Component;

/**
 * Generates the citizens of one municipality and loads them: units, staff sized to the
 * caseloads, then the citizens through {@link CitizenImport} in batches named
 * {@code <prefix>-<municipality>-<n>}. Batches imported before are skipped, so a run can be
 * repeated with the same seed.
 */
@Component
class DemoPopulation {

	private final DemoOrganisation organisation;

	private final DemoStaff staff;

	private final CitizenImport citizens;

	private final Clock clock;

	private final DemoCandidates candidates;

	DemoPopulation(DemoOrganisation organisation, DemoStaff staff, CitizenImport citizens, Clock clock,
			DemoCandidates candidates) {
		this.candidates = candidates;
		this.organisation = organisation;
		this.staff = staff;
		this.citizens = citizens;
		this.clock = clock;
	}

	/** What one municipality's run did. */
	record Result(int generated, int imported, int staffHired) {
	}

	/** The batch id prefix: {@code demo-<seed>}, and the scale factor if it is not 1. */
	static String batchPrefix(long seed, double scaleFactor) {
		return scaleFactor == 1.0 ? "demo-" + seed : "demo-" + seed + "x" + scaleFactor;
	}

	Result populate(MunicipalityPlan plan, long seed, int batchSize, String batchPrefix, Progress progress) {
		var municipality = plan.municipality();
		var label = municipality.name() + " (" + municipality.code() + ")";
		var units = organisation.ensureUnits(municipality);
		var profiles = new PopulationGenerator(seed, clock).generate(plan);
		var current = new EnumMap<House, Integer>(House.class);
		profiles.stream().filter(CitizenProfile::current).forEach(p -> current.merge(p.house(), 1, Integer::sum));
		var hired = staff.hire(units, Staffing.plan(seed, municipality, current));
		progress.log(label + ": " + profiles.size() + " citizens generated, " + hired + " staff hired");
		var caseloads = new Caseloads(municipality.code(), units, staff.caseworkers(units));
		var batches = (profiles.size() + batchSize - 1) / batchSize;
		var imported = 0;
		for (var n = 0; n < batches; n++) {
			var batch = profiles.subList(n * batchSize, Math.min(profiles.size(), (n + 1) * batchSize))
				.stream()
				.map(caseloads::assign)
				.toList();
			var count = citizens.importBatch(batchPrefix + "-" + municipality.code() + "-" + (n + 1), batch);
			imported += count;
			if (count > 0) {
				progress.add(count, rows(batch));
			}
			progress.log(label + " batch " + (n + 1) + "/" + batches + (count == 0 ? " (imported before)" : ""));
		}
		var profiled = candidates.load(profiles, seed, batchPrefix, municipality.code(), batchSize);
		progress.log(label + ": " + profiled + " candidate profiles (kandidatbank)");
		return new Result(profiles.size(), imported, hired);
	}

	/** Rows written for a batch: citizens, benefit periods and visitation decisions. */
	private static long rows(List<ImportedCitizen> batch) {
		return batch.stream().mapToLong(c -> 1 + c.benefits().size() + c.visitations().size()).sum();
	}

}
