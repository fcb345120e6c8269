package dk.jobvej.matching.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.identity.Organisation;
import dk.jobvej.matching.Readiness;
import dk.jobvej.occupation.OccupationCode;
import dk.jobvej.occupation.SearchText;
import dk.jobvej.occupation.Taxonomy;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidate bank (kandidatbank, seed 001: "en cv-database bestående af ledige … et nyttigt
 * udsøgningsredskab, når en virksomhed henvender sig"): search the municipality's candidates by
 * occupation (related occupations included), free text over skills, education and experience
 * (Danish stemming), education, hours, distance from a place and readiness. The list is
 * anonymised; a consultant opens a candidate's name through need-to-know. Every candidate listed
 * is audited as read.
 */
@Service
@Transactional(noRollbackFor = dk.jobvej.citizen.NoAccess.class)
public class CandidateBank {

	private final JdbcClient jdbc;

	private final Matcher matcher;

	private final Taxonomy taxonomy;

	private final Places places;

	private final Organisation organisation;

	private final CitizenRegister citizens;

	private final AuditLog audit;

	CandidateBank(JdbcClient jdbc, Matcher matcher, Taxonomy taxonomy, Places places, Organisation organisation,
			CitizenRegister citizens, AuditLog audit) {
		this.jdbc = jdbc;
		this.matcher = matcher;
		this.taxonomy = taxonomy;
		this.places = places;
		this.organisation = organisation;
		this.citizens = citizens;
		this.audit = audit;
	}

	/** What to search for; every criterion given must hold. */
	public record Criteria(@Nullable String occupation, @Nullable String text, @Nullable Integer minimumEducation,
			@Nullable Integer hoursPerWeek, @Nullable String postcode, @Nullable Integer maxKm,
			@Nullable Readiness readiness) {
	}

	/** A candidate in the list, without name. */
	public record Card(UUID citizen, List<String> jobGoals, List<String> experience, List<String> skills,
			int educationLevel, @Nullable Integer hoursPerWeek, @Nullable Integer distanceKm, Readiness readiness) {
	}

	public List<Card> search(Criteria criteria) {
		var me = organisation.signedIn();
		var where = new StringBuilder("municipality_code = :municipality");
		var params = new HashMap<String, Object>();
		params.put("municipality", me.municipalityCode());
		if (criteria.occupation() != null && !criteria.occupation().isBlank()) {
			var code = OccupationCode.tryParse(criteria.occupation().strip())
				.filter(c -> taxonomy.byCode(c).isPresent())
				.orElseThrow(() -> new RuleViolation("occupation", "matching.occupation.unknown"));
			where.append(" and occupations && cast(:codes as varchar[])");
			params.put("codes", CandidateStore.array(matcher.relatedCodes(List.of(code))));
		}
		var text = criteria.text() == null ? "" : SearchText.clean(criteria.text());
		if (!text.isBlank()) {
			where.append(" and search @@ websearch_to_tsquery('danish', :text)");
			params.put("text", text);
		}
		if (criteria.minimumEducation() != null) {
			where.append(" and education_level >= :education");
			params.put("education", criteria.minimumEducation());
		}
		if (criteria.hoursPerWeek() != null) {
			where.append(" and (hours_per_week is null or hours_per_week >= :hours)");
			params.put("hours", criteria.hoursPerWeek());
		}
		if (criteria.readiness() != null) {
			where.append(" and readiness = :readiness");
			params.put("readiness", criteria.readiness().name());
		}
		Places.Point from = null;
		if (criteria.postcode() != null && !criteria.postcode().isBlank()) {
			from = places.of(criteria.postcode().strip())
				.orElseThrow(() -> new RuleViolation("postcode", "matching.postcode.unknown"));
			if (criteria.maxKm() != null) {
				where.append(" and lat is not null and 111.0 * sqrt(power(lat - :lat, 2) + power((lon - :lon) * :cos, 2)) <= :km");
				params.put("lat", from.lat());
				params.put("lon", from.lon());
				params.put("cos", Math.cos(Math.toRadians(from.lat())));
				params.put("km", criteria.maxKm());
			}
		}
		var origin = from;
		var cards = jdbc.sql("select " + CandidateStore.COLUMNS + " from matching.candidate where " + where
				+ " order by updated_at desc, citizen limit 50")
			.params(params)
			.query((rs, n) -> card(CandidateStore.candidate(rs), origin))
			.list();
		audit.recordAll(cards.stream()
			.map(card -> new AuditRecord(me.username(), AuditAction.READ, "citizen/" + card.citizen(),
					"candidate-bank", null, me.municipalityCode()))
			.toList());
		return cards;
	}

	/** A candidate's name for a consultant: the citizen opened through need-to-know (audited). */
	public String open(CitizenId citizen) {
		return citizens.open(citizen, "candidate-bank-profile").name();
	}

	private Card card(Rows.Candidate candidate, Places.@Nullable Point from) {
		Integer distance = from == null || candidate.place() == null ? null
				: (int) Math.round(Places.km(from, candidate.place()));
		var experience = new ArrayList<String>();
		candidate.experience().forEach(e -> experience.add(e.title() + " (" + e.months() + ")"));
		return new Card(candidate.citizen(),
				candidate.goals().stream().map(code -> taxonomy.byCode(code).map(o -> o.danish()).orElse(code.value())).toList(),
				experience, candidate.skills(), candidate.educationLevel(), candidate.hoursPerWeek(), distance,
				candidate.readiness());
	}

	static Map<String, Object> none() {
		return Map.of();
	}

}
