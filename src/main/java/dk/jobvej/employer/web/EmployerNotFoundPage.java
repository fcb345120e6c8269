package dk.jobvej.employer.web;

import dk.jobvej.platform.NotFound;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * An employer page for a company, vacancy or placement that does not exist for the caller (another
 * municipality's, or in the employer portal another company's): 404 with the reason.
 */
@ControllerAdvice(assignableTypes = { CompanyPages.class, VacancyPages.class, FollowUpPages.class,
		EmployerPortalPages.class })
class EmployerNotFoundPage {

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(NotFound ex) {
		var page = new ModelAndView("employer/not-found");
		page.addObject("messageKey", ex.messageKey());
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

}
