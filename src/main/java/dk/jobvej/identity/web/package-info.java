@NullMarked
package dk.jobvej.identity.web;

import org.jspecify.annotations.NullMarked;
