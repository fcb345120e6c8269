@NullMarked
package dk.jobvej.portal.web;

import org.jspecify.annotations.NullMarked;
