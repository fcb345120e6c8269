package dk.jobvej.youth.internal;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The education orders; callers filter by the municipality of the member of staff. */
interface EducationOrders extends ListCrudRepository<EducationOrder, UUID> {
}
