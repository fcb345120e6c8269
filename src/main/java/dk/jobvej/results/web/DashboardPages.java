package dk.jobvej.results.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.results.internal.Dashboard;
import dk.jobvej.results.internal.Refresh;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The leaders' dashboard (/resultater): the employment plan's KPIs for a year, for the whole
 * municipality or one unit, and a button that reads the benefit histories again.
 */
@Controller
class DashboardPages {

	private final Dashboard dashboard;

	private final Refresh refresh;

	private final Organisation organisation;

	private final Clock clock;

	DashboardPages(Dashboard dashboard, Refresh refresh, Organisation organisation, Clock clock) {
		this.dashboard = dashboard;
		this.refresh = refresh;
		this.organisation = organisation;
		this.clock = clock;
	}

	@GetMapping("/resultater")
	String dashboard(@RequestParam(name = "aar", required = false) @Nullable Integer year,
			@RequestParam(name = "enhed", required = false) @Nullable UUID unit,
			@RequestParam(name = "opdateret", required = false) @Nullable String refreshed, Model model,
			Locale locale) {
		var shown = year == null || year < 2000 || year > 2999 ? LocalDate.now(clock).getYear() : year;
		model.addAttribute("view", dashboard.of(shown, unit, locale));
		model.addAttribute("refreshed", refreshed != null);
		model.addAttribute("administrator", organisation.signedIn().has(Role.ADMINISTRATOR));
		return "results/dashboard";
	}

	@PostMapping("/resultater/opdater")
	String refresh() {
		refresh.refresh(organisation.signedIn().municipalityCode());
		return "redirect:/resultater?opdateret";
	}

}
