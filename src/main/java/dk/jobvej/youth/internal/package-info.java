/** The youth module's domain, rules and storage. */
@NullMarked
package dk.jobvej.youth.internal;

import org.jspecify.annotations.NullMarked;
