package dk.jobvej.plan.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The catalogue's projects, per municipality. */
interface Projects extends ListCrudRepository<Project, UUID> {

	@Query("select * from plan.project where municipality_code = :municipalityCode order by heading, name")
	List<Project> findByMunicipality(int municipalityCode);

	@Query("select exists (select 1 from plan.project where municipality_code = :municipalityCode and lower(name) = lower(:name) and id <> :except)")
	boolean nameTaken(int municipalityCode, String name, UUID except);

}
