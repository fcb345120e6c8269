/**
 * Staff, roles and organisational units, login and need-to-know access. The API of the module
 * is {@link dk.jobvej.identity.Organisation}, the typed ids and the {@link dk.jobvej.identity.Role}s.
 */
@ApplicationModule(displayName = "Identity")
@NullMarked
package dk.jobvej.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
