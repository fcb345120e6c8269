package dk.jobvej.security;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dk.jobvej.identity.Role;

import static dk.jobvej.identity.Role.ADMINISTRATOR;
import static dk.jobvej.identity.Role.AUDITOR;
import static dk.jobvej.identity.Role.CASEWORKER;
import static dk.jobvej.identity.Role.COMPANY_CONSULTANT;
import static dk.jobvej.identity.Role.MENTOR;
import static dk.jobvej.identity.Role.NETWORK_PARTNER;
import static dk.jobvej.identity.Role.PARTNER;
import static dk.jobvej.identity.Role.TEAM_LEADER;

/**
 * The specification of who may call what: for every endpoint (HTTP method and path template as
 * Spring MVC registers it, path-variable patterns left out) the roles that may call it. Every
 * other role is refused with 403. Citizens' data is for the roles that work with citizens
 * (rådgiver, virksomhedskonsulent, mentor, leder); the unit's worklist and the break-the-glass
 * review are for the team leader; staff and units for the administrator; the audit trail for the
 * auditor; the list of units for every member of staff; Min side for citizens only.
 *
 * <p>Each rule also names the request body an allowed caller sends: valid data about the unit,
 * staff and citizen the test made, so that an allowed request reaches the real access checks and
 * a refused one is refused for its role and not for its body.
 */
final class AuthorisationMatrix {

	static final Set<Role> WORK_WITH_CITIZENS = Collections
		.unmodifiableSet(EnumSet.of(CASEWORKER, COMPANY_CONSULTANT, MENTOR, TEAM_LEADER));

	static final Set<Role> DECIDE = Collections.unmodifiableSet(EnumSet.of(CASEWORKER, TEAM_LEADER));

	static final Set<Role> LEADER = Collections.unmodifiableSet(EnumSet.of(TEAM_LEADER));

	static final Set<Role> ADMINISTRATION = Collections.unmodifiableSet(EnumSet.of(ADMINISTRATOR));

	static final Set<Role> AUDIT = Collections.unmodifiableSet(EnumSet.of(AUDITOR));

	static final Set<Role> ANY_STAFF = Collections.unmodifiableSet(EnumSet.allOf(Role.class));

	/** The results (aggregates only): leaders and administrators. */
	static final Set<Role> RESULTS = Collections.unmodifiableSet(EnumSet.of(TEAM_LEADER, ADMINISTRATOR));
	/** The occupation taxonomy: everyone who works with citizens or companies, and the administrator. */
	static final Set<Role> TAXONOMY = Collections
		.unmodifiableSet(EnumSet.of(CASEWORKER, COMPANY_CONSULTANT, MENTOR, TEAM_LEADER, ADMINISTRATOR));

	/** Companies and vacancies: read by everyone who works with citizens. */
	static final Set<Role> READ_COMPANIES = WORK_WITH_CITIZENS;

	/** Company consultants own companies, visits, vacancies, job carving and the follow-up after hiring. */
	static final Set<Role> CONSULTANT = Collections.unmodifiableSet(EnumSet.of(COMPANY_CONSULTANT));

	/** Placements are started and ended by consultants and caseworkers. */
	static final Set<Role> PLACE = Collections.unmodifiableSet(EnumSet.of(CASEWORKER, COMPANY_CONSULTANT));

	/** Leaders and administrators: the free-municipality report, population figures. */
	static final Set<Role> LEADER_OR_ADMINISTRATOR = Collections.unmodifiableSet(EnumSet.of(TEAM_LEADER, ADMINISTRATOR));

	/** Programmes: leaders and administrators define, select, draw and read the figures. */
	static final Set<Role> PLANNERS = Collections.unmodifiableSet(EnumSet.of(TEAM_LEADER, ADMINISTRATOR));

	/** A programme's draw may also be verified by the auditor. */
	static final Set<Role> VERIFY = Collections.unmodifiableSet(EnumSet.of(TEAM_LEADER, ADMINISTRATOR, AUDITOR));

	/** The list of programmes: everyone who works with citizens, and administrators. */
	static final Set<Role> PROGRAMME_LIST = Collections
		.unmodifiableSet(EnumSet.of(CASEWORKER, COMPANY_CONSULTANT, MENTOR, TEAM_LEADER, ADMINISTRATOR));

	/** Min side is the citizens' own: every member of staff is refused. */
	static final Set<Role> CITIZENS_ONLY = Collections.unmodifiableSet(EnumSet.noneOf(Role.class));

	/**
	 * Endpoints open to anyone, signed in or not (every role may call them too): the survey's
	 * answering page and answer API, where a one-time code is the only credential.
	 */
	static final Set<String> PUBLIC = Set.of("GET /svar", "POST /svar", "GET /svar/{code}", "POST /svar/{code}",
			"POST /api/v1/survey/answers");
	/** The employer portal is the companies' own door: every member of staff is refused. */
	static final Set<Role> EMPLOYERS_ONLY = CITIZENS_ONLY;

	/** The small-jobs bureau's staff (partner): the bureau's work, only its own referrals. */
	static final Set<Role> BUREAU = Collections.unmodifiableSet(EnumSet.of(PARTNER));

	/** The bureaus of the municipality: read by those who refer and by the administrator. */
	static final Set<Role> BUREAU_LIST = Collections.unmodifiableSet(EnumSet.of(CASEWORKER, TEAM_LEADER, ADMINISTRATOR));

	/** The settlement of payment by results and the goal: the bureau and the leaders. */
	static final Set<Role> BUREAU_AND_LEADER = Collections.unmodifiableSet(EnumSet.of(PARTNER, TEAM_LEADER));

	/** The match network: its partners' staff and the jobcenter's company consultants. */
	static final Set<Role> NETWORK = Collections.unmodifiableSet(EnumSet.of(NETWORK_PARTNER, COMPANY_CONSULTANT));

