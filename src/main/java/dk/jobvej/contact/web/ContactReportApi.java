package dk.jobvej.contact.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import dk.jobvej.contact.internal.CadenceAdministration;
import dk.jobvej.contact.internal.CadenceBook;
import dk.jobvej.contact.internal.Calendars;
import dk.jobvej.contact.internal.ContactStatistics;
import dk.jobvej.contact.internal.MissedConversations;
import dk.jobvej.contact.internal.OnDuty;
import dk.jobvej.contact.web.ContactJson.Reassigned;
import dk.jobvej.contact.web.ContactJson.Rule;
import dk.jobvej.contact.web.ContactRequests.Reassign;
import dk.jobvej.contact.web.ContactRequests.Variant;
import dk.jobvej.identity.StaffId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rest of the contact API: the on-duty arrangement, the staff calendar (.ics), statistics of
 * conversations per channel, unit and month, the missed-conversations report, the cadence rules
 * with their sources, and the free-municipality switch.
 */
@RestController
@Tag(name = "Contact course: reports and rules", description = "On-duty, calendar, statistics, cadence rules")
class ContactReportApi {

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final OnDuty onDuty;

	private final Calendars calendars;

	private final ContactStatistics statistics;

	private final MissedConversations missed;

	private final CadenceAdministration cadence;

	private final Clock clock;

	ContactReportApi(OnDuty onDuty, Calendars calendars, ContactStatistics statistics, MissedConversations missed,
			CadenceAdministration cadence, Clock clock) {
		this.onDuty = onDuty;
		this.calendars = calendars;
		this.statistics = statistics;
		this.missed = missed;
		this.cadence = cadence;
		this.clock = clock;
	}

	@PostMapping("/api/v1/on-duty-reassignments")
	@Operation(summary = "Move an absent caseworker's conversations of a day to the on-duty colleague (vagtordning)")
	Reassigned reassign(@Valid @RequestBody Reassign request) {
		var moved = onDuty.reassign(new StaffId(Objects.requireNonNull(request.absent())),
				new StaffId(Objects.requireNonNull(request.onDuty())), Objects.requireNonNull(request.day()));
		return new Reassigned(moved.stream().map(id -> id.value()).toList());
	}

	@GetMapping("/api/v1/calendar.ics")
	@Operation(summary = "The caller's conversations as an iCalendar file (RFC 5545, text/calendar)")
	void calendar(Locale locale, HttpServletResponse response) throws IOException {
		write(response, calendars.staffCalendar(locale), "samtaler.ics");
	}

	/**
	 * Writes a calendar file as it is, whatever the client's Accept header says: calendar programs
	 * ask for all sorts of types.
	 */
	static void write(HttpServletResponse response, String calendar, String fileName) throws IOException {
		response.setContentType(CALENDAR.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		response.getOutputStream().write(calendar.getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/api/v1/conversation-statistics")
	@Operation(summary = "Conversations held per channel, unit and month in a year (default: the last twelve months)")
	ContactStatistics.Year statistics(@RequestParam(required = false) @Nullable Integer year) {
		return year == null ? statistics.lastTwelveMonths() : statistics.year(year);
	}

	@GetMapping("/api/v1/missed-conversations")
	@Operation(summary = "Missed conversations per unit and target group today")
	List<MissedConversations.Line> missed() {
		return missed.report();
	}

	@GetMapping("/api/v1/cadence-rules")
	@Operation(summary = "The cadence rules with their effective dates, sources and certainty (V, S, U)")
	List<Rule> rules() {
		return cadence.rules()
			.stream()
			.map(rule -> new Rule(rule.code(), rule.municipalityCode(), rule.variant().name(), rule.benefit(),
					rule.targetGroup(), rule.category() == null ? null : rule.category().name(), rule.programme(),
					rule.fromWeek(), rule.toWeek(), rule.responsible().name(), rule.firstDueDays(),
					rule.interval() == null ? null : rule.interval().value(),
					rule.interval() == null ? null : rule.interval().unit().name(), rule.agreed(), rule.minCount(),
					rule.portfolioTarget(), rule.validFrom(), rule.validTo(), rule.inForceBy().name(), rule.source(),
					rule.certainty()))
			.toList();
	}

	@GetMapping("/api/v1/cadence-variants")
	@Operation(summary = "The free-municipality variant (seed 002) as switched on for the caller's municipality")
	List<CadenceBook.VariantChoice> variants() {
		return cadence.variants();
	}

	@PostMapping("/api/v1/cadence-variants")
	@Operation(summary = "Switch the free-municipality variant on for a target group")
	ResponseEntity<Void> switchOn(@Valid @RequestBody Variant request) {
		cadence.switchOn(Objects.requireNonNull(request.targetGroup()), Objects.requireNonNull(request.from()),
				request.to());
		return ResponseEntity.created(URI.create("/api/v1/cadence-variants")).build();
	}

}
