package dk.jobvej.citizen.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.TargetGroup;
import dk.jobvej.citizen.VisitationCategory;

import static dk.jobvej.citizen.BenefitType.FLEKSJOB;
import static dk.jobvej.citizen.BenefitType.KONTANTHJAELP;
import static dk.jobvej.citizen.BenefitType.SYGEDAGPENGE;
import static dk.jobvej.citizen.BenefitType.UDDANNELSESHJAELP;
import static dk.jobvej.citizen.VisitationCategory.AABENLYST_UDDANNELSESPARAT;
import static dk.jobvej.citizen.VisitationCategory.AKTIVITETSPARAT;
import static dk.jobvej.citizen.VisitationCategory.JOBPARAT;
import static dk.jobvej.citizen.VisitationCategory.SYGEDAGPENGE_KATEGORI_1;
import static dk.jobvej.citizen.VisitationCategory.SYGEDAGPENGE_KATEGORI_2;
import static dk.jobvej.citizen.VisitationCategory.SYGEDAGPENGE_KATEGORI_3;
import static dk.jobvej.citizen.VisitationCategory.UDDANNELSESPARAT;

/** A small rule book for unit tests, shaped like the seeded rules. */
final class Rules {

	static final LocalDate LAB_2020 = LocalDate.of(2020, 1, 1);

	static final LocalDate CASH_REFORM = LocalDate.of(2025, 7, 1);

	static final LocalDate CATEGORY_3_ABOLISHED = LocalDate.of(2025, 1, 1);

	private Rules() {
	}

	static RuleBook book() {
		return new RuleBook(List.of(group(KONTANTHJAELP, JOBPARAT, null, TargetGroup.LAB_6_2, LAB_2020, null),
				group(KONTANTHJAELP, AKTIVITETSPARAT, null, TargetGroup.LAB_6_3, LAB_2020, null),
				group(KONTANTHJAELP, UDDANNELSESPARAT, 29, TargetGroup.LAB_6_4, CASH_REFORM, null),
				group(KONTANTHJAELP, AABENLYST_UDDANNELSESPARAT, 29, TargetGroup.LAB_6_4, CASH_REFORM, null),
				group(UDDANNELSESHJAELP, UDDANNELSESPARAT, null, TargetGroup.LAB_6_4, LAB_2020, CASH_REFORM.minusDays(1)),
				group(UDDANNELSESHJAELP, AABENLYST_UDDANNELSESPARAT, null, TargetGroup.LAB_6_4, LAB_2020,
						CASH_REFORM.minusDays(1)),
				group(UDDANNELSESHJAELP, AKTIVITETSPARAT, null, TargetGroup.LAB_6_5, LAB_2020, CASH_REFORM.minusDays(1)),
				group(SYGEDAGPENGE, null, null, TargetGroup.LAB_6_6, LAB_2020, null),
				group(FLEKSJOB, null, null, TargetGroup.LAB_6_9, LAB_2020, null)),
				List.of(allow(KONTANTHJAELP, JOBPARAT, null, LAB_2020, null),
						allow(KONTANTHJAELP, AKTIVITETSPARAT, null, LAB_2020, null),
						allow(KONTANTHJAELP, UDDANNELSESPARAT, 29, CASH_REFORM, null),
						allow(KONTANTHJAELP, AABENLYST_UDDANNELSESPARAT, 29, CASH_REFORM, null),
						allow(UDDANNELSESHJAELP, AABENLYST_UDDANNELSESPARAT, null, LAB_2020, CASH_REFORM.minusDays(1)),
						allow(UDDANNELSESHJAELP, UDDANNELSESPARAT, null, LAB_2020, CASH_REFORM.minusDays(1)),
						allow(UDDANNELSESHJAELP, AKTIVITETSPARAT, null, LAB_2020, CASH_REFORM.minusDays(1)),
						allow(SYGEDAGPENGE, SYGEDAGPENGE_KATEGORI_1, null, LAB_2020, null),
						allow(SYGEDAGPENGE, SYGEDAGPENGE_KATEGORI_2, null, LAB_2020, null),
						allow(SYGEDAGPENGE, SYGEDAGPENGE_KATEGORI_3, null, LAB_2020, null)),
				Set.of(List.of(SYGEDAGPENGE, FLEKSJOB)), CATEGORY_3_ABOLISHED);
	}

	private static TargetGroupRule group(BenefitType benefit, VisitationCategory category, Integer maxAge,
			TargetGroup group, LocalDate from, LocalDate to) {
		return new TargetGroupRule(benefit, category, null, maxAge, group, from, to);
	}

	private static VisitationRule allow(BenefitType benefit, VisitationCategory category, Integer maxAge,
			LocalDate from, LocalDate to) {
		return new VisitationRule(benefit, category, null, maxAge, from, to);
	}

}
