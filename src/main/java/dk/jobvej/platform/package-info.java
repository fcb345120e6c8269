/**
 * The platform every module stands on: the embedded PostgreSQL, the clock, locale switching,
 * problem details for the API and the rule-violation exception that carries a field and a
 * message key. Open to every module; it depends on none of them.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Platform")
@NullMarked
package dk.jobvej.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
