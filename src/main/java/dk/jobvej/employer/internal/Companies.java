package dk.jobvej.employer.internal;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The companies. */
interface Companies extends ListCrudRepository<Company, UUID> {
}
