package dk.jobvej.network.internal;

import java.util.UUID;

import dk.jobvej.identity.UnitId;

/**
 * A partner of a network with its pool of candidates (seed 002: UCN students of academy and professional
 * bachelor programmes; AAU bachelor and master students; the a-kasse graduates in the whole country; the
 * jobcenter graduates in Aalborg), its target of matches and its place in the relay.
 */
public record Partner(UUID id, UUID network, String code, String name, String pool, UnitId unit, int relayOrder,
		int targetMatches) {
}
