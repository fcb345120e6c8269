package dk.jobvej.network.web;

import java.util.Locale;
import java.util.UUID;

import dk.jobvej.network.internal.Candidates;
import dk.jobvej.network.internal.Dashboard;
import dk.jobvej.network.internal.Network;
import dk.jobvej.network.internal.Networks;
import dk.jobvej.network.internal.Openings;
import dk.jobvej.network.internal.Partner;
import dk.jobvej.platform.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The network's pages: the dashboard with the openings (shared) at /vaekst-via-viden, taking an opening,
 * and the partner's own candidates at /vaekst-via-viden/kandidater.
 */
@Controller
class NetworkPages {

	private final Networks networks;

	private final Openings openings;

	private final Candidates candidates;

	private final Dashboard dashboard;

	private final MessageSource messages;

	NetworkPages(Networks networks, Openings openings, Candidates candidates, Dashboard dashboard,
			MessageSource messages) {
		this.networks = networks;
		this.openings = openings;
		this.candidates = candidates;
		this.dashboard = dashboard;
		this.messages = messages;
	}

	@GetMapping("/vaekst-via-viden")
	String front(@RequestParam(name = "netvaerk", required = false) UUID network, Model model) {
		var shown = chosen(network);
		if (shown == null) {
			return "network/none";
		}
		model.addAttribute("progress", dashboard.of(shown.id()));
		model.addAttribute("openings", openings.list(shown.id()));
		model.addAttribute("partners", networks.partners(shown.id()));
		model.addAttribute("me", networks.me(shown.id()));
		model.addAttribute("names", networks.municipalities(shown.id()));
		return "network/dashboard";
	}

	@PostMapping("/vaekst-via-viden/aabninger/{id}/tag")
	String take(@PathVariable UUID id, Model model, Locale locale) {
		try {
			openings.take(id);
			return "redirect:/vaekst-via-viden?taget";
		}
		catch (RuleViolation violation) {
			return "redirect:/vaekst-via-viden?ikkeTaget";
		}
	}

	@GetMapping("/vaekst-via-viden/kandidater")
	String candidates(@RequestParam(name = "netvaerk", required = false) UUID network, Model model) {
		var shown = chosen(network);
		if (shown == null) {
			return "network/none";
		}
		Partner me = networks.me(shown.id());
		model.addAttribute("network", shown);
		model.addAttribute("me", me);
		model.addAttribute("candidates", candidates.mine(shown.id()));
		return "network/candidates";
	}

	private Network chosen(UUID network) {
		var mine = networks.ofSignedIn();
		return mine.stream().filter(candidate -> candidate.id().equals(network)).findFirst()
			.orElse(mine.isEmpty() ? null : mine.getFirst());
	}

}
