@NullMarked
package dk.jobvej.audit.web;

import org.jspecify.annotations.NullMarked;
