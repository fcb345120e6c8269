package dk.jobvej.results.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.results.Measure;

import org.jspecify.annotations.Nullable;

/**
 * The facts the citizen module's benefit periods give: exits from public support, known once the
 * following whole calendar month has passed, and flex-job entries.
 */
final class BenefitFacts {

	static final Set<Measure> MEASURES = Set.of(Measure.EXITS_FROM_PUBLIC_SUPPORT, Measure.FLEXJOB_ENTRIES);

	private BenefitFacts() {
	}

	static List<Fact> of(UUID subject, int municipalityCode, @Nullable UUID unit, List<Span> spans) {
		var facts = new ArrayList<Fact>();
		for (var month : Courses.exits(spans)) {
			var exit = Measure.EXITS_FROM_PUBLIC_SUPPORT;
			facts.add(new Fact(exit, subject + "/" + month, municipalityCode, unit, subject, month, month,
					month.plusMonths(exit.lagMonths() + 1L).atDay(1)));
		}
		for (var month : Courses.flexjobEntries(spans)) {
			facts.add(Fact.flow(Measure.FLEXJOB_ENTRIES, subject + "/" + month, municipalityCode, unit, subject, month));
		}
		return facts;
	}

}
