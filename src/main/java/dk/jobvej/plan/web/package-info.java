@NullMarked
package dk.jobvej.plan.web;

import org.jspecify.annotations.NullMarked;
