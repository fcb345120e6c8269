package dk.jobvej.matching.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import dk.jobvej.citizen.VisitationChanged;
import dk.jobvej.cv.CvChanged;
import dk.jobvej.cv.CvSearch;
import dk.jobvej.cv.CvSnapshot;
import dk.jobvej.matching.CandidateIndex;
import dk.jobvej.matching.CandidateProfile;
import dk.jobvej.matching.CandidatesFromCvs;
import dk.jobvej.matching.Readiness;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the candidate bank in step with the cv module: a changed CV replaces its citizen's
 * profile, a new visitation category changes the readiness. The CV does not hold the postcode or
 * the readiness, so a profile keeps the ones it had (a new profile starts as {@link Readiness#UNKNOWN}
 * without a place until the next visitation).
 */
@Component
class CvCandidates implements CandidatesFromCvs {

	private final CvSearch cvs;

	private final CandidateIndex index;

	private final JdbcClient jdbc;

	private final Clock clock;

	CvCandidates(CvSearch cvs, CandidateIndex index, JdbcClient jdbc, Clock clock) {
		this.cvs = cvs;
		this.index = index;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CvChanged changed) {
		var cv = cvs.snapshot(changed.citizen());
		if (cv.isEmpty()) {
			index.remove(changed.citizen());
			return;
		}
		var before = index.profile(changed.citizen());
		index.put(CandidateProfile.fromCv(cv.get(), before.map(CandidateProfile::readiness).orElse(Readiness.UNKNOWN),
				before.map(CandidateProfile::postcode).orElse(null), YearMonth.now(clock)));
	}

	@ApplicationModuleListener
	void on(VisitationChanged changed) {
		index.profile(changed.citizen()).ifPresent(profile -> index.put(new CandidateProfile(profile.citizen(),
				profile.municipalityCode(), profile.jobGoals(), profile.experience(), profile.skills(),
				profile.educationLevel(), profile.educations(), profile.hoursPerWeek(), profile.maxCommuteKm(),
				profile.postcode(), Readiness.of(changed.category()), profile.updatedAt())));
	}

	@Override
	@Transactional
	public int refresh(int municipalityCode) {
		var kept = new HashMap<UUID, Kept>();
		jdbc.sql("select citizen, readiness, postcode from matching.candidate where municipality_code = ?")
			.param(municipalityCode)
			.query(rs -> {
				kept.put(rs.getObject("citizen", UUID.class),
						new Kept(Readiness.valueOf(rs.getString("readiness")), rs.getString("postcode")));
			});
		var now = YearMonth.now(clock);
		var written = new AtomicInteger();
		cvs.forEachSnapshot(municipalityCode, cv -> {
			index.put(profile(cv, kept, now));
			written.incrementAndGet();
		});
		return written.get();
	}

	private static CandidateProfile profile(CvSnapshot cv, Map<UUID, Kept> kept, YearMonth now) {
		var before = kept.get(cv.citizen().value());
		return CandidateProfile.fromCv(cv, before == null ? Readiness.UNKNOWN : before.readiness(),
				before == null ? null : before.postcode(), now);
	}

	/** What a profile keeps that the CV does not say. */
	private record Kept(Readiness readiness, @Nullable String postcode) {
	}

}
