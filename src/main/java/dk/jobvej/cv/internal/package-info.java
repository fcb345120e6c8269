@NullMarked
package dk.jobvej.cv.internal;

import org.jspecify.annotations.NullMarked;
