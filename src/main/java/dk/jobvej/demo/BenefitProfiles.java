package dk.jobvej.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.VisitationCategory;

import static dk.jobvej.citizen.BenefitType.*;
import static dk.jobvej.citizen.VisitationCategory.*;

/**
 * The profiles of the 13 benefits: plausible ages (uddannelseshjælp under 30, efterløn from 60,
 * førtidspension before the state pension age), durations, the usual paths between benefits
 * (sygedagpenge, then jobafklaringsforløb; A-dagpenge, then kontanthjælp; ressourceforløb, then
 * fleksjob or førtidspension) and the shares of visitation categories.
 */
final class BenefitProfiles {

	private static final Map<BenefitType, BenefitProfile> PROFILES = new EnumMap<>(BenefitType.class);

	static {
		add(A_DAGPENGE, bands(18, 29, 25, 30, 49, 45, 50, 66, 30), 30, 730, List.of(SYGEDAGPENGE, A_DAGPENGE), 0.25,
				Map.of(), 0.48, 0.06, 40);
		add(KONTANTHJAELP, bands(25, 29, 8, 30, 39, 32, 40, 49, 30, 50, 66, 30), 60, 1800,
				List.of(A_DAGPENGE, SYGEDAGPENGE, UDDANNELSESHJAELP, KONTANTHJAELP), 0.5,
				Map.of(JOBPARAT, 0.30, AKTIVITETSPARAT, 0.70), 0.47, 0.18, 10);
		add(UDDANNELSESHJAELP, bands(18, 24, 60, 25, 29, 40), 60, 1400, List.of(UDDANNELSESHJAELP, SYGEDAGPENGE), 0.2,
				Map.of(AABENLYST_UDDANNELSESPARAT, 0.15, UDDANNELSESPARAT, 0.35, AKTIVITETSPARAT, 0.50), 0.45, 0.10,
				9);
		add(REVALIDERING, bands(22, 39, 45, 40, 59, 55), 180, 1460, List.of(FORREVALIDERING, SYGEDAGPENGE, KONTANTHJAELP),
				0.6, Map.of(), 0.5, 0.05, 1);
		add(FORREVALIDERING, bands(20, 39, 50, 40, 59, 50), 30, 365, List.of(KONTANTHJAELP, SYGEDAGPENGE), 0.6, Map.of(),
				0.5, 0.05, 0.3);
		add(INTEGRATIONSYDELSE, bands(18, 29, 40, 30, 49, 45, 50, 64, 15), 180, 1800, List.of(), 0, Map.of(JOBPARAT, 0.55,
				AKTIVITETSPARAT, 0.45), 0.45, 0.95, 2);
		add(SYGEDAGPENGE, bands(18, 29, 15, 30, 49, 45, 50, 66, 40), 14, 365, List.of(A_DAGPENGE), 0.15,
				Map.of(SYGEDAGPENGE_KATEGORI_1, 0.45, SYGEDAGPENGE_KATEGORI_2, 0.40, SYGEDAGPENGE_KATEGORI_3, 0.15), 0.6,
				0.06, 30);
		add(JOBAFKLARINGSFORLOEB, bands(25, 39, 30, 40, 66, 70), 90, 730, List.of(SYGEDAGPENGE), 0.95, Map.of(), 0.6,
				0.05, 3);
		add(RESSOURCEFORLOEB, bands(18, 29, 25, 30, 49, 40, 50, 64, 35), 365, 1826,
				List.of(KONTANTHJAELP, JOBAFKLARINGSFORLOEB, SYGEDAGPENGE), 0.7, Map.of(), 0.55, 0.08, 2);
		add(LEDIGHEDSYDELSE, bands(25, 49, 45, 50, 66, 55), 30, 540,
				List.of(FLEKSJOB, RESSOURCEFORLOEB, JOBAFKLARINGSFORLOEB), 0.6, Map.of(), 0.55, 0.04, 3);
		add(FLEKSJOB, bands(25, 49, 45, 50, 66, 55), 365, 1826, List.of(LEDIGHEDSYDELSE, RESSOURCEFORLOEB, SYGEDAGPENGE),
				0.5, Map.of(), 0.55, 0.03, 1);
		add(FOERTIDSPENSION, bands(20, 39, 12, 40, 54, 35, 55, 66, 53), 365, 1826,
				List.of(RESSOURCEFORLOEB, FLEKSJOB, KONTANTHJAELP, JOBAFKLARINGSFORLOEB), 0.35, Map.of(), 0.52, 0.05, 0);
		add(EFTERLOEN, bands(61, 66, 1), 180, 1826, List.of(A_DAGPENGE), 0.4, Map.of(), 0.45, 0.02, 0);
	}

	private BenefitProfiles() {
	}

	static BenefitProfile of(BenefitType type) {
		return PROFILES.get(type);
	}

	private static void add(BenefitType type, int[][] ages, int minDays, int maxDays, List<BenefitType> predecessors,
			double predecessorChance, Map<VisitationCategory, Double> categories, double femaleShare,
			double integrationShare, double endedWeight) {
		PROFILES.put(type, new BenefitProfile(type, ages, minDays, maxDays, predecessors, predecessorChance,
				categories.isEmpty() ? Map.of() : new EnumMap<>(categories), femaleShare, integrationShare, endedWeight));
	}

	private static int[][] bands(int... values) {
		var bands = new int[values.length / 3][];
		for (var i = 0; i < bands.length; i++) {
			bands[i] = new int[] { values[3 * i], values[3 * i + 1], values[3 * i + 2] };
		}
		return bands;
	}

}
