/** The occupation module's implementation: the catalogue loader, the taxonomy's queries and the ESCO importer. */
@NullMarked
package dk.jobvej.occupation.internal;

import org.jspecify.annotations.NullMarked;
