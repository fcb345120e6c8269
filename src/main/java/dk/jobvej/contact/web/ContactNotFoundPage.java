package dk.jobvej.contact.web;

import dk.jobvej.platform.NotFound;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A contact page for something that does not exist for the caller (or the citizen): 404 with the reason. */
@ControllerAdvice(assignableTypes = { ConversationPages.class, TaskPages.class, SlotPages.class,
		AvailabilityPages.class, MinSideConversationPages.class, ReportPages.class })
class ContactNotFoundPage {

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(NotFound ex) {
		var page = new ModelAndView("contact/not-found");
		page.addObject("messageKey", ex.messageKey());
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

}
