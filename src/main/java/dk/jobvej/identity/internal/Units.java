package dk.jobvej.identity.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** The organisational units of every municipality. */
interface Units extends ListCrudRepository<Unit, UUID> {

	List<Unit> findByMunicipalityCodeOrderByName(int municipalityCode);

	/** Whether another unit of the municipality has this name, ignoring case and surrounding blanks. */
	@Query("""
			select exists (select 1 from identity.unit
			                where municipality_code = :municipalityCode
			                  and lower(name) = lower(trim(:name))
			                  and id <> :except)""")
	boolean nameTaken(@Param("municipalityCode") int municipalityCode, @Param("name") String name,
			@Param("except") UUID except);

}
