package dk.jobvej.cv.web;

import dk.jobvej.cv.internal.CvWorklist;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The worklist of citizens without a usable CV: the caseworker's own, or for a leader the unit's. */
@Controller
class CvWorklistPage {

	private final CvWorklist worklist;

	private final Organisation organisation;

	CvWorklistPage(CvWorklist worklist, Organisation organisation) {
		this.worklist = worklist;
		this.organisation = organisation;
	}

	@GetMapping("/borgere/uden-cv")
	String worklist(@RequestParam(name = "liste", defaultValue = "mine") String list, Model model) {
		var leader = organisation.signedIn().has(Role.TEAM_LEADER);
		var unit = leader && "enhed".equals(list);
		model.addAttribute("leader", leader);
		model.addAttribute("list", unit ? "enhed" : "mine");
		model.addAttribute("missing", unit ? worklist.unit() : worklist.mine());
		return "cv/worklist";
	}

}
