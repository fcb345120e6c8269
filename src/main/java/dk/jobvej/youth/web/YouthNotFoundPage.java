package dk.jobvej.youth.web;

import dk.jobvej.platform.NotFound;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A youth page for something that does not exist for the caller: 404 with the reason. */
@ControllerAdvice(assignableTypes = { YouthPages.class, ActivityPages.class, YouthAdminPages.class })
class YouthNotFoundPage {

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(NotFound ex) {
		var page = new ModelAndView("youth/not-found");
		page.addObject("messageKey", ex.messageKey());
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

}
