package dk.jobvej.contact.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import dk.jobvej.contact.internal.Calendars;
import dk.jobvej.contact.internal.ContactTasks;
import dk.jobvej.contact.internal.ConversationViews;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Mine opgaver" ({@code /opgaver}; the team's for a leader with {@code ?liste=enhed}), the caller's
 * conversations ({@code /samtaler}) and their calendar file ({@code /samtaler/kalender.ics}).
 */
@Controller
class TaskPages {

	static final String TEAM = "enhed";

	private final ContactTasks tasks;

	private final ConversationViews views;

	private final Calendars calendars;

	private final Organisation organisation;

	private final Clock clock;

	TaskPages(ContactTasks tasks, ConversationViews views, Calendars calendars, Organisation organisation, Clock clock) {
		this.tasks = tasks;
		this.views = views;
		this.calendars = calendars;
		this.organisation = organisation;
		this.clock = clock;
	}

	@GetMapping("/opgaver")
	String tasks(@RequestParam(name = "liste", defaultValue = "mine") String list, Model model) {
		var leader = organisation.signedIn().has(Role.TEAM_LEADER);
		var team = leader && TEAM.equals(list);
		model.addAttribute("leader", leader);
		model.addAttribute("list", team ? TEAM : "mine");
		model.addAttribute("tasks", team ? tasks.team() : tasks.mine());
		model.addAttribute("today", LocalDate.now(clock));
		return "contact/tasks";
	}

	@GetMapping("/samtaler")
	String calendar(Model model) {
		var today = LocalDate.now(clock);
		model.addAttribute("coming", views.calendar(today, today.plusDays(29), "conversations-calendar"));
		model.addAttribute("recent", views.calendar(today.minusDays(14), today, "conversations-calendar").reversed());
		model.addAttribute("today", today);
		model.addAttribute("decides", organisation.signedIn().has(Role.CASEWORKER)
				|| organisation.signedIn().has(Role.TEAM_LEADER));
		return "contact/calendar";
	}

	@GetMapping("/samtaler/kalender.ics")
	void calendarFile(Locale locale, HttpServletResponse response) throws IOException {
		ContactReportApi.write(response, calendars.staffCalendar(locale), "samtaler.ics");
	}

}
