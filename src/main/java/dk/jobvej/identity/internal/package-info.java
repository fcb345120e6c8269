@NullMarked
package dk.jobvej.identity.internal;

import org.jspecify.annotations.NullMarked;
