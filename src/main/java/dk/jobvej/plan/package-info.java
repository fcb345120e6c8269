/**
 * Min Plan and the offers (indsatser): the citizen's plan with end goal and sub-goals (slutmål og
 * delmål) and what was agreed at each conversation; offers of every kind with start, planned end,
 * provider, status and result, their durations and extensions checked by effective-dated rules;
 * the offer catalogue (tilbudsvifte) with places, waiting lists and occupancy; decisions
 * (afgørelser) with letters; the progression tool; the Digital Jobhjælp self-help library; and
 * the 70 % target. Other modules hear about offers through {@link dk.jobvej.plan.OfferStarted}
 * and {@link dk.jobvej.plan.OfferEnded} and read them in bulk through
 * {@link dk.jobvej.plan.OfferHistory}.
 */
@ApplicationModule(displayName = "Plan")
@NullMarked
package dk.jobvej.plan;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
