package dk.jobvej.rehab.internal;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The sickness-benefit follow-up cases; callers filter by the municipality of the member of staff. */
interface SicknessCases extends ListCrudRepository<SicknessCase, UUID> {
}
