/** The survey module's pages (/brugermaaling, the public answering page /svar) and API (/api/v1/survey). */
@NullMarked
package dk.jobvej.survey.web;

import org.jspecify.annotations.NullMarked;
