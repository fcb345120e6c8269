package dk.jobvej.survey;

import java.util.List;
import java.util.Set;

/**
 * The questionnaires (spørgeskemaer). The citizens' questionnaire has the nine questions of
 * Jobcenter Aalborg's user survey (seed 000, "Brugermåling i Jobcenter Aalborg"), each on the
 * scale 5 = "Ja, i høj grad" … 1 = "Nej, slet ikke", and asks what the conversation was about
 * (job, health, education). The companies' questionnaire asks the two questions of KL's survey
 * of companies' satisfaction with the jobcentres that seed 003 quotes (satisfied; would
 * recommend), and what the cooperation was about.
 */
public enum QuestionnaireKind {

	/** Handed to citizens after a planned conversation. */
	CITIZEN(List.of(Scale.AGREEMENT, Scale.AGREEMENT, Scale.AGREEMENT, Scale.AGREEMENT, Scale.AGREEMENT,
			Scale.AGREEMENT, Scale.AGREEMENT, Scale.AGREEMENT, Scale.AGREEMENT),
			Set.of(Topic.JOB, Topic.HEALTH, Topic.EDUCATION)),

	/** Handed to companies after a visit or a recruitment. */
	COMPANY(List.of(Scale.SATISFACTION, Scale.LIKELIHOOD),
			Set.of(Topic.RECRUITMENT, Topic.RETENTION, Topic.UPSKILLING));

	private final List<Scale> scales;

	private final Set<Topic> topics;

	QuestionnaireKind(List<Scale> scales, Set<Topic> topics) {
		this.scales = scales;
		this.topics = topics;
	}

	/** The number of questions; they are numbered from 1. */
	public int questions() {
		return scales.size();
	}

	/** The answer scale of question {@code number} (from 1). */
	public Scale scale(int number) {
		return scales.get(number - 1);
	}

	/** The topics the questionnaire asks about ("what did you talk about"). */
	public Set<Topic> topics() {
		return topics;
	}

	/**
	 * An answer scale of five steps, 5 the most positive. A "positive" answer is 4 or 5 ("i høj
	 * grad eller nogen grad", "tilfreds eller meget tilfreds").
	 */
	public enum Scale {

		/** 5 Ja, i høj grad; 4 Ja, i nogen grad; 3 Både-og; 2 Nej, kun i mindre grad; 1 Nej, slet ikke. */
		AGREEMENT,

		/** 5 Meget tilfreds; 4 Tilfreds; 3 Hverken tilfreds eller utilfreds; 2 Utilfreds; 1 Meget utilfreds. */
		SATISFACTION,

		/** 5 Meget sandsynligt; 4 Sandsynligt; 3 Hverken eller; 2 Usandsynligt; 1 Meget usandsynligt. */
		LIKELIHOOD

	}

}
