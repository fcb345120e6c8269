package dk.jobvej.network.web;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.identity.UnitId;
import dk.jobvej.network.internal.Candidate;
import dk.jobvej.network.internal.Candidates;
import dk.jobvej.network.internal.Dashboard;
import dk.jobvej.network.internal.Network;
import dk.jobvej.network.internal.Networks;
import dk.jobvej.network.internal.NewOpening;
import dk.jobvej.network.internal.Opening;
import dk.jobvej.network.internal.Openings;
import dk.jobvej.network.web.NetworkRequests.AddCandidate;
import dk.jobvej.network.web.NetworkRequests.AddPartner;
import dk.jobvej.network.web.NetworkRequests.CreateNetwork;
import dk.jobvej.network.web.NetworkRequests.MakeMatch;
import dk.jobvej.network.web.NetworkRequests.OpenOpening;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The match network's API (Vækst Via Viden): networks and partners, openings, candidates, matches, dashboard. */
@RestController
@Tag(name = "Network", description = "Cross-municipality match network (Vækst Via Viden)")
class NetworkApi {

	private final Networks networks;

	private final Openings openings;

	private final Candidates candidates;

	private final Dashboard dashboard;

	NetworkApi(Networks networks, Openings openings, Candidates candidates, Dashboard dashboard) {
		this.networks = networks;
		this.openings = openings;
		this.candidates = candidates;
		this.dashboard = dashboard;
	}

	@PostMapping("/api/v1/network/networks")
	@Operation(summary = "Set up a network: period, targets, municipalities and the days to take an opening")
	ResponseEntity<Created> create(@Valid @RequestBody CreateNetwork request) {
		var id = networks.create(new Network(UUID.randomUUID(), Objects.requireNonNull(request.name()),
				Objects.requireNonNull(request.periodFrom()), Objects.requireNonNull(request.periodTo()),
				Objects.requireNonNull(request.targetMatches()), Objects.requireNonNull(request.homeMunicipality()),
				Objects.requireNonNull(request.homeSharePercent()), Objects.requireNonNull(request.takeWithinDays())),
				Objects.requireNonNull(request.municipalities()));
		return ResponseEntity.created(URI.create("/api/v1/network/networks/" + id)).body(new Created(id));
	}

	@PostMapping("/api/v1/network/networks/{id}/partners")
	@Operation(summary = "Add a partner with its pool, unit (its staff), place in the relay and target")
	ResponseEntity<Created> partner(@PathVariable UUID id, @Valid @RequestBody AddPartner request) {
		var partner = networks.addPartner(id, Objects.requireNonNull(request.code()),
				Objects.requireNonNull(request.name()), Objects.requireNonNull(request.pool()),
				new UnitId(Objects.requireNonNull(request.unit())), Objects.requireNonNull(request.relayOrder()),
				Objects.requireNonNull(request.targetMatches()));
		return ResponseEntity.created(URI.create("/api/v1/network/networks/" + id)).body(new Created(partner));
	}

	@GetMapping("/api/v1/network/networks/{id}/dashboard")
	@Operation(summary = "Matches against the targets, by partner, municipality and kind (shared)")
	Dashboard.Progress dashboard(@PathVariable UUID id) {
		return dashboard.of(id);
	}

	@GetMapping("/api/v1/network/networks/{id}/openings")
	@Operation(summary = "The network's match openings with the partner holding each now (shared)")
	List<Opening> openings(@PathVariable UUID id) {
		return openings.list(id);
	}

	@PostMapping("/api/v1/network/networks/{id}/openings")
	@Operation(summary = "Open a match opening after a dialog with a company; offered first to the own partner")
	ResponseEntity<Created> open(@PathVariable UUID id, @Valid @RequestBody OpenOpening request) {
		var opening = openings.open(id, new NewOpening(Objects.requireNonNull(request.companyName()),
				Objects.requireNonNull(request.cvr()), Objects.requireNonNull(request.companyMunicipality()),
				Objects.requireNonNull(request.dialog()), Objects.requireNonNull(request.jobContent()),
				Objects.requireNonNull(request.description()), Objects.requireNonNull(request.kind())));
		return ResponseEntity.created(URI.create("/api/v1/network/openings/" + opening)).body(new Created(opening));
	}

	@PostMapping("/api/v1/network/openings/{id}/take")
	@Operation(summary = "Take the opening (only the partner holding it)")
	ResponseEntity<Void> take(@PathVariable UUID id) {
		openings.take(id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/network/openings/{id}/pass")
	@Operation(summary = "Pass the opening to the next partner now (only the partner holding it)")
	ResponseEntity<Void> pass(@PathVariable UUID id) {
		openings.pass(id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/network/openings/{id}/matches")
	@Operation(summary = "Match one of the own candidates with a taken opening")
	ResponseEntity<Created> match(@PathVariable UUID id, @Valid @RequestBody MakeMatch request) {
		var match = openings.match(id, Objects.requireNonNull(request.candidate()),
				Objects.requireNonNull(request.matchedOn()));
		return ResponseEntity.created(URI.create("/api/v1/network/openings/" + id)).body(new Created(match));
	}

	@GetMapping("/api/v1/network/networks/{id}/candidates")
	@Operation(summary = "The caller's partner's own candidates (each audited)")
	List<Candidate> candidates(@PathVariable UUID id) {
		return candidates.mine(id);
	}

	@PostMapping("/api/v1/network/networks/{id}/candidates")
	@Operation(summary = "Add a candidate to the caller's partner's pool")
	ResponseEntity<Created> addCandidate(@PathVariable UUID id, @Valid @RequestBody AddCandidate request) {
		var candidate = candidates.add(id, Objects.requireNonNull(request.name()),
				Objects.requireNonNull(request.educationLevel()), Objects.requireNonNull(request.field()),
				Objects.requireNonNull(request.stage()), Objects.requireNonNull(request.homeMunicipality()));
		return ResponseEntity.created(URI.create("/api/v1/network/candidates/" + candidate)).body(new Created(candidate));
	}

	@GetMapping("/api/v1/network/candidates/{id}")
	@Operation(summary = "One of the caller's partner's candidates (audited); another partner's is 404")
	Candidate candidate(@PathVariable UUID id) {
		return candidates.view(id);
	}

	record Created(UUID id) {
	}

}
