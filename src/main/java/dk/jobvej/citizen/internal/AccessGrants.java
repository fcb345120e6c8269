package dk.jobvej.citizen.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Break-the-glass grants; append-only. */
interface AccessGrants extends Repository<AccessGrant, UUID> {

	AccessGrant save(AccessGrant grant);

	/** The grant of the member of staff for the citizen that lasts longest, if one is in force. */
	@Query("""
			select * from citizen.access_grant
			where staff = :staff and citizen = :citizen and expires_at > :now
			order by expires_at desc limit 1""")
	Optional<AccessGrant> findActive(UUID staff, UUID citizen, Instant now);

}
