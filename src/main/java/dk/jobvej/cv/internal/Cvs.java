package dk.jobvej.cv.internal;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The CVs, by citizen id. */
interface Cvs extends ListCrudRepository<Cv, UUID> {
}
