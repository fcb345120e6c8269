package dk.jobvej.contact.web;

import java.time.Clock;
import java.time.LocalDate;

import dk.jobvej.contact.Channel;
import dk.jobvej.contact.internal.ContactStatistics;
import dk.jobvej.contact.internal.MissedConversations;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The leader's statistics of conversations ({@code /samtaler/statistik}) and missed conversations ({@code /samtaler/manglende}). */
@Controller
class ReportPages {

	private final ContactStatistics statistics;

	private final MissedConversations missed;

	private final Clock clock;

	ReportPages(ContactStatistics statistics, MissedConversations missed, Clock clock) {
		this.statistics = statistics;
		this.missed = missed;
		this.clock = clock;
	}

	@GetMapping("/samtaler/statistik")
	String statistics(@RequestParam(name = "aar", required = false) @Nullable Integer year, Model model) {
		var thisYear = LocalDate.now(clock).getYear();
		model.addAttribute("statistics", year == null || year < 2000 || year > thisYear + 1
				? statistics.lastTwelveMonths() : statistics.year(year));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("years", java.util.stream.IntStream.rangeClosed(thisYear - 3, thisYear).boxed().toList().reversed());
		return "contact/statistics";
	}

	@GetMapping("/samtaler/manglende")
	String missed(Model model) {
		model.addAttribute("lines", missed.report());
		model.addAttribute("today", LocalDate.now(clock));
		return "contact/missed";
	}

}
