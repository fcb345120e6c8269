package dk.jobvej.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.plan.internal.Catalogue;
import dk.jobvej.plan.internal.ProjectView;
import dk.jobvej.plan.internal.TargetMeasure;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The offer catalogue (tilbudsvifte) for staff, by heading; a project with its terms and, for
 * leaders, its occupancy week by week and its waiting list; the occupancy of every project with
 * places; and the 70 % target per unit.
 */
@Controller
class CataloguePages {

	static final int WEEKS = 12;

	private final Catalogue catalogue;

	private final TargetMeasure target;

	private final Organisation organisation;

	private final Clock clock;

	CataloguePages(Catalogue catalogue, TargetMeasure target, Organisation organisation, Clock clock) {
		this.catalogue = catalogue;
		this.target = target;
		this.organisation = organisation;
		this.clock = clock;
	}

	@GetMapping("/tilbudsvifte")
	String catalogue(Model model) {
		var byHeading = new LinkedHashMap<String, List<ProjectView>>();
		catalogue.projects()
			.stream()
			.sorted(Comparator.comparing(ProjectView::heading).thenComparing(ProjectView::name))
			.forEach(project -> byHeading.computeIfAbsent(project.heading(), key -> new java.util.ArrayList<>())
				.add(project));
		model.addAttribute("headings", byHeading);
		model.addAttribute("leader", organisation.signedIn().has(Role.TEAM_LEADER));
		return "plan/catalogue";
	}

	@GetMapping("/tilbudsvifte/{project}")
	String project(@PathVariable UUID project, Model model) {
		var leader = organisation.signedIn().has(Role.TEAM_LEADER);
		model.addAttribute("project", catalogue.project(project));
		model.addAttribute("leader", leader);
		if (leader) {
			model.addAttribute("weeks", catalogue.weeks(project, LocalDate.now(clock), WEEKS));
			model.addAttribute("waiting", catalogue.waitingList(project));
		}
		return "plan/project";
	}

	@GetMapping("/tilbudsvifte/belaegning")
	String occupancy(Model model) {
		var from = LocalDate.now(clock);
		var rows = catalogue.occupancy(from, 8);
		model.addAttribute("rows", rows);
		model.addAttribute("weeks", rows.isEmpty() ? List.of() : rows.getFirst().weeks());
		return "plan/occupancy";
	}

	@GetMapping("/maal/virksomhedsrettede-tilbud")
	String target(Model model) {
		model.addAttribute("result", target.compute().orElse(null));
		return "plan/target";
	}

}
