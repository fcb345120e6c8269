/** The match network's pages (/vaekst-via-viden) and API (/api/v1/network). */
@NullMarked
package dk.jobvej.network.web;

import org.jspecify.annotations.NullMarked;
