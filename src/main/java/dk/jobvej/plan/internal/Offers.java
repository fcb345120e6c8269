package dk.jobvej.plan.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The offers of all municipalities; callers reach them through a citizen they may open. */
interface Offers extends ListCrudRepository<Offer, UUID> {

	@Query("select * from plan.offer where citizen = :citizen order by start_date desc, created_at desc")
	List<Offer> findByCitizen(UUID citizen);

	@Query("select * from plan.offer where status = 'GRANTED' and not start_published and start_date <= :day")
	List<Offer> findStartsDue(LocalDate day);

	@Query("select * from plan.offer where project = :project and status = 'WAITING' order by created_at, id")
	List<Offer> findWaiting(UUID project);

}
