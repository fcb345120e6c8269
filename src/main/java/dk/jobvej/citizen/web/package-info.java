/** The citizen pages (/borgere) and API (/api/v1/citizens). */
@NullMarked
package dk.jobvej.citizen.web;

import org.jspecify.annotations.NullMarked;
