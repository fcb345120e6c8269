/**
 * Rehabilitation and sickness: the rehabilitation team (rehabiliteringsteam) with its cases,
 * meetings, documents, recommendations (indstillinger) and decisions; jobafklaringsforløb and
 * ressourceforløb with their deadlines; the free-municipality variant (frikommuneforsøg) of
 * seed 002; and the sickness-benefit follow-up of Sygedagpengehuset (sygedagpengeopfølgning).
 * The rules move with the law (2024, 2025 and the 2026 employment reform), so every rule is an
 * effective-dated row with its transitional rule.
 */
@ApplicationModule(displayName = "Rehabilitation and sickness")
@NullMarked
package dk.jobvej.rehab;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
