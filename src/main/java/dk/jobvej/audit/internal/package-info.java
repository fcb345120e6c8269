@NullMarked
package dk.jobvej.audit.internal;

import org.jspecify.annotations.NullMarked;
