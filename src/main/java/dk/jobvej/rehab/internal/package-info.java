/** The rehabilitation module's domain, rules and storage. */
@NullMarked
package dk.jobvej.rehab.internal;

import org.jspecify.annotations.NullMarked;
