@NullMarked
package dk.jobvej.contact.web;

import org.jspecify.annotations.NullMarked;
