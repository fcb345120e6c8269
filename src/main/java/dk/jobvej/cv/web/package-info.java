@NullMarked
package dk.jobvej.cv.web;

import org.jspecify.annotations.NullMarked;
