package dk.jobvej.matching.internal;

import dk.jobvej.contact.ContactCourse;
import dk.jobvej.contact.ConversationBooked;
import dk.jobvej.contact.SuggestedJob;
import dk.jobvej.platform.RuleViolation;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Concrete jobs for the conversation (seed 003): when a conversation is booked, the best-ranked
 * open vacancies for the citizen are added to it as suggestions, which the caseworker presents (or
 * not) when recording the conversation as held. No one reads the citizen here; the caseworker's
 * opening of the conversation is the audited read.
 */
@Component
class ConversationJobs {

	/** How many vacancies a conversation is given. */
	static final int SUGGESTIONS = 5;

	private final Matcher matcher;

	private final VacancyStore vacancies;

	private final ContactCourse contact;

	ConversationJobs(Matcher matcher, VacancyStore vacancies, ContactCourse contact) {
		this.matcher = matcher;
		this.vacancies = vacancies;
		this.contact = contact;
	}

	@ApplicationModuleListener
	void on(ConversationBooked booked) {
		var jobs = matcher.rankVacancies(booked.citizen(), SUGGESTIONS)
			.stream()
			.flatMap(suggestion -> vacancies.find(suggestion.vacancy().value()).stream())
			.map(vacancy -> new SuggestedJob(vacancy.title(), vacancy.companyName(), "MATCHING", vacancy.id().toString()))
			.toList();
		if (jobs.isEmpty()) {
			return;
		}
		try {
			contact.suggestJobs(booked.conversation(), jobs);
		}
		catch (RuleViolation moved) {
			// recorded as held, cancelled or missed before the suggestions were ready: too late for them
		}
	}

}
