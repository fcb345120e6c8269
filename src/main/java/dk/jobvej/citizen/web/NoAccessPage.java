package dk.jobvej.citizen.web;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.internal.BreakTheGlass;
import dk.jobvej.citizen.internal.NoAccess;
import dk.jobvej.citizen.web.CitizenRequests.RequestAccess;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.OrganisationalUnit;
import dk.jobvej.identity.UnitId;
import dk.jobvej.platform.NotFound;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages for a citizen the caller may not open: "no access" with the break-the-glass form
 * (403) when the citizen belongs to another unit, "not found" (404) otherwise.
 */
@ControllerAdvice(assignableTypes = { CitizenPages.class, CitizenCasePages.class, AccessPages.class })
class NoAccessPage {

	private final Organisation organisation;

	private final BreakTheGlass breakTheGlass;

	NoAccessPage(Organisation organisation, BreakTheGlass breakTheGlass) {
		this.organisation = organisation;
		this.breakTheGlass = breakTheGlass;
	}

	@ExceptionHandler(NoAccess.class)
	ModelAndView noAccess(NoAccess ex, HttpServletRequest request, HttpServletResponse response) {
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Redirect", request.getContextPath() + "/borgere/" + ex.citizen());
		}
		return render(ex.citizen(), ex.citizenUnit(), new RequestAccess(null), FormErrors.none("access"));
	}

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(NotFound ex) {
		var page = new ModelAndView("citizen/not-found");
		page.addObject("messageKey", ex.messageKey());
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

	ModelAndView render(CitizenId citizen, RequestAccess form, FormErrors errors) {
		return render(citizen, breakTheGlass.unitOf(citizen), form, errors);
	}

	private ModelAndView render(CitizenId citizen, UnitId unit, RequestAccess form, FormErrors errors) {
		var page = new ModelAndView("citizen/no-access");
		page.addObject("id", citizen);
		page.addObject("unitName", organisation.unit(unit).map(OrganisationalUnit::name).orElse(""));
		page.addObject("hours", breakTheGlass.duration().toHours());
		page.addObject("accessForm", form);
		page.addObject("errors", errors);
		page.setStatus(HttpStatus.FORBIDDEN);
		return page;
	}

}
