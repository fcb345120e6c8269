package dk.jobvej.results.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The KPIs. */
interface Kpis extends ListCrudRepository<Kpi, UUID> {

	List<Kpi> findByMunicipalityCodeOrderByPosition(int municipalityCode);

}
