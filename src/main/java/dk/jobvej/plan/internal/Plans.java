package dk.jobvej.plan.internal;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The plans, by citizen id. */
interface Plans extends ListCrudRepository<Plan, UUID> {
}
