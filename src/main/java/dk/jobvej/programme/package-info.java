/**
 * Programmes and trials (projekter og forsøg) such as JobFirst and Flere Skal Med: target-group
 * rules as data evaluated against benefit history, the fixed gross target group (bruttomålgruppe),
 * reproducible randomisation into participants and controls, programme visitation groups,
 * activity-based grants (aktivitetsafhængigt tilskud) reconciled with the budget, the status report
 * and the effect evaluation.
 */
@ApplicationModule(displayName = "Programme")
@NullMarked
package dk.jobvej.programme;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