	static final List<Rule> RULES = List.of(
			// identity: units (read by all staff, changed by the administrator)
			rule("GET /api/v1/units", ANY_STAFF), //
			rule("GET /api/v1/units/{id}", ANY_STAFF), //
			rule("POST /api/v1/units", ADMINISTRATION, MatrixData::newUnit), //
			rule("PUT /api/v1/units/{id}", ADMINISTRATION, MatrixData::unitChange), //
			// identity: staff
			rule("GET /api/v1/staff", ADMINISTRATION), //
			rule("GET /api/v1/staff/{id}", ADMINISTRATION), //
			rule("POST /api/v1/staff", ADMINISTRATION, MatrixData::newStaff), //
			rule("PUT /api/v1/staff/{id}", ADMINISTRATION, MatrixData::staffChange), //
			rule("POST /api/v1/staff/{id}/deactivate", ADMINISTRATION), //
			rule("POST /api/v1/staff/{id}/activate", ADMINISTRATION), //
			rule("POST /api/v1/staff/{id}/unlock", ADMINISTRATION), //
			rule("POST /api/v1/staff/{id}/password", ADMINISTRATION, MatrixData::password), //
			// citizen
			rule("POST /api/v1/citizens", DECIDE, MatrixData::newCitizen), //
			rule("GET /api/v1/citizens/mine", WORK_WITH_CITIZENS), //
			rule("GET /api/v1/citizens/unit", LEADER), //
			rule("POST /api/v1/citizens/search", WORK_WITH_CITIZENS, MatrixData::search), //
			rule("GET /api/v1/citizens/{id}", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/citizens/{id}/cpr-reveal", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/citizens/{id}/benefit-periods", DECIDE, MatrixData::benefit), //
			rule("POST /api/v1/citizens/{id}/benefit-periods/{periodId}/end", DECIDE,
					MatrixData::endBenefit), //
			rule("POST /api/v1/citizens/{id}/visitation", DECIDE, MatrixData::visitation), //
			rule("POST /api/v1/citizens/{id}/assignment", DECIDE, MatrixData::assignment), //
			rule("GET /api/v1/citizens/{id}/journal", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/citizens/{id}/journal", WORK_WITH_CITIZENS, MatrixData::note), //
			rule("POST /api/v1/citizens/{id}/access", WORK_WITH_CITIZENS, MatrixData::reason), //
			rule("GET /api/v1/access-grants", LEADER), //
			// contact course: caseworkers and leaders decide; mentors and company consultants read
			rule("POST /api/v1/conversations", DECIDE, MatrixData::booking), //
			rule("POST /api/v1/conversations/unplanned", DECIDE, MatrixData::unplanned), //
			rule("GET /api/v1/conversations/{id}", WORK_WITH_CITIZENS), //
			rule("PUT /api/v1/conversations/{id}", DECIDE, MatrixData::change), //
			rule("POST /api/v1/conversations/{id}/held", DECIDE, MatrixData::held), //
			rule("POST /api/v1/conversations/{id}/cancellation", DECIDE, MatrixData::cancellation), //
			rule("POST /api/v1/conversations/{id}/no-show", DECIDE, MatrixData::noShow), //
			rule("POST /api/v1/conversations/{id}/jobs", DECIDE, MatrixData::jobs), //
			rule("GET /api/v1/contact-courses/{citizen}", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/contact-courses/{citizen}/absences", DECIDE, MatrixData::absence), //
			rule("POST /api/v1/contact-courses/{citizen}/absences/{absence}/end", DECIDE, MatrixData::endAbsence), //
			rule("PUT /api/v1/contact-courses/{citizen}/notification-address", DECIDE, MatrixData::email), //
			rule("GET /api/v1/tasks/mine", WORK_WITH_CITIZENS), //
			rule("GET /api/v1/tasks/team", LEADER), //
			rule("GET /api/v1/slots/mine", DECIDE), //
			rule("POST /api/v1/slots", DECIDE, MatrixData::slots), //
			rule("POST /api/v1/slots/{id}/withdrawal", DECIDE), //
			rule("GET /api/v1/booking-limits", DECIDE), //
			rule("PUT /api/v1/booking-limits", LEADER, MatrixData::limits), //
			rule("POST /api/v1/on-duty-reassignments", DECIDE, MatrixData::reassignment), //
			rule("GET /api/v1/availability-cases/{id}", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/availability-cases/{id}/response", DECIDE, MatrixData::response), //
			rule("POST /api/v1/availability-cases/{id}/decision", DECIDE, MatrixData::decision), //
			rule("GET /api/v1/calendar.ics", DECIDE), //
			rule("GET /api/v1/conversation-statistics", LEADER), //
			rule("GET /api/v1/missed-conversations", LEADER), //
			rule("GET /api/v1/cadence-rules", ANY_STAFF), //
			rule("GET /api/v1/cadence-variants", ADMINISTRATION), //
			rule("POST /api/v1/cadence-variants", ADMINISTRATION, MatrixData::variant), //
			// occupation taxonomy
			rule("GET /api/v1/occupations", TAXONOMY), //
			rule("GET /api/v1/occupations/{code}", TAXONOMY), //
			// employer: companies, vacancies, placements, follow-up, targets
			rule("POST /api/v1/companies", CONSULTANT, MatrixData::newCompany), //
			rule("GET /api/v1/companies", READ_COMPANIES), //
			rule("GET /api/v1/companies/{id}", READ_COMPANIES), //
			rule("POST /api/v1/companies/{id}/workplaces", CONSULTANT, MatrixData::workplace), //
			rule("POST /api/v1/companies/{id}/contacts", CONSULTANT, MatrixData::contact), //
			rule("POST /api/v1/companies/{id}/visits", CONSULTANT, MatrixData::visit), //
			rule("POST /api/v1/companies/{id}/vacancies", CONSULTANT, MatrixData::vacancy), //
			rule("POST /api/v1/companies/{id}/portal-users", CONSULTANT, MatrixData::portalUser), //
			rule("GET /api/v1/vacancies", READ_COMPANIES), //
			rule("GET /api/v1/vacancies/{id}", READ_COMPANIES), //
			rule("POST /api/v1/vacancies/{id}/tasks", CONSULTANT, MatrixData::tasks), //
			// matching
			rule("GET /api/v1/matching/vacancies/{id}/candidates", READ_COMPANIES), //
			rule("GET /api/v1/matching/citizens/{id}/vacancies", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/matching/candidate-search", WORK_WITH_CITIZENS, MatrixData::candidateSearch), //
			rule("POST /api/v1/matching/matches", CONSULTANT, MatrixData::propose), //
			rule("GET /api/v1/matching/matches/{id}", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/matching/matches/{id}/status", CONSULTANT, MatrixData::moveMatch), //
			rule("POST /api/v1/vacancies/{id}/close", CONSULTANT, MatrixData::closeVacancy), //
			rule("POST /api/v1/placements", PLACE, MatrixData::placement), //
			rule("GET /api/v1/placements/{id}", READ_COMPANIES), //
			rule("POST /api/v1/placements/{id}/end", PLACE, MatrixData::endPlacement), //
			rule("POST /api/v1/placements/{id}/follow-ups", CONSULTANT, MatrixData::followUp), //
			rule("GET /api/v1/follow-ups/due", CONSULTANT), //
			// small jobs
			rule("POST /api/v1/small-jobs/bureaus", ADMINISTRATION, MatrixData::newBureau), //
			rule("GET /api/v1/small-jobs/bureaus", BUREAU_LIST), //
			rule("POST /api/v1/small-jobs/bureaus/{id}/result-rules", ADMINISTRATION, MatrixData::resultRule), //
			rule("GET /api/v1/small-jobs/bureaus/{id}/settlements/{month}", BUREAU_AND_LEADER), //
			rule("GET /api/v1/small-jobs/bureaus/{id}/settlements/{month}/export", BUREAU_AND_LEADER), //
			rule("POST /api/v1/small-jobs/referrals", DECIDE, MatrixData::refer), //
			rule("GET /api/v1/small-jobs/referrals", BUREAU), //
			rule("GET /api/v1/small-jobs/referrals/{id}", BUREAU), //
			rule("POST /api/v1/small-jobs/referrals/{id}/maturing", BUREAU, MatrixData::maturing), //
			rule("POST /api/v1/small-jobs/referrals/{id}/employments", BUREAU, MatrixData::employ), //
			rule("POST /api/v1/small-jobs/referrals/{id}/return", BUREAU, MatrixData::giveBack), //
			rule("POST /api/v1/small-jobs/employments/{id}/hours", BUREAU, MatrixData::hours), //
			rule("POST /api/v1/small-jobs/employments/{id}/end", BUREAU, MatrixData::endSmallJob), //
			rule("GET /api/v1/small-jobs/tasks", BUREAU), //
			rule("POST /api/v1/small-jobs/tasks/{id}/decision", BUREAU, MatrixData::taskDecision), //
			rule("POST /api/v1/small-jobs/invoices", BUREAU, MatrixData::invoiceMonth), //
			rule("GET /api/v1/small-jobs/invoices", BUREAU), //
			rule("GET /api/v1/small-jobs/invoices/{id}/document", BUREAU), //
			rule("GET /api/v1/small-jobs/goal", BUREAU_AND_LEADER), //
			// network (Vækst Via Viden)
			rule("POST /api/v1/network/networks", ADMINISTRATION, MatrixData::newNetwork), //
			rule("POST /api/v1/network/networks/{id}/partners", ADMINISTRATION, MatrixData::newPartner), //
			rule("GET /api/v1/network/networks/{id}/dashboard", NETWORK), //
			rule("GET /api/v1/network/networks/{id}/openings", NETWORK), //
			rule("POST /api/v1/network/networks/{id}/openings", NETWORK, MatrixData::opening), //
			rule("POST /api/v1/network/openings/{id}/take", NETWORK), //
			rule("POST /api/v1/network/openings/{id}/pass", NETWORK), //
			rule("POST /api/v1/network/openings/{id}/matches", NETWORK, MatrixData::networkMatch), //
			rule("GET /api/v1/network/networks/{id}/candidates", NETWORK), //
			rule("POST /api/v1/network/networks/{id}/candidates", NETWORK, MatrixData::networkCandidate), //
			rule("GET /api/v1/network/candidates/{id}", NETWORK), //
			// audit
			rule("GET /api/v1/audit/entries", AUDIT), //
			rule("POST /api/v1/audit/verification", AUDIT), //
			// pages: citizen
			rule("GET /borgere", WORK_WITH_CITIZENS), //
			rule("POST /borgere/soeg", WORK_WITH_CITIZENS, MatrixData::search), //
			rule("GET /borgere/ny", DECIDE), //
			rule("POST /borgere/ny", DECIDE, MatrixData::newCitizen), //
			rule("GET /borgere/{id}", WORK_WITH_CITIZENS), //
			rule("POST /borgere/{id}/cpr", WORK_WITH_CITIZENS), //
			rule("POST /borgere/{id}/ydelser", DECIDE, MatrixData::benefit), //
			rule("POST /borgere/{id}/ydelser/{periodId}/afslut", DECIDE, MatrixData::endBenefit), //
			rule("POST /borgere/{id}/visitation", DECIDE, MatrixData::visitation), //
			rule("POST /borgere/{id}/tildeling", DECIDE, MatrixData::assignment), //
			rule("GET /borgere/kontaktpersoner", DECIDE), //
			rule("POST /borgere/{id}/journal", WORK_WITH_CITIZENS, MatrixData::note), //
			rule("POST /borgere/{id}/adgang", WORK_WITH_CITIZENS, MatrixData::reason), //
			rule("GET /borgere/adgang", LEADER), //
			// pages: contact course
			rule("GET /opgaver", WORK_WITH_CITIZENS), //
			rule("GET /samtaler", WORK_WITH_CITIZENS), //
			rule("GET /samtaler/{id}", WORK_WITH_CITIZENS), //
			rule("POST /samtaler/{id}", DECIDE, MatrixData::change), //
			rule("POST /samtaler/{id}/afholdt", DECIDE, MatrixData::held), //
			rule("POST /samtaler/{id}/aflyst", DECIDE, MatrixData::cancellation), //
			rule("POST /samtaler/{id}/udeblevet", DECIDE, MatrixData::noShow), //
			rule("POST /samtaler/{id}/job", DECIDE, MatrixData::jobRow), //
			rule("GET /samtaler/borger/{citizen}", WORK_WITH_CITIZENS), //
			rule("POST /samtaler/borger/{citizen}", DECIDE, MatrixData::booking), //
			rule("POST /samtaler/borger/{citizen}/uplanlagt", DECIDE, MatrixData::unplannedForm), //
			rule("POST /samtaler/borger/{citizen}/fravaer", DECIDE, MatrixData::absence), //
			rule("POST /samtaler/borger/{citizen}/email", DECIDE, MatrixData::email), //
			rule("GET /samtaler/kalender.ics", DECIDE), //
			rule("GET /samtaler/tider", DECIDE), //
			rule("POST /samtaler/tider", DECIDE, MatrixData::slots), //
			rule("POST /samtaler/tider/{slot}/tilbagetraek", DECIDE), //
			rule("POST /samtaler/tider/graenser", LEADER, MatrixData::limits), //
			rule("GET /samtaler/vagtordning", DECIDE), //
			rule("POST /samtaler/vagtordning", DECIDE, MatrixData::reassignment), //
			rule("GET /samtaler/statistik", LEADER), //
			rule("GET /samtaler/manglende", LEADER), //
			rule("GET /raadighed/{id}", WORK_WITH_CITIZENS), //
			rule("POST /raadighed/{id}/svar", DECIDE, MatrixData::response), //
			rule("POST /raadighed/{id}/afgoerelse", DECIDE, MatrixData::decision), //
			rule("GET /raadighed/{id}/partshoering", WORK_WITH_CITIZENS), //
			rule("GET /raadighed/{id}/afgoerelsesbrev", WORK_WITH_CITIZENS), //
			rule("GET /raadighed/{id}/partshoering.pdf", WORK_WITH_CITIZENS), //
			rule("GET /raadighed/{id}/afgoerelsesbrev.pdf", WORK_WITH_CITIZENS), //
			// pages: Min side (citizens)
			rule("GET /min-side", CITIZENS_ONLY), //
			rule("GET /min-side/samtaler", CITIZENS_ONLY), //
			rule("POST /min-side/samtaler/book", CITIZENS_ONLY, MatrixData::slotChoice), //
			rule("POST /min-side/samtaler/{id}/flyt", CITIZENS_ONLY, MatrixData::slotChoice), //
			rule("POST /min-side/samtaler/email", CITIZENS_ONLY, MatrixData::email), //
			rule("GET /min-side/samtaler/{id}/kalender.ics", CITIZENS_ONLY), //
			// cv: the CV is no decision, every role that works with citizens edits it; leaders see the unit's worklist
			rule("GET /api/v1/citizens/{id}/cv", WORK_WITH_CITIZENS), //
			rule("GET /api/v1/citizens/{id}/cv/pdf", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/citizens/{id}/cv/educations", WORK_WITH_CITIZENS, MatrixData::cvEducation), //
			rule("DELETE /api/v1/citizens/{id}/cv/educations/{entry}", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/citizens/{id}/cv/experiences", WORK_WITH_CITIZENS, MatrixData::cvExperience), //
			rule("DELETE /api/v1/citizens/{id}/cv/experiences/{entry}", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/citizens/{id}/cv/skills", WORK_WITH_CITIZENS, MatrixData::cvSkill), //
			rule("DELETE /api/v1/citizens/{id}/cv/skills/{entry}", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/citizens/{id}/cv/languages", WORK_WITH_CITIZENS, MatrixData::cvLanguage), //
			rule("DELETE /api/v1/citizens/{id}/cv/languages/{entry}", WORK_WITH_CITIZENS), //
			rule("PUT /api/v1/citizens/{id}/cv/driving-licences", WORK_WITH_CITIZENS, MatrixData::cvLicences), //
			rule("PUT /api/v1/citizens/{id}/cv/wishes", WORK_WITH_CITIZENS, MatrixData::cvWishes), //
			rule("POST /api/v1/citizens/{id}/cv/job-goals", WORK_WITH_CITIZENS, MatrixData::cvJobGoal), //
			rule("DELETE /api/v1/citizens/{id}/cv/job-goals/{entry}", WORK_WITH_CITIZENS), //
			rule("PUT /api/v1/citizens/{id}/cv/profile", WORK_WITH_CITIZENS, MatrixData::cvProfile), //
			rule("GET /api/v1/cv/worklist/mine", WORK_WITH_CITIZENS), //
			rule("GET /api/v1/cv/worklist/unit", LEADER), //
			// plan: decisions about offers and the plan's goals are the caseworker's and the leader's; mentors and
			// company consultants read, record agreements, point to self-help and measure progression
			rule("GET /api/v1/citizens/{id}/plan", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/citizens/{id}/plan/end-goal", DECIDE, MatrixData::endGoal), //
			rule("POST /api/v1/citizens/{id}/plan/sub-goals", DECIDE, MatrixData::subGoal), //
			rule("POST /api/v1/citizens/{id}/plan/goals/{goal}/close", DECIDE, MatrixData::closeGoal), //
			rule("POST /api/v1/citizens/{id}/plan/agreements", WORK_WITH_CITIZENS, MatrixData::agreement), //
			rule("POST /api/v1/citizens/{id}/plan/help-pointers", WORK_WITH_CITIZENS, MatrixData::pointer), //
			rule("GET /api/v1/citizens/{id}/progression", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/citizens/{id}/progression", WORK_WITH_CITIZENS, MatrixData::measure), //
			rule("GET /api/v1/help-items", WORK_WITH_CITIZENS), //
			rule("GET /api/v1/citizens/{id}/offers", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/citizens/{id}/offers", DECIDE, MatrixData::offer), //
			rule("POST /api/v1/citizens/{id}/offers/refusals", DECIDE, MatrixData::refusal), //
			rule("GET /api/v1/offers/{offer}", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/offers/{offer}/extension", DECIDE, MatrixData::extension), //
			rule("POST /api/v1/offers/{offer}/end", DECIDE, MatrixData::endOffer), //
			rule("POST /api/v1/offers/{offer}/grant", DECIDE, MatrixData::reasonOnly), //
			rule("POST /api/v1/offers/{offer}/cancellation", DECIDE, MatrixData::reasonOnly), //
			rule("GET /api/v1/citizens/{id}/decisions", WORK_WITH_CITIZENS), //
			rule("GET /api/v1/decisions/{decision}/letter", WORK_WITH_CITIZENS), //
			rule("GET /api/v1/catalogue/projects", ANY_STAFF), //
			rule("GET /api/v1/catalogue/projects/{project}", ANY_STAFF), //
			rule("POST /api/v1/catalogue/projects", ADMINISTRATION, MatrixData::newProject), //
			rule("PUT /api/v1/catalogue/projects/{project}", ADMINISTRATION, MatrixData::projectChange), //
			rule("GET /api/v1/catalogue/occupancy", LEADER), //
			rule("GET /api/v1/catalogue/projects/{project}/waiting-list", LEADER), //
			rule("GET /api/v1/targets/company-oriented", LEADER), //
			// pages: cv
			rule("GET /borgere/{id}/cv", WORK_WITH_CITIZENS), //
			rule("GET /borgere/{id}/cv/pdf", WORK_WITH_CITIZENS), //
			rule("POST /borgere/{id}/cv/uddannelse", WORK_WITH_CITIZENS, MatrixData::cvEducation), //
			rule("POST /borgere/{id}/cv/uddannelse/{entry}/fjern", WORK_WITH_CITIZENS), //
			rule("POST /borgere/{id}/cv/erfaring", WORK_WITH_CITIZENS, MatrixData::cvExperience), //
			rule("POST /borgere/{id}/cv/erfaring/{entry}/fjern", WORK_WITH_CITIZENS), //
			rule("POST /borgere/{id}/cv/kompetencer", WORK_WITH_CITIZENS, MatrixData::cvSkill), //
			rule("POST /borgere/{id}/cv/kompetencer/{entry}/fjern", WORK_WITH_CITIZENS), //
			rule("POST /borgere/{id}/cv/sprog", WORK_WITH_CITIZENS, MatrixData::cvLanguage), //
			rule("POST /borgere/{id}/cv/sprog/{entry}/fjern", WORK_WITH_CITIZENS), //
			rule("POST /borgere/{id}/cv/koerekort", WORK_WITH_CITIZENS, MatrixData::cvLicences), //
			rule("POST /borgere/{id}/cv/oensker", WORK_WITH_CITIZENS, MatrixData::cvWishes), //
			rule("POST /borgere/{id}/cv/jobmaal", WORK_WITH_CITIZENS, MatrixData::cvJobGoal), //
			rule("POST /borgere/{id}/cv/jobmaal/{entry}/fjern", WORK_WITH_CITIZENS), //
			rule("POST /borgere/{id}/cv/profil", WORK_WITH_CITIZENS, MatrixData::cvProfile), //
			rule("GET /borgere/uden-cv", WORK_WITH_CITIZENS), //
			// pages: plan, offers, catalogue
			rule("GET /borgere/{id}/plan", WORK_WITH_CITIZENS), //
			rule("POST /borgere/{id}/plan/slutmaal", DECIDE, MatrixData::endGoal), //
			rule("POST /borgere/{id}/plan/delmaal", DECIDE, MatrixData::subGoal), //
			rule("POST /borgere/{id}/plan/maal/{goal}/luk", DECIDE, MatrixData::closeGoal), //
			rule("POST /borgere/{id}/plan/aftaler", WORK_WITH_CITIZENS, MatrixData::agreement), //
			rule("POST /borgere/{id}/plan/jobhjaelp", WORK_WITH_CITIZENS, MatrixData::pointer), //
			rule("POST /borgere/{id}/plan/maaling", WORK_WITH_CITIZENS, MatrixData::measure), //
			rule("GET /borgere/{id}/afgoerelser/{decision}", WORK_WITH_CITIZENS), //
			rule("GET /borgere/{id}/indsatser/ny", DECIDE), //
			rule("POST /borgere/{id}/indsatser", DECIDE, MatrixData::offer), //
			rule("POST /borgere/{id}/indsatser/afslag", DECIDE, MatrixData::refusal), //
			rule("GET /borgere/{id}/indsatser/{offer}", WORK_WITH_CITIZENS), //
			rule("POST /borgere/{id}/indsatser/{offer}/forlaeng", DECIDE, MatrixData::extension), //
			rule("POST /borgere/{id}/indsatser/{offer}/afslut", DECIDE, MatrixData::endOffer), //
			rule("POST /borgere/{id}/indsatser/{offer}/bevilg", DECIDE, MatrixData::reasonOnly), //
			rule("POST /borgere/{id}/indsatser/{offer}/annuller", DECIDE, MatrixData::reasonOnly), //
			rule("GET /tilbudsvifte", ANY_STAFF), //
			rule("GET /tilbudsvifte/{project}", ANY_STAFF), //
			rule("GET /tilbudsvifte/belaegning", LEADER), //
			rule("GET /maal/virksomhedsrettede-tilbud", LEADER), //
			// pages: Min side (CV, plan, self-help)
			rule("GET /min-side/cv", CITIZENS_ONLY), //
			rule("GET /min-side/cv/pdf", CITIZENS_ONLY), //
			rule("POST /min-side/cv/uddannelse", CITIZENS_ONLY, MatrixData::cvEducation), //
			rule("POST /min-side/cv/uddannelse/{entry}/fjern", CITIZENS_ONLY), //
			rule("POST /min-side/cv/erfaring", CITIZENS_ONLY, MatrixData::cvExperience), //
			rule("POST /min-side/cv/erfaring/{entry}/fjern", CITIZENS_ONLY), //
			rule("POST /min-side/cv/kompetencer", CITIZENS_ONLY, MatrixData::cvSkill), //
			rule("POST /min-side/cv/kompetencer/{entry}/fjern", CITIZENS_ONLY), //
			rule("POST /min-side/cv/sprog", CITIZENS_ONLY, MatrixData::cvLanguage), //
			rule("POST /min-side/cv/sprog/{entry}/fjern", CITIZENS_ONLY), //
			rule("POST /min-side/cv/koerekort", CITIZENS_ONLY, MatrixData::cvLicences), //
			rule("POST /min-side/cv/oensker", CITIZENS_ONLY, MatrixData::cvWishes), //
			rule("POST /min-side/cv/jobmaal", CITIZENS_ONLY, MatrixData::cvJobGoal), //
			rule("POST /min-side/cv/jobmaal/{entry}/fjern", CITIZENS_ONLY), //
			rule("POST /min-side/cv/profil", CITIZENS_ONLY, MatrixData::cvProfile), //
			rule("GET /min-side/plan", CITIZENS_ONLY), //
			rule("POST /min-side/plan/maaling", CITIZENS_ONLY, MatrixData::measure), //
			rule("GET /min-side/plan/afgoerelser/{decision}", CITIZENS_ONLY), //
			rule("GET /min-side/jobhjaelp", CITIZENS_ONLY), //
			rule("GET /min-side/jobhjaelp/{code}", CITIZENS_ONLY), //
			rule("POST /min-side/jobhjaelp/{code}", CITIZENS_ONLY, MatrixData::tick), //
			// pages: employer
			rule("GET /virksomheder", READ_COMPANIES), //
			rule("POST /virksomheder/soeg", READ_COMPANIES, MatrixData::companySearch), //
			rule("GET /virksomheder/ny", CONSULTANT), //
			rule("POST /virksomheder/ny", CONSULTANT, MatrixData::newCompany), //
			rule("GET /virksomheder/{id}", READ_COMPANIES), //
			rule("POST /virksomheder/{id}/p-numre", CONSULTANT, MatrixData::workplace), //
			rule("POST /virksomheder/{id}/kontaktpersoner", CONSULTANT, MatrixData::contact), //
			rule("POST /virksomheder/{id}/besoeg", CONSULTANT, MatrixData::visit), //
			rule("POST /virksomheder/{id}/portaladgang", CONSULTANT, MatrixData::portalUser), //
			rule("GET /virksomheder/{id}/stillinger/ny", CONSULTANT), //
			rule("POST /virksomheder/{id}/stillinger/ny", CONSULTANT, MatrixData::vacancy), //
			rule("GET /stillinger", READ_COMPANIES), //
			rule("GET /stillinger/{id}", READ_COMPANIES), //
			rule("POST /stillinger/{id}/opgaver", CONSULTANT, MatrixData::task), //
			rule("POST /stillinger/{id}/luk", CONSULTANT, MatrixData::closeVacancy), //
			rule("GET /opfoelgning", CONSULTANT), //
			rule("POST /opfoelgning/{id}", CONSULTANT, MatrixData::followUp), //
			rule("GET /placeringer/{id}", READ_COMPANIES), //
			// pages: matching
			rule("GET /matchning/stillinger/{id}", READ_COMPANIES), //
			rule("POST /matchning/stillinger/{id}/forslag", CONSULTANT, MatrixData::proposeForm), //
			rule("POST /matchning/match/{id}", CONSULTANT, MatrixData::moveMatch), //
			rule("GET /kandidatbank", WORK_WITH_CITIZENS), //
			rule("POST /kandidatbank/soeg", WORK_WITH_CITIZENS, MatrixData::candidateSearch), //
			rule("GET /borgere/{id}/jobforslag", WORK_WITH_CITIZENS), //
			rule("GET /virksomhedsportal/stillinger/{id}/kandidater", EMPLOYERS_ONLY), //
			rule("GET /min-side/kandidatbank", CITIZENS_ONLY), //
			rule("POST /min-side/kandidatbank", CITIZENS_ONLY, MatrixData::consent), //
			// pages: the employer portal (companies)
			rule("GET /virksomhedsportal", EMPLOYERS_ONLY), //
			rule("GET /virksomhedsportal/stillinger/ny", EMPLOYERS_ONLY), //
			rule("POST /virksomhedsportal/stillinger/ny", EMPLOYERS_ONLY, MatrixData::vacancy), //
			rule("GET /virksomhedsportal/stillinger/{id}", EMPLOYERS_ONLY), //
			// pages: small jobs (the public task form is open to anyone, see MvcEndpoints)
			rule("GET /smaajob/bureau", BUREAU), //
			rule("POST /smaajob/opgaver/{id}/bekraeft", BUREAU, MatrixData::decisionForm), //
			rule("GET /smaajob/henvisninger/{id}", BUREAU), //
			rule("POST /smaajob/ansaettelser/{id}/timer", BUREAU, MatrixData::hours), //
			rule("POST /smaajob/henvisninger/{id}/modning", BUREAU, MatrixData::maturing), //
			rule("POST /smaajob/henvisninger/{id}/ansaet", BUREAU, MatrixData::employ), //
			rule("POST /smaajob/ansaettelser/{id}/afslut", BUREAU, MatrixData::endSmallJob), //
			rule("POST /smaajob/fakturaer", BUREAU, MatrixData::invoiceMonth), //
			rule("GET /smaajob/fakturaer/{id}", BUREAU), //
			rule("GET /smaajob/maal", BUREAU_AND_LEADER), //
			rule("GET /smaajob/henvis/{id}", DECIDE), //
			rule("POST /smaajob/henvis/{id}", DECIDE, MatrixData::referForm), //
			// pages: network
			rule("GET /vaekst-via-viden", NETWORK), //
			rule("POST /vaekst-via-viden/aabninger/{id}/tag", NETWORK), //
			rule("GET /vaekst-via-viden/kandidater", NETWORK), //
			// pages: audit
			rule("GET /revision", AUDIT), //
			rule("POST /revision/verifikation", AUDIT), //
			// pages: administration
			rule("GET /admin/medarbejdere", ADMINISTRATION), //
			rule("GET /admin/medarbejdere/ny", ADMINISTRATION), //
			rule("POST /admin/medarbejdere/ny", ADMINISTRATION, MatrixData::newStaff), //
			rule("GET /admin/medarbejdere/{id}", ADMINISTRATION), //
			rule("POST /admin/medarbejdere/{id}", ADMINISTRATION, MatrixData::staffChange), //
			rule("POST /admin/medarbejdere/{id}/adgangskode", ADMINISTRATION, MatrixData::password), //
			rule("POST /admin/medarbejdere/{id}/deaktiver", ADMINISTRATION), //
			rule("POST /admin/medarbejdere/{id}/aktiver", ADMINISTRATION), //
			rule("POST /admin/medarbejdere/{id}/laas-op", ADMINISTRATION), //
			rule("GET /admin/enheder", ADMINISTRATION), //
			rule("POST /admin/enheder", ADMINISTRATION, MatrixData::newUnit), //
			rule("GET /admin/enheder/{id}", ADMINISTRATION), //
			rule("POST /admin/enheder/{id}", ADMINISTRATION, MatrixData::unitChange), //
			// survey: API
			rule("POST /api/v1/survey/rounds", LEADER, MatrixData::surveyRound), //
			rule("GET /api/v1/survey/rounds", LEADER), //
			rule("GET /api/v1/survey/rounds/{id}/results", LEADER), //
			rule("GET /api/v1/survey/open-rounds", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/survey/rounds/{id}/codes", WORK_WITH_CITIZENS, MatrixData::surveyCodes), //
			rule("POST /api/v1/survey/paper-answers", WORK_WITH_CITIZENS, MatrixData::surveyAnswer), //
			rule("POST /api/v1/survey/answers", ANY_STAFF, MatrixData::surveyAnswer), //
			// survey: pages (the answering pages are public)
			rule("GET /brugermaaling", WORK_WITH_CITIZENS), //
			rule("POST /brugermaaling/koder", WORK_WITH_CITIZENS, MatrixData::surveyCodesForm), //
			rule("GET /brugermaaling/papir", WORK_WITH_CITIZENS), //
			rule("POST /brugermaaling/papir", WORK_WITH_CITIZENS, MatrixData::surveyPaperForm), //
			rule("GET /brugermaaling/runder/ny", LEADER), //
			rule("POST /brugermaaling/runder", LEADER, MatrixData::surveyRoundForm), //
			rule("GET /brugermaaling/runder/{id}", LEADER), //
			rule("GET /svar", ANY_STAFF), //
			rule("POST /svar", ANY_STAFF, MatrixData::surveyCodeForm), //
			rule("GET /svar/{code}", ANY_STAFF), //
			rule("POST /svar/{code}", ANY_STAFF, MatrixData::surveyPaperForm), //
			// results: API
			rule("GET /api/v1/results/dashboard", RESULTS), //
			rule("POST /api/v1/results/refresh", RESULTS), //
			rule("GET /api/v1/results/kpis", RESULTS), //
			rule("POST /api/v1/results/kpis", ADMINISTRATION, MatrixData::kpi), //
			rule("PUT /api/v1/results/kpis/{id}", ADMINISTRATION, MatrixData::kpi), //
			rule("PUT /api/v1/results/kpis/{id}/targets/{year}", ADMINISTRATION, MatrixData::kpiTarget), //
			rule("GET /api/v1/results/full-time-persons", RESULTS), //
			rule("GET /api/v1/results/benchmarks", RESULTS), //
			rule("POST /api/v1/results/benchmarks", ADMINISTRATION, MatrixData::benchmark), //
			rule("POST /api/v1/results/benchmarks/seed-000", ADMINISTRATION), //
			rule("GET /api/v1/results/labour-force", RESULTS), //
			rule("PUT /api/v1/results/labour-force/{year}", ADMINISTRATION, MatrixData::labourForce), //
			rule("POST /api/v1/results/reports", RESULTS), //
			rule("GET /api/v1/results/reports/{id}", RESULTS), //
			rule("GET /api/v1/results/reports/{id}/pdf", RESULTS), //
			rule("GET /api/v1/results/reports/{id}/xlsx", RESULTS), //
			// results: pages
			rule("GET /resultater", RESULTS), //
			rule("POST /resultater/opdater", RESULTS), //
			rule("GET /resultater/maal", ADMINISTRATION), //
			rule("POST /resultater/maal", ADMINISTRATION, MatrixData::kpi), //
			rule("POST /resultater/maal/{id}", ADMINISTRATION, MatrixData::kpi), //
			rule("POST /resultater/maal/{id}/maalsaetning", ADMINISTRATION, MatrixData::kpiTargetForm), //
			rule("GET /resultater/fuldtidspersoner", RESULTS), //
			rule("POST /resultater/arbejdsstyrke", ADMINISTRATION, MatrixData::labourForceForm), //
			rule("POST /resultater/benchmark", ADMINISTRATION), //
			rule("GET /resultater/rapport", RESULTS), //
			rule("POST /resultater/rapport", RESULTS), //
			rule("GET /resultater/rapport/{id}", RESULTS), //
			rule("GET /resultater/rapport/{id}/pdf", RESULTS), //
			rule("GET /resultater/rapport/{id}/xlsx", RESULTS), //
			// rehab: the rehabilitation team, courses, meetings, free-municipality variant, rules
			rule("GET /api/v1/rehab/cases", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/rehab/cases", DECIDE, d -> d.modules.rehabCaseBody(d.citizen)), //
			rule("GET /api/v1/rehab/cases/{id}", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/rehab/cases/{id}/documents", DECIDE, d -> d.modules.document()), //
			rule("POST /api/v1/rehab/cases/{id}/exemption", DECIDE, d -> d.modules.exemption()), //
			rule("POST /api/v1/rehab/cases/{id}/recommendation", DECIDE, d -> d.modules.recommendation()), //
			rule("POST /api/v1/rehab/cases/{id}/decision", DECIDE, d -> d.modules.decision()), //
			rule("GET /api/v1/rehab/cases/{id}/decision-letter", WORK_WITH_CITIZENS), //
			rule("GET /api/v1/rehab/courses", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/rehab/courses/{id}/grant", DECIDE, d -> d.modules.grant()), //
			rule("POST /api/v1/rehab/effort-starts", DECIDE, d -> d.modules.effort(d.citizen)), //
			rule("GET /api/v1/rehab/teams", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/rehab/teams", LEADER, d -> d.modules.teamApi()), //
			rule("GET /api/v1/rehab/meetings", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/rehab/meetings", DECIDE, d -> d.modules.meetingBody()), //
			rule("GET /api/v1/rehab/meetings/{id}", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/rehab/meetings/{id}/agenda", DECIDE, d -> d.modules.agendaCase()), //
			rule("POST /api/v1/rehab/meetings/{id}/agenda/remove", DECIDE, d -> d.modules.agendaCase()), //
			rule("GET /api/v1/rehab/free-municipality", LEADER_OR_ADMINISTRATOR), //
			rule("PUT /api/v1/rehab/free-municipality", ADMINISTRATION, d -> d.modules.freeMunicipality()), //
			rule("GET /api/v1/rehab/free-municipality/report", LEADER_OR_ADMINISTRATOR), //
			rule("GET /api/v1/rehab/rules", ANY_STAFF), //
			rule("PUT /api/v1/rehab/rules/{code}", ADMINISTRATION, d -> d.modules.rule()), //
			// rehab: sickness-benefit follow-up
			rule("GET /api/v1/sickness/cases", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/sickness/cases", DECIDE, d -> d.modules.sicknessBody(d.citizen)), //
			rule("GET /api/v1/sickness/cases/{id}", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/sickness/cases/{id}/conversations", DECIDE, d -> d.modules.conversation()), //
			rule("POST /api/v1/sickness/cases/{id}/partial-return", DECIDE, d -> d.modules.partialReturn()), //
			rule("PUT /api/v1/sickness/cases/{id}/step-up-plan", DECIDE, d -> d.modules.stepUpApi()), //
			rule("POST /api/v1/sickness/cases/{id}/extension", DECIDE, d -> d.modules.extension()), //
			rule("POST /api/v1/sickness/cases/{id}/early-request", DECIDE, d -> d.modules.earlyRequest()), //
			rule("POST /api/v1/sickness/cases/{id}/close", DECIDE, d -> d.modules.close()), //
			rule("GET /api/v1/sickness/companies", WORK_WITH_CITIZENS), //
			// youth
			rule("GET /api/v1/youth/education-orders", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/youth/education-orders", DECIDE, d -> d.modules.order()), //
			rule("GET /api/v1/youth/education-orders/{id}", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/youth/education-orders/{id}/step", DECIDE, d -> d.modules.advance()), //
			rule("POST /api/v1/youth/education-orders/{id}/deadline", DECIDE, d -> d.modules.revise()), //
			rule("POST /api/v1/youth/education-orders/{id}/end", DECIDE, d -> d.modules.endOrder()), //
			rule("GET /api/v1/youth/figures", LEADER), //
			rule("GET /api/v1/youth/intakes", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/youth/intakes", WORK_WITH_CITIZENS, d -> d.modules.intakeBody()), //
			rule("POST /api/v1/youth/intakes/{id}/fvu-test", WORK_WITH_CITIZENS, d -> d.modules.fvu()), //
			rule("GET /api/v1/youth/clubs", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/youth/clubs", WORK_WITH_CITIZENS, d -> d.modules.clubBody()), //
			rule("GET /api/v1/youth/clubs/{id}", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/youth/clubs/{id}/members", WORK_WITH_CITIZENS, d -> d.modules.member()), //
			rule("POST /api/v1/youth/clubs/{id}/sessions", WORK_WITH_CITIZENS, d -> d.modules.sessionApi()), //
			rule("GET /api/v1/youth/young-people", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/youth/young-people", WORK_WITH_CITIZENS, d -> d.modules.youngPersonBody()), //
			rule("GET /api/v1/youth/leisure-jobs", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/youth/leisure-jobs", WORK_WITH_CITIZENS, d -> d.modules.leisureJobBody()), //
			rule("POST /api/v1/youth/leisure-jobs/{id}/placements", WORK_WITH_CITIZENS, d -> d.modules.placement()), //
			rule("GET /api/v1/youth/leisure-jobs/share", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/youth/population-figures", LEADER_OR_ADMINISTRATOR, d -> d.modules.figuresApi()), //
			rule("GET /api/v1/youth/rules", ANY_STAFF), //
			rule("PUT /api/v1/youth/rules/{code}", ADMINISTRATION, d -> d.modules.rule()), //
			// pages: rehab
			rule("GET /rehabilitering", WORK_WITH_CITIZENS), //
			rule("POST /rehabilitering/indsatser", DECIDE, d -> d.modules.effort(d.citizen)), //
			rule("POST /rehabilitering/forloeb/{id}/bevilling", DECIDE, d -> d.modules.grant()), //
			rule("GET /rehabilitering/sager/ny", DECIDE), //
			rule("POST /rehabilitering/sager/ny", DECIDE, d -> d.modules.rehabCaseBody(d.citizen)), //
			rule("GET /rehabilitering/sager/{id}", WORK_WITH_CITIZENS), //
			rule("POST /rehabilitering/sager/{id}/dokumenter", DECIDE, d -> d.modules.document()), //
			rule("POST /rehabilitering/sager/{id}/moede", DECIDE, d -> d.modules.toMeeting()), //
			rule("POST /rehabilitering/sager/{id}/fritagelse", DECIDE, d -> d.modules.exemption()), //
			rule("POST /rehabilitering/sager/{id}/indstilling", DECIDE, d -> d.modules.recommendation()), //
			rule("POST /rehabilitering/sager/{id}/afgoerelse", DECIDE, d -> d.modules.decision()), //
			rule("GET /rehabilitering/sager/{id}/afgoerelsesbrev", WORK_WITH_CITIZENS), //
			rule("GET /rehabilitering/moeder", WORK_WITH_CITIZENS), //
			rule("POST /rehabilitering/moeder", DECIDE, d -> d.modules.meetingBody()), //
			rule("GET /rehabilitering/moeder/{id}", WORK_WITH_CITIZENS), //
			rule("POST /rehabilitering/moeder/{id}/dagsorden", DECIDE, d -> d.modules.agendaCase()), //
			rule("POST /rehabilitering/moeder/{id}/dagsorden/fjern", DECIDE, d -> d.modules.agendaCase()), //
			rule("GET /rehabilitering/teams", WORK_WITH_CITIZENS), //
			rule("POST /rehabilitering/teams", LEADER, d -> d.modules.teamPage()), //
			rule("GET /rehabilitering/frikommune", LEADER_OR_ADMINISTRATOR), //
			rule("GET /admin/regler/rehabilitering", ADMINISTRATION), //
			rule("POST /admin/regler/rehabilitering/{code}", ADMINISTRATION, d -> d.modules.rule()), //
			rule("POST /admin/regler/rehabilitering/frikommune", ADMINISTRATION, d -> d.modules.freeMunicipality()), //
			// pages: sickness benefit
			rule("GET /sygedagpenge", WORK_WITH_CITIZENS), //
			rule("GET /sygedagpenge/ny", DECIDE), //
			rule("POST /sygedagpenge/ny", DECIDE, d -> d.modules.sicknessBody(d.citizen)), //
			rule("GET /sygedagpenge/{id}", WORK_WITH_CITIZENS), //
			rule("POST /sygedagpenge/{id}/samtaler", DECIDE, d -> d.modules.conversation()), //
			rule("POST /sygedagpenge/{id}/delvis-raskmelding", DECIDE, d -> d.modules.partialReturn()), //
			rule("POST /sygedagpenge/{id}/optrapningsplan", DECIDE, d -> d.modules.stepUpPage()), //
			rule("POST /sygedagpenge/{id}/forlaengelse", DECIDE, d -> d.modules.extension()), //
			rule("POST /sygedagpenge/{id}/tidlig-opfoelgning", DECIDE, d -> d.modules.earlyRequest()), //
			rule("POST /sygedagpenge/{id}/afslut", DECIDE, d -> d.modules.close()), //
			rule("GET /sygedagpenge/virksomheder", WORK_WITH_CITIZENS), //
			// pages: youth
			rule("GET /unge", WORK_WITH_CITIZENS), //
			rule("GET /unge/paalaeg/ny", DECIDE), //
			rule("POST /unge/paalaeg/ny", DECIDE, d -> d.modules.order()), //
			rule("GET /unge/paalaeg/{id}", WORK_WITH_CITIZENS), //
			rule("POST /unge/paalaeg/{id}/trin", DECIDE, d -> d.modules.advance()), //
			rule("POST /unge/paalaeg/{id}/frist", DECIDE, d -> d.modules.revise()), //
			rule("POST /unge/paalaeg/{id}/afslut", DECIDE, d -> d.modules.endOrder()), //
			rule("GET /unge/vejledningscafe", WORK_WITH_CITIZENS), //
			rule("POST /unge/vejledningscafe", WORK_WITH_CITIZENS, d -> d.modules.intakeBody()), //
			rule("POST /unge/vejledningscafe/{id}/fvu", WORK_WITH_CITIZENS, d -> d.modules.fvu()), //
			rule("GET /unge/klubber", WORK_WITH_CITIZENS), //
			rule("POST /unge/klubber", WORK_WITH_CITIZENS, d -> d.modules.clubBody()), //
			rule("GET /unge/klubber/{id}", WORK_WITH_CITIZENS), //
			rule("POST /unge/klubber/{id}/medlemmer", WORK_WITH_CITIZENS, d -> d.modules.member()), //
			rule("POST /unge/klubber/{id}/moeder", WORK_WITH_CITIZENS, d -> d.modules.sessionPage()), //
			rule("GET /unge/fritidsjob", WORK_WITH_CITIZENS), //
			rule("POST /unge/fritidsjob", WORK_WITH_CITIZENS, d -> d.modules.leisureJobBody()), //
			rule("POST /unge/fritidsjob/unge", WORK_WITH_CITIZENS, d -> d.modules.youngPersonBody()), //
			rule("POST /unge/fritidsjob/ansaettelser", WORK_WITH_CITIZENS, d -> d.modules.placementPage()), //
			rule("GET /admin/regler/unge", ADMINISTRATION), //
			rule("POST /admin/regler/unge/{code}", ADMINISTRATION, d -> d.modules.rule()), //
			rule("POST /admin/regler/unge/befolkningstal", ADMINISTRATION, d -> d.modules.figuresPage()), //
			// programme: API
			rule("GET /api/v1/programmes", PROGRAMME_LIST), //
			rule("POST /api/v1/programmes", PLANNERS, MatrixData::programme), //
			rule("GET /api/v1/programmes/{id}", PROGRAMME_LIST), //
			rule("POST /api/v1/programmes/{id}/selection", PLANNERS), //
			rule("GET /api/v1/programmes/{id}/selection", PLANNERS), //
			rule("POST /api/v1/programmes/{id}/randomisation", PLANNERS, MatrixData::draw), //
			rule("GET /api/v1/programmes/{id}/randomisation", VERIFY), //
			rule("POST /api/v1/programmes/{id}/visitations", DECIDE, MatrixData::programmeVisit), //
			rule("GET /api/v1/programmes/{id}/visitations/lacking", WORK_WITH_CITIZENS), //
			rule("POST /api/v1/programmes/{id}/exits", DECIDE, MatrixData::programmeExit), //
			rule("POST /api/v1/programmes/{id}/payments", PLANNERS, MatrixData::grantPayment), //
			rule("GET /api/v1/programmes/{id}/grants", PLANNERS), //
			rule("GET /api/v1/programmes/{id}/report", PLANNERS), //
			rule("GET /api/v1/programmes/{id}/report.pdf", PLANNERS), //
			rule("GET /api/v1/programmes/{id}/report.xlsx", PLANNERS), //
			rule("GET /api/v1/programmes/{id}/evaluation", PLANNERS), //
			// programme: pages
			rule("GET /programmer", PROGRAMME_LIST), //
			rule("GET /programmer/ny", PLANNERS), //
			rule("POST /programmer", PLANNERS, MatrixData::programmeForm), //
			rule("GET /programmer/{id}", PLANNERS), //
			rule("GET /programmer/{id}/rapport.pdf", PLANNERS), //
			rule("GET /programmer/{id}/rapport.xlsx", PLANNERS), //
			rule("GET /programmer/{id}/udvaelgelse", PLANNERS), //
			rule("POST /programmer/{id}/udvaelgelse", PLANNERS), //
			rule("GET /programmer/{id}/lodtraekning", VERIFY), //
			rule("POST /programmer/{id}/lodtraekning", PLANNERS, MatrixData::draw), //
			rule("GET /programmer/{id}/visitation", WORK_WITH_CITIZENS), //
			rule("POST /programmer/{id}/visitation", DECIDE, MatrixData::programmeVisit), //
			rule("POST /programmer/{id}/udslusning", DECIDE, MatrixData::programmeExitForm), //
			rule("GET /programmer/{id}/tilskud", PLANNERS), //
			rule("POST /programmer/{id}/tilskud", PLANNERS, MatrixData::grantPayment), //
			rule("GET /programmer/{id}/effekt", PLANNERS));

	private AuthorisationMatrix() {
	}

	private static Rule rule(String endpoint, Set<Role> roles) {
		return rule(endpoint, roles, data -> Map.of());
	}

	private static Rule rule(String endpoint, Set<Role> roles, Function<MatrixData, Map<String, ?>> body) {
		var parts = endpoint.split(" ", 2);
		return new Rule(parts[0], parts[1], roles, body);
	}

	/** Who may call one endpoint, and what an allowed caller sends. */
	record Rule(String method, String template, Set<Role> roles, Function<MatrixData, Map<String, ?>> body) {

		String endpoint() {
			return method + " " + template;
		}

		boolean api() {
			return template.startsWith("/api/");
		}

		boolean allows(Role role) {
			return roles.contains(role);
		}

		/** Whether anyone may call it without signing in ({@link AuthorisationMatrix#PUBLIC}). */
		boolean open() {
			return PUBLIC.contains(endpoint());
		}

	}

}
