package dk.jobvej.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import dk.jobvej.citizen.CitizenFacts;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.identity.Organisation;
import dk.jobvej.plan.DecisionKind;
import dk.jobvej.plan.OfferId;
import dk.jobvej.plan.OfferResult;
import dk.jobvej.plan.OfferStatus;
import dk.jobvej.plan.OfferType;
import dk.jobvej.plan.ProviderKind;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Granting, refusing, extending and ending offers, and the waiting lists of full projects. Each
 * operation opens the citizen through the citizen module (need to know, audited), checks the
 * dates and the duration rules in force on the start day for the citizen's target group, and
 * writes a decision letter when the offer type's rule says it is a decision.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class Offering {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy", DecisionLetters.DANISH);

	private final Offers offers;

	private final Catalogue catalogue;

	private final PlanRules rules;

	private final DecisionLetters letters;

	private final CitizenRegister citizens;

	private final Organisation organisation;

	private final PlanProperties properties;

	private final Clock clock;

	Offering(Offers offers, Catalogue catalogue, PlanRules rules, DecisionLetters letters, CitizenRegister citizens,
			Organisation organisation, PlanProperties properties, Clock clock) {
		this.offers = offers;
		this.catalogue = catalogue;
		this.rules = rules;
		this.letters = letters;
		this.citizens = citizens;
		this.organisation = organisation;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Grants the offer, or, for a catalogue project that is full or has a waiting list, puts it on
	 * the waiting list. A granted offer whose type is a decision gets a decision letter.
	 */
	public OfferId open(CitizenId citizen, NewOffer request) {
		var facts = citizens.open(citizen, "offer-change");
		var staff = organisation.signedIn();
		var today = LocalDate.now(clock);
		var terms = terms(facts, request, today);
		var typeRule = rules.typeRule(terms.type(), terms.start());
		var decision = typeRule.map(OfferTypeRule::decisionRequired).orElse(false);
		if (decision && terms.plannedEnd() == null) {
			throw new RuleViolation("plannedEnd", "plan.offer.plannedEndRequired");
		}
		var reason = decision ? PlanText.required("reason", request.reason(), 1000)
				: PlanText.optional("reason", request.reason(), 1000);
		var applied = checkInitial(terms, facts, terms.start(), terms.plannedEnd());
		var waiting = terms.project() != null && (catalogue.waitingCount(terms.project()) > 0
				|| catalogue.full(terms.project(), terms.start(), terms.plannedEnd()));
		var offer = Offer.open(citizen, facts.history().municipalityCode(), facts.history().unit(),
				facts.history().targetGroup(), withPurpose(terms, reason), waiting, staff.username(), clock.instant());
		if (!waiting && offer.startDue(today)) {
			offer.markStarted();
		}
		offers.save(offer);
		if (!waiting && decision) {
			grantLetter(facts, offer, reason, typeRule.orElseThrow(), applied);
		}
		return offer.id();
	}

	/** Refuses a request for an offer (afslag), with a decision letter when the type is a decision. */
	public OfferId refuse(CitizenId citizen, @Nullable OfferType type, @Nullable ProviderKind providerKind,
			@Nullable String providerName, @Nullable String reason) {
		var facts = citizens.open(citizen, "offer-change");
		var staff = organisation.signedIn();
		if (type == null) {
			throw new RuleViolation("type", "plan.text.required");
		}
		var why = PlanText.required("reason", reason, 1000);
		var today = LocalDate.now(clock);
		var provider = PlanText.optional("providerName", providerName, 150);
		var offer = Offer.refused(citizen, facts.history().municipalityCode(), facts.history().unit(),
				facts.history().targetGroup(), type, providerKind == null ? ProviderKind.COMPANY : providerKind,
				provider == null ? "" : provider, today, why, staff.username(), clock.instant());
		offers.save(offer);
		var typeRule = rules.typeRule(type, today);
		if (typeRule.map(OfferTypeRule::decisionRequired).orElse(false)) {
			letters.decide(facts, staff, new DecisionLetters.Content(DecisionKind.REFUSE_OFFER, offer,
					letters.text("plan.letter.subject.refuse", typeLower(type)),
					List.of(letters.text("plan.letter.refuse", typeLower(type))), why,
					typeRule.get().legalBasis(DecisionLetters.DANISH), List.of()));
		}
		return offer.id();
	}

	/** Grants a waiting offer when a place is free in every week of the period. */
	public void grantWaiting(OfferId id, @Nullable LocalDate start, @Nullable LocalDate plannedEnd,
			@Nullable String reason, @Nullable Integer version) {
		var offer = find(id);
		var facts = citizens.open(offer.citizen(), "offer-change");
		offer.expectVersion(version);
		if (offer.status() != OfferStatus.WAITING) {
			throw new RuleViolation("status", "plan.offer.notWaiting");
		}
		var first = start == null ? offer.startDate() : start;
		var last = plannedEnd == null ? offer.plannedEnd() : plannedEnd;
		var today = LocalDate.now(clock);
		checkStart(first, today);
		var typeRule = rules.typeRule(offer.type(), first);
		var decision = typeRule.map(OfferTypeRule::decisionRequired).orElse(false);
		if (decision && last == null) {
			throw new RuleViolation("plannedEnd", "plan.offer.plannedEndRequired");
		}
		var why = decision ? PlanText.required("reason", reason, 1000) : PlanText.optional("reason", reason, 1000);
		var terms = new Offer.Terms(offer.type(), offer.providerKind(), offer.providerName(), offer.providerCvr(),
				offer.project(), first, last, offer.hoursPerWeek(), why);
		var applied = checkInitial(terms, facts, first, last);
		if (offer.project() != null && catalogue.full(offer.project(), first, last)) {
			throw new RuleViolation("startDate", "plan.offer.projectFull");
		}
		offer.grantFromWaitingList(first, last, organisation.signedIn().username(), clock.instant());
		if (offer.startDue(today)) {
			offer.markStarted();
		}
		offers.save(offer);
		if (decision) {
			grantLetter(facts, offer, why == null ? "" : why, typeRule.orElseThrow(), applied);
		}
	}

	/** Extends a running offer within the duration rules; a decision when the type is one. */
	public void extend(OfferId id, @Nullable LocalDate newEnd, boolean specialNeed, @Nullable String reason,
			@Nullable Integer version) {
		var offer = find(id);
		var facts = citizens.open(offer.citizen(), "offer-change");
		offer.expectVersion(version);
		if (newEnd == null) {
			throw new RuleViolation("plannedEnd", "plan.text.required");
		}
		var why = PlanText.required("reason", reason, 1000);
		var locale = LocaleContextHolder.getLocale();
		var current = offer.plannedEnd();
		if (offer.status() != OfferStatus.GRANTED || current == null) {
			throw new RuleViolation("plannedEnd", "plan.offer.notRunning");
		}
		var applied = rules.durationRules(offer.type(), offer.targetGroup(), offer.project(), offer.startDate());
		for (var rule : applied) {
			rule.checkExtension(offer.startDate(), current, newEnd, specialNeed, locale);
		}
		offer.extend(newEnd, specialNeed, why, organisation.signedIn().username(), clock.instant());
		offers.save(offer);
		var typeRule = rules.typeRule(offer.type(), offer.startDate());
		if (typeRule.map(OfferTypeRule::decisionRequired).orElse(false)) {
			letters.decide(facts, organisation.signedIn(), new DecisionLetters.Content(DecisionKind.EXTEND_OFFER, offer,
					letters.text("plan.letter.subject.extend", typeLower(offer.type())),
					List.of(letters.text("plan.letter.extend", typeLower(offer.type()), offer.providerName(),
							DAY.format(newEnd), DAY.format(current))),
					why, typeRule.get().legalBasis(DecisionLetters.DANISH),
					applied.stream().map(rule -> rule.name(DecisionLetters.DANISH)).toList()));
		}
	}

	/** Ends a granted offer with its last day and result; a decision when the type is one. */
	public void end(OfferId id, @Nullable LocalDate lastDay, @Nullable OfferResult result, @Nullable String reason,
			@Nullable Integer version) {
		var offer = find(id);
		var facts = citizens.open(offer.citizen(), "offer-change");
		offer.expectVersion(version);
		if (lastDay == null) {
			throw new RuleViolation("lastDay", "plan.text.required");
		}
		if (result == null) {
			throw new RuleViolation("result", "plan.text.required");
		}
		if (lastDay.isAfter(LocalDate.now(clock).plus(properties.latestStartAhead()))) {
			throw new RuleViolation("lastDay", "plan.offer.lastDayTooLate");
		}
		var why = PlanText.required("reason", reason, 1000);
		offer.end(lastDay, result, why, organisation.signedIn().username(), clock.instant());
		offers.save(offer);
		var typeRule = rules.typeRule(offer.type(), offer.startDate());
		if (typeRule.map(OfferTypeRule::decisionRequired).orElse(false)) {
			letters.decide(facts, organisation.signedIn(), new DecisionLetters.Content(DecisionKind.END_OFFER, offer,
					letters.text("plan.letter.subject.end", typeLower(offer.type())),
					List.of(letters.text("plan.letter.end", typeLower(offer.type()), offer.providerName(),
							DAY.format(lastDay)), letters.text("plan.letter.result", letters.text("plan.result." + result.name()))),
					why, typeRule.get().legalBasis(DecisionLetters.DANISH), List.of()));
		}
	}

	/** Takes a waiting offer off the waiting list (no decision: nothing was granted). */
	public void cancel(OfferId id, @Nullable String reason, @Nullable Integer version) {
		var offer = find(id);
		citizens.open(offer.citizen(), "offer-change");
		offer.expectVersion(version);
		offer.cancel(PlanText.required("reason", reason, 1000), organisation.signedIn().username(), clock.instant());
		offers.save(offer);
	}

	/** Publishes {@code OfferStarted} for granted offers whose start day has come; the daily run and tests call it. */
	public int publishStartsDue(LocalDate day) {
		var due = offers.findStartsDue(day);
		due.forEach(offer -> {
			offer.markStarted();
			offers.save(offer);
		});
		return due.size();
	}

	Offer find(OfferId id) {
		return offers.findById(id.value()).orElseThrow(() -> new NotFound("plan.offer.notFound"));
	}

	private Offer.Terms terms(CitizenFacts facts, NewOffer request, LocalDate today) {
		if (request.startDate() == null) {
			throw new RuleViolation("startDate", "plan.text.required");
		}
		checkStart(request.startDate(), today);
		if (request.plannedEnd() != null && request.plannedEnd().isBefore(request.startDate())) {
			throw new RuleViolation("plannedEnd", "plan.offer.endBeforeStart", request.startDate());
		}
		if (request.project() != null) {
			var project = catalogue.anyProject(request.project())
				.filter(p -> p.municipalityCode() == facts.history().municipalityCode() && p.active())
				.orElseThrow(() -> new RuleViolation("project", "plan.offer.unknownProject"));
			return new Offer.Terms(project.offerType(), project.providerKind(), project.name(), null, project.id(),
					request.startDate(), request.plannedEnd(), hours(project.offerType(), request.hoursPerWeek()), null);
		}
		if (request.type() == null) {
			throw new RuleViolation("type", "plan.text.required");
		}
		if (request.providerKind() == null) {
			throw new RuleViolation("providerKind", "plan.text.required");
		}
		var cvr = PlanText.optional("providerCvr", request.providerCvr(), 8);
		if (cvr != null && !validCvr(cvr)) {
			throw new RuleViolation("providerCvr", "plan.offer.cvr");
		}
		return new Offer.Terms(request.type(), request.providerKind(),
				PlanText.required("providerName", request.providerName(), 150), cvr, null, request.startDate(),
				request.plannedEnd(), hours(request.type(), request.hoursPerWeek()), null);
	}

	private void checkStart(LocalDate start, LocalDate today) {
		if (start.isBefore(today.minus(properties.earliestStartBack()))) {
			throw new RuleViolation("startDate", "plan.offer.startTooEarly", today.minus(properties.earliestStartBack()));
		}
		if (start.isAfter(today.plus(properties.latestStartAhead()))) {
			throw new RuleViolation("startDate", "plan.offer.startTooLate", today.plus(properties.latestStartAhead()));
		}
	}

	private static @Nullable Integer hours(OfferType type, @Nullable Integer hours) {
		if (type == OfferType.ORDINAERE_TIMER && hours == null) {
			throw new RuleViolation("hoursPerWeek", "plan.offer.hoursRequired");
		}
		if (hours != null && (hours < 1 || hours > 37)) {
			throw new RuleViolation("hoursPerWeek", "plan.offer.hours");
		}
		return hours;
	}

	/** Checks every duration rule for the first grant; answers the rules that applied. */
	private List<DurationRule> checkInitial(Offer.Terms terms, CitizenFacts facts, LocalDate start,
			@Nullable LocalDate end) {
		var applied = rules.durationRules(terms.type(), facts.history().targetGroup(), terms.project(), start);
		if (end != null) {
			var locale = LocaleContextHolder.getLocale();
			applied.forEach(rule -> rule.checkInitial(start, end, locale));
		}
		return applied;
	}

	private void grantLetter(CitizenFacts facts, Offer offer, String reason, OfferTypeRule typeRule,
			List<DurationRule> applied) {
		var lines = new ArrayList<String>();
		var type = typeLower(offer.type());
		lines.add(offer.plannedEnd() == null
				? letters.text("plan.letter.grantOpen", type, offer.providerName(), DAY.format(offer.startDate()))
				: letters.text("plan.letter.grant", type, offer.providerName(), DAY.format(offer.startDate()),
						DAY.format(offer.plannedEnd())));
		if (offer.hoursPerWeek() != null) {
			lines.add(letters.text("plan.letter.hours", offer.hoursPerWeek()));
		}
		letters.decide(facts, organisation.signedIn(), new DecisionLetters.Content(DecisionKind.GRANT_OFFER, offer,
				letters.text("plan.letter.subject.grant", type), lines, reason,
				typeRule.legalBasis(DecisionLetters.DANISH),
				applied.stream().map(rule -> rule.name(DecisionLetters.DANISH)).toList()));
	}

	private String typeLower(OfferType type) {
		return letters.text("plan.offerTypeLower." + type.name());
	}

	private static Offer.Terms withPurpose(Offer.Terms terms, @Nullable String purpose) {
		return new Offer.Terms(terms.type(), terms.providerKind(), terms.providerName(), terms.providerCvr(),
				terms.project(), terms.start(), terms.plannedEnd(), terms.hoursPerWeek(), purpose);
	}

	/** CVR: 8 digits, weights 2, 7, 6, 5, 4, 3, 2, 1, sum divisible by 11. */
	static boolean validCvr(String cvr) {
		if (!cvr.matches("[0-9]{8}") || cvr.charAt(0) == '0') {
			return false;
		}
		int[] weights = { 2, 7, 6, 5, 4, 3, 2, 1 };
		var sum = 0;
		for (var i = 0; i < 8; i++) {
			sum += weights[i] * (cvr.charAt(i) - '0');
		}
		return sum % 11 == 0;
	}

}
