@NullMarked
package dk.jobvej.contact.internal;

import org.jspecify.annotations.NullMarked;
