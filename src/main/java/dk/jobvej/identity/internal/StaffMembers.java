package dk.jobvej.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** The staff of every municipality. */
interface StaffMembers extends ListCrudRepository<Staff, UUID> {

	Optional<Staff> findByUsername(String username);

	List<Staff> findByMunicipalityCodeOrderByName(int municipalityCode);

	/**
	 * Counts a failed login in one atomic statement; the {@code limit}-th failure in a row locks
	 * the account until {@code lockedUntil} and starts the count again. Leaves the version alone:
	 * a failed login is not a change an administrator could collide with.
	 */
	@Modifying
	@Query("""
			update identity.staff
			   set locked_until = case when failed_logins + 1 >= :limit then :lockedUntil else locked_until end,
			       failed_logins = case when failed_logins + 1 >= :limit then 0 else failed_logins + 1 end
			 where username = :username""")
	int countFailedLogin(@Param("username") String username, @Param("limit") int limit,
			@Param("lockedUntil") Instant lockedUntil);

	/** Forgets failed logins after a successful one. */
	@Modifying
	@Query("update identity.staff set failed_logins = 0 where username = :username and failed_logins > 0")
	int clearFailedLogins(@Param("username") String username);

}
