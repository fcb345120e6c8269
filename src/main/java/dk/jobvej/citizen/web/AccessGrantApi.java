package dk.jobvej.citizen.web;

import java.util.List;

import dk.jobvej.citizen.internal.BreakTheGlass;
import dk.jobvej.citizen.web.CitizenJson.Grant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Break-the-glass grants on the citizens of a team leader's unit. */
@RestController
@Tag(name = "Access grants", description = "Access to citizens outside the own unit")
class AccessGrantApi {

	private final BreakTheGlass breakTheGlass;

	AccessGrantApi(BreakTheGlass breakTheGlass) {
		this.breakTheGlass = breakTheGlass;
	}

	@GetMapping("/api/v1/access-grants")
	@Operation(summary = "Grants on citizens of the caller's unit, newest first")
	List<Grant> grants() {
		return breakTheGlass.grantsOnMyUnit().stream().map(Grant::of).toList();
	}

}
