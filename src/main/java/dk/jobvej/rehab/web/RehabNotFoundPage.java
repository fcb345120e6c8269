package dk.jobvej.rehab.web;

import dk.jobvej.platform.NotFound;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A rehabilitation or sickness page for something that does not exist for the caller: 404 with the reason. */
@ControllerAdvice(assignableTypes = { RehabPages.class, MeetingPages.class, SicknessPages.class, RehabAdminPages.class })
class RehabNotFoundPage {

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(NotFound ex) {
		var page = new ModelAndView("rehab/not-found");
		page.addObject("messageKey", ex.messageKey());
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

}
