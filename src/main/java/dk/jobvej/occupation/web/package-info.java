/** The occupation API. */
@NullMarked
package dk.jobvej.occupation.web;

import org.jspecify.annotations.NullMarked;
