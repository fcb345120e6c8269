package dk.jobvej.matching.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.employer.VacancyId;
import dk.jobvej.employer.VacancyKind;
import dk.jobvej.matching.Readiness;
import dk.jobvej.matching.Suggestion;
import dk.jobvej.matching.Suggestion.Reason;
import dk.jobvej.occupation.Relatedness;
import dk.jobvej.occupation.Taxonomy;

import org.springframework.stereotype.Component;

/**
 * Scores one candidate against one vacancy and explains why. Two rules exclude: the occupations
 * must be related (a job goal or experience at least in the same sub-major group), and a candidate
 * who has given a commuting limit is not offered a job farther away. Otherwise the score is a
 * weighted sum, each part 0–1:
 *
 * <ul>
 * <li>occupation 0.50: the best of the job goals (the first counts fully, each later one 10 % less)
 * and the work experience (by months, up to five years), times how related the occupations are;</li>
 * <li>skills 0.15: the candidate's skills found in the vacancy's title and description;</li>
 * <li>distance 0.15: 1 at the door, falling to 0.5 at the candidate's limit (40 km if none given);
 * 0.6 when a place is unknown;</li>
 * <li>hours 0.10: 1 when the candidate wants at least the job's hours, else the share; 0.7 when not
 * given;</li>
 * <li>readiness 0.10: job-ready 1, education-ready 0.8, activity-ready 0.6 (0.9 for tasks and small
 * tasks, made for them), on sick leave 0.4, unknown 0.7.</li>
 * </ul>
 * A candidate wanting less than half a job's hours gets the score times (0.5 + the share): the
 * job's tasks (job carving) or small tasks fit them, the whole job does not.
 */
@Component
class Ranker {

	static final double MINIMUM_RELATEDNESS = 0.3;

	static final int DEFAULT_COMMUTE_KM = 40;

	private final Taxonomy taxonomy;

	Ranker(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	Optional<Suggestion> score(Rows.Candidate candidate, Rows.Vacancy vacancy) {
		var reasons = new ArrayList<Reason>();
		var occupation = occupation(candidate, vacancy, reasons);
		if (occupation <= 0) {
			return Optional.empty();
		}
		Integer distance = null;
		double place;
		if (candidate.place() != null && vacancy.place() != null) {
			var km = Places.km(candidate.place(), vacancy.place());
			distance = (int) Math.round(km);
			var limit = candidate.maxCommuteKm() != null ? candidate.maxCommuteKm() : DEFAULT_COMMUTE_KM;
			if (candidate.maxCommuteKm() != null && km > candidate.maxCommuteKm() + 0.5) {
				return Optional.empty();
			}
			place = Math.max(0, 1 - 0.5 * km / Math.max(1, limit));
			reasons.add(candidate.maxCommuteKm() == null
					? new Reason("matching.reason.distance", List.of(String.valueOf(distance)))
					: new Reason("matching.reason.distanceLimit",
							List.of(String.valueOf(distance), String.valueOf(candidate.maxCommuteKm()))));
		}
		else {
			place = 0.6;
			reasons.add(new Reason("matching.reason.distanceUnknown", List.of()));
		}
		double hours;
		if (candidate.hoursPerWeek() == null) {
			hours = 0.7;
			reasons.add(new Reason("matching.reason.hoursUnknown", List.of(String.valueOf(vacancy.hoursPerWeek()))));
		}
		else {
			hours = Math.min(1.0, (double) candidate.hoursPerWeek() / vacancy.hoursPerWeek());
			reasons.add(new Reason("matching.reason.hours",
					List.of(String.valueOf(candidate.hoursPerWeek()), String.valueOf(vacancy.hoursPerWeek()))));
		}
		var skills = skills(candidate, vacancy, reasons);
		var readiness = readiness(candidate.readiness(), vacancy.kind());
		reasons.add(new Reason("matching.reason.readiness." + candidate.readiness().name(), List.of()));
		var score = 0.50 * occupation + 0.15 * skills + 0.15 * place + 0.10 * hours + 0.10 * readiness;
		if (vacancy.kind() == VacancyKind.JOB && hours < 0.5) {
			// wanting less than half the job's hours: a task carved out of it fits, the whole job does not
			score *= 0.5 + hours;
		}
		return Optional.of(new Suggestion(new CitizenId(candidate.citizen()), new VacancyId(vacancy.id()),
				Math.round(score * 1000) / 1000.0, reasons, distance));
	}

	private double occupation(Rows.Candidate candidate, Rows.Vacancy vacancy, List<Reason> reasons) {
		var best = 0.0;
		Reason why = null;
		for (var i = 0; i < candidate.goals().size(); i++) {
			var related = taxonomy.relatedness(candidate.goals().get(i), vacancy.occupation());
			var value = related.weight() * (1 - 0.1 * Math.min(i, 5));
			if (related.weight() >= MINIMUM_RELATEDNESS && value > best) {
				best = value;
				why = new Reason("matching.reason.goal." + related.kind().name(),
						List.of(title(candidate.goals().get(i)), String.valueOf(i + 1)));
			}
		}
		for (var experience : candidate.experience()) {
			if (experience.occupation() == null) {
				continue;
			}
			var related = taxonomy.relatedness(experience.occupation(), vacancy.occupation());
			var value = related.weight() * 0.9 * Math.min(1.0, 0.5 + experience.months() / 120.0);
			if (related.weight() >= MINIMUM_RELATEDNESS && value > best) {
				best = value;
				why = new Reason("matching.reason.experience." + related.kind().name(),
						List.of(experience.title(), String.valueOf(experience.months())));
			}
		}
		if (why != null) {
			reasons.add(why);
		}
		return best;
	}

	private static double skills(Rows.Candidate candidate, Rows.Vacancy vacancy, List<Reason> reasons) {
		var text = (vacancy.title() + " " + vacancy.description()).toLowerCase(Locale.ROOT);
		var found = candidate.skills()
			.stream()
			.filter(skill -> skill.length() >= 3 && text.contains(skill.toLowerCase(Locale.ROOT)))
			.distinct()
			.limit(5)
			.toList();
		if (!found.isEmpty()) {
			reasons.add(new Reason("matching.reason.skills", List.of(String.join(", ", found))));
		}
		return Math.min(1.0, found.size() / 2.0);
	}

	private static double readiness(Readiness readiness, VacancyKind kind) {
		return switch (readiness) {
			case JOB_READY -> 1.0;
			case EDUCATION_READY -> 0.8;
			case ACTIVITY_READY -> kind == VacancyKind.JOB ? 0.6 : 0.9;
			case ON_SICK_LEAVE -> 0.4;
			case UNKNOWN -> 0.7;
		};
	}

	private String title(dk.jobvej.occupation.OccupationCode code) {
		return taxonomy.byCode(code).map(o -> o.danish()).orElse(code.value());
	}

	/** Whether two occupations are related enough to look for candidates among those of the one for the other. */
	boolean related(Relatedness relatedness) {
		return relatedness.weight() >= MINIMUM_RELATEDNESS;
	}

}
