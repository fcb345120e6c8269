package dk.jobvej.cv.internal;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Locale;

import dk.jobvej.citizen.CitizenFacts;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.cv.CvPart;
import dk.jobvej.portal.CitizenPortal;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a CV for a page, the API or the PDF: a member of staff through the citizen module's
 * need-to-know check, which audits the read as {@code what}; the citizen their own, on Min side.
 */
@Service
@Transactional(readOnly = true)
public class CvReading {

	private final Cvs cvs;

	private final CitizenRegister citizens;

	private final CitizenPortal portal;

	private final ReferenceLists lists;

	private final Completeness completeness;

	CvReading(Cvs cvs, CitizenRegister citizens, CitizenPortal portal, ReferenceLists lists,
			Completeness completeness) {
		this.cvs = cvs;
		this.citizens = citizens;
		this.portal = portal;
		this.lists = lists;
		this.completeness = completeness;
	}

	/** The citizen's CV for a member of staff; audited as a read of {@code what}. */
	@Transactional(noRollbackFor = NoAccess.class)
	public CvView forStaff(CitizenId citizen, String what) {
		return view(citizens.open(citizen, what));
	}

	/** The CV of the citizen signed in to Min side. */
	public CvView own() {
		return view(citizens.ownFacts(portal.signedIn()));
	}

	private CvView view(CitizenFacts facts) {
		var locale = LocaleContextHolder.getLocale();
		var cv = cvs.findById(facts.id().value());
		if (cv.isEmpty()) {
			var missing = EnumSet.allOf(CvPart.class);
			return new CvView(facts.id(), facts.name(), null, 0, missing, EnumSet.copyOf(completeness.required()), false,
					null, java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), false,
					java.util.Set.of(), null, null, java.util.List.of(), java.util.List.of(), null);
		}
		return of(facts.name(), cv.get(), locale);
	}

	CvView of(String name, Cv cv, Locale locale) {
		var filled = cv.filled();
		var missing = EnumSet.allOf(CvPart.class);
		missing.removeAll(filled);
		var missingRequired = EnumSet.noneOf(CvPart.class);
		missingRequired.addAll(completeness.required());
		missingRequired.removeAll(filled);
		return new CvView(cv.citizen(), name, cv.version(), completeness.percent(cv), missing, missingRequired,
				missingRequired.isEmpty(), cv.profile(),
				cv.educations()
					.stream()
					.map(e -> new CvView.Education(e.id(), e.level(), e.title(), e.institution(), e.fromYear(),
							e.toYear(), e.completed()))
					.toList(),
				cv.experiences()
					.stream()
					.map(e -> new CvView.Experience(e.id(), e.occupationCode(),
							e.occupationCode() == null ? null : lists.occupationList().name(e.occupationCode(), locale),
							e.title(), e.employer(), YearMonth.from(e.fromMonth()),
							e.toMonth() == null ? null : YearMonth.from(e.toMonth()), e.description()))
					.toList(),
				cv.skills().stream().map(s -> new CvView.Skill(s.id(), s.name())).toList(),
				cv.languages()
					.stream()
					.map(l -> new CvView.Language(l.id(), l.code(), lists.languages().name(l.code(), locale), l.level()))
					.toList(),
				cv.drivingLicenceAnswered(), cv.drivingLicences(), cv.hoursPerWeek(), cv.maxCommuteKm(),
				cv.branches()
					.stream()
					.map(code -> new CvView.Named(code, lists.branches().name(code, locale)))
					.toList(),
				cv.jobGoals()
					.stream()
					.map(g -> new CvView.JobGoal(g.id(), g.occupationCode(),
							lists.occupationList().name(g.occupationCode(), locale), g.note()))
					.toList(),
				cv.updatedAt());
	}

}
