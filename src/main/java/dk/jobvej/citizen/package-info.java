/**
 * The citizen (borger) and their case: CPR, benefit periods (ydelsesforløb), target group
 * (målgruppe), visitation category with history, unit, primary contact and journal.
 */
@ApplicationModule(displayName = "Citizen")
@NullMarked
package dk.jobvej.citizen;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
