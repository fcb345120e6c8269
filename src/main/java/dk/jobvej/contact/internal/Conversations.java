package dk.jobvej.contact.internal;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The conversations of all municipalities; callers check the citizen's municipality through the citizen module. */
interface Conversations extends ListCrudRepository<Conversation, UUID> {
}
