package dk.jobvej.identity.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;
import dk.jobvej.platform.NotFound;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff of the administrator's municipality: hire, change, deactivate, reset password, unlock. */
@RestController
@RequestMapping("/api/v1/staff")
class StaffApi {

	private final Administration administration;

	private final Organisation organisation;

	private final Clock clock;

	StaffApi(Administration administration, Organisation organisation, Clock clock) {
		this.administration = administration;
		this.organisation = organisation;
		this.clock = clock;
	}

	@GetMapping
	List<StaffResponse> staff(@RequestParam(required = false) @Nullable UUID unit,
			@RequestParam(required = false) @Nullable Role role) {
		var now = clock.instant();
		return administration
			.accounts(organisation.signedIn().municipalityCode(), unit == null ? null : new UnitId(unit), role)
			.stream()
			.map(account -> StaffResponse.of(account, now))
			.toList();
	}

	@GetMapping("/{id}")
	StaffResponse member(@PathVariable UUID id) {
		return find(new StaffId(id));
	}

	@PostMapping
	ResponseEntity<StaffResponse> hire(@Valid @RequestBody NewStaffRequest request) {
		var id = administration.hire(request.toNewStaffMember());
		return ResponseEntity.created(URI.create("/api/v1/staff/" + id)).body(find(id));
	}

	@PutMapping("/{id}")
	StaffResponse change(@PathVariable UUID id, @Valid @RequestBody StaffRequest request) {
		var member = new StaffId(id);
		administration.change(member, request.toChange());
		return find(member);
	}

	@PostMapping("/{id}/deactivate")
	StaffResponse deactivate(@PathVariable UUID id) {
		administration.deactivate(new StaffId(id));
		return find(new StaffId(id));
	}

	@PostMapping("/{id}/activate")
	StaffResponse activate(@PathVariable UUID id) {
		administration.activate(new StaffId(id));
		return find(new StaffId(id));
	}

	@PostMapping("/{id}/unlock")
	StaffResponse unlock(@PathVariable UUID id) {
		administration.unlock(new StaffId(id));
		return find(new StaffId(id));
	}

	@PostMapping("/{id}/password")
	ResponseEntity<Void> password(@PathVariable UUID id, @Valid @RequestBody PasswordRequest request) {
		administration.resetPassword(new StaffId(id), String.valueOf(request.password()));
		return ResponseEntity.noContent().build();
	}

	private StaffResponse find(StaffId id) {
		return administration.account(id)
			.map(account -> StaffResponse.of(account, clock.instant()))
			.orElseThrow(() -> new NotFound("identity.staff.notFound"));
	}

}
