package dk.jobvej.smalljobs.web;

import dk.jobvej.platform.NotFound;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A small-jobs page for a referral, task or invoice that does not exist for the caller (another bureau's): 404. */
@ControllerAdvice(assignableTypes = { BureauPages.class, PublicTaskPages.class })
class SmallJobsNotFoundPage {

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(NotFound ex) {
		var page = new ModelAndView("smalljobs/not-found");
		page.addObject("messageKey", ex.messageKey());
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

}
