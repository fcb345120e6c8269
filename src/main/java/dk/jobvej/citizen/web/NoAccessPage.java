package dk.jobvej.citizen.web;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.citizen.internal.BreakTheGlass;
import dk.jobvej.citizen.web.CitizenRequests.RequestAccess;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.OrganisationalUnit;
import dk.jobvej.identity.UnitId;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page for a citizen the caller may not open without a stated reason, whichever module's page
 * asked: "no access" with the break-the-glass form (403). API controllers get a problem detail
 * from {@link CitizenApiAdvice}, which comes first.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
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
