package dk.jobvej.identity.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.UnitId;
import dk.jobvej.platform.NotFound;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisational units of the caller's municipality. Every member of staff may read them;
 * only an administrator may create, rename or move one.
 */
@RestController
@RequestMapping("/api/v1/units")
class UnitApi {

	private final Administration administration;

	private final Organisation organisation;

	UnitApi(Administration administration, Organisation organisation) {
		this.administration = administration;
		this.organisation = organisation;
	}

	@GetMapping
	List<UnitResponse> units() {
		return administration.versionedUnits(organisation.signedIn().municipalityCode())
			.stream()
			.map(UnitResponse::of)
			.toList();
	}

	@GetMapping("/{id}")
	UnitResponse unit(@PathVariable UUID id) {
		return find(new UnitId(id));
	}

	@PostMapping
	ResponseEntity<UnitResponse> create(@Valid @RequestBody UnitRequest request) {
		var id = administration.createUnit(String.valueOf(request.name()), request.parentId(),
				organisation.signedIn().municipalityCode());
		return ResponseEntity.created(URI.create("/api/v1/units/" + id)).body(find(id));
	}

	@PutMapping("/{id}")
	UnitResponse change(@PathVariable UUID id, @Valid @RequestBody UnitChangeRequest request) {
		var unit = new UnitId(id);
		find(unit);
		administration.changeUnit(unit, request.toChange());
		return find(unit);
	}

	private UnitResponse find(UnitId id) {
		var municipality = organisation.signedIn().municipalityCode();
		return administration.versionedUnit(id)
			.filter(unit -> unit.unit().municipalityCode() == municipality)
			.map(UnitResponse::of)
			.orElseThrow(() -> new NotFound("identity.unit.notFound"));
	}

}
