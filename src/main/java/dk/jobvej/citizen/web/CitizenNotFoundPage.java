package dk.jobvej.citizen.web;

import dk.jobvej.platform.NotFound;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A citizen page for a citizen who does not exist for the caller: 404 with the reason. */
@ControllerAdvice(assignableTypes = { CitizenPages.class, CitizenCasePages.class, AccessPages.class })
class CitizenNotFoundPage {

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(NotFound ex) {
		var page = new ModelAndView("citizen/not-found");
		page.addObject("messageKey", ex.messageKey());
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

}
