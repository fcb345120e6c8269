@NullMarked
package dk.jobvej.portal.internal;

import org.jspecify.annotations.NullMarked;
