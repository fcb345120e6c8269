/**
 * Min side: the citizen's own door to Jobvej (borgerens selvbetjening). Citizens sign in, see
 * their case in plain Danish and use what other modules offer them (bookings, CV, plan). Other
 * modules put their pages under {@code /min-side/}, ask {@link dk.jobvej.portal.CitizenPortal}
 * who is signed in, and add themselves to the front page with a {@link dk.jobvej.portal.MinSideLink}.
 */
@ApplicationModule(displayName = "Portal (Min side)")
@NullMarked
package dk.jobvej.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
