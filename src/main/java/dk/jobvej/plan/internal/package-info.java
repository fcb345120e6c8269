@NullMarked
package dk.jobvej.plan.internal;

import org.jspecify.annotations.NullMarked;
