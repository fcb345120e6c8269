/**
 * Cross-municipality match networks (Vækst Via Viden, seeds 002 and 003): partners (UCN, AAU, an a-kasse,
 * the jobcenter) match highly educated graduates and students with companies, above all small and
 * medium-sized ones outside Aalborg. Match openings pass from partner to partner until one takes them
 * ("bolden gribes altid"); each partner sees only its own candidates; openings and match counts are
 * shared; a dashboard shows progress against the targets.
 */
@ApplicationModule(displayName = "Network")
@NullMarked
package dk.jobvej.network;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
