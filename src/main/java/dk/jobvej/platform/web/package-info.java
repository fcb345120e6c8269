@NullMarked
package dk.jobvej.platform.web;

import org.jspecify.annotations.NullMarked;
