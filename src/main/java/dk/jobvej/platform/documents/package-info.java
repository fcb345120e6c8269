/** Documents Jobvej produces: PDF rendered from Thymeleaf templates. */
@NullMarked
package dk.jobvej.platform.documents;

import org.jspecify.annotations.NullMarked;
