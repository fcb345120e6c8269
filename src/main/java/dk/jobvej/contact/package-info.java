/**
 * The contact course (kontaktforløb): conversations with citizens (booking, self-booking from
 * published slots, outcomes, concrete jobs presented), cadence rules that decide when the next
 * conversation is due, worklists, the on-duty arrangement (vagtordning), the availability track
 * after a no-show, notifications and statistics. The API for other modules is
 * {@link dk.jobvej.contact.ContactCourse}, {@link dk.jobvej.contact.ConversationImport} and the
 * events of this package.
 */
@ApplicationModule(displayName = "Contact course")
@NullMarked
package dk.jobvej.contact;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
