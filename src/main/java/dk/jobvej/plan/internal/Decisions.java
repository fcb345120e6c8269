package dk.jobvej.plan.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Decisions with their letters, newest first per citizen. */
interface Decisions extends ListCrudRepository<Decision, UUID> {

	@Query("select * from plan.decision where citizen = :citizen order by decided_at desc")
	List<Decision> findByCitizen(UUID citizen);

}
