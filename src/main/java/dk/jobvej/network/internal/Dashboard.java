package dk.jobvej.network.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The network's progress, shared by all partners (seed 002: "2 år inde i samarbejdsperioden er der
 * etableret 1344 match – 2/3-del af målet. 51% i Aalborg"): matches in the period against the target, the
 * share in the home municipality against its target, and the matches by partner (against each partner's
 * target), by municipality and by kind. Counts only: no candidate is named.
 */
@Service
public class Dashboard {

	private final JdbcClient jdbc;

	private final Networks networks;

	private final Clock clock;

	Dashboard(JdbcClient jdbc, Networks networks, Clock clock) {
		this.jdbc = jdbc;
		this.networks = networks;
		this.clock = clock;
	}

	public Progress of(UUID networkId) {
		networks.me(networkId);
		var network = networks.byId(networkId);
		var total = count(networkId, "true");
		var home = jdbc.sql("""
				select count(*) from network.match where network = ? and company_municipality = ?
				and matched_on between ? and ?""")
			.params(networkId, network.homeMunicipality(), network.periodFrom(), network.periodTo())
			.query(Integer.class).single();
		var byPartner = new ArrayList<PartnerCount>();
		var counts = grouped(networkId, "partner::text");
		for (var partner : networks.partners(networkId)) {
			byPartner.add(new PartnerCount(partner.code(), partner.name(), counts.getOrDefault(partner.id().toString(), 0),
					partner.targetMatches()));
		}
		var names = networks.municipalities(networkId);
		var byMunicipality = new ArrayList<MunicipalityCount>();
		var perMunicipality = grouped(networkId, "company_municipality::text");
		names.forEach((code, name) -> byMunicipality
			.add(new MunicipalityCount(code, name, perMunicipality.getOrDefault(String.valueOf(code), 0))));
		byMunicipality.sort((a, b) -> Integer.compare(b.matches(), a.matches()));
		var byKind = new LinkedHashMap<MatchKind, Integer>();
		var perKind = grouped(networkId, "kind");
		for (var kind : MatchKind.values()) {
			byKind.put(kind, perKind.getOrDefault(kind.name(), 0));
		}
		var today = LocalDate.now(clock);
		var days = ChronoUnit.DAYS.between(network.periodFrom(), network.periodTo()) + 1;
		var gone = today.isBefore(network.periodFrom()) ? 0
				: Math.min(days, ChronoUnit.DAYS.between(network.periodFrom(), today) + 1);
		return new Progress(network, total, home, byPartner, byMunicipality, byKind, (double) gone / days);
	}

	private int count(UUID network, String condition) {
		return jdbc.sql("select count(*) from network.match m join network.network n on n.id = m.network "
				+ "where m.network = ? and m.matched_on between n.period_from and n.period_to and " + condition)
			.param(network)
			.query(Integer.class)
			.single();
	}

	private Map<String, Integer> grouped(UUID network, String column) {
		var counts = new LinkedHashMap<String, Integer>();
		jdbc.sql("select " + column + ", count(*) from network.match m join network.network n on n.id = m.network "
				+ "where m.network = ? and m.matched_on between n.period_from and n.period_to group by 1")
			.param(network)
			.query(rs -> {
				counts.put(rs.getString(1), rs.getInt(2));
			});
		return counts;
	}

	/**
	 * The progress of a network.
	 *
	 * @param elapsed the share of the period gone by today
	 */
	public record Progress(Network network, int matches, int homeMatches, List<PartnerCount> byPartner,
			List<MunicipalityCount> byMunicipality, Map<MatchKind, Integer> byKind, double elapsed) {

		@com.fasterxml.jackson.annotation.JsonProperty
		public int percentOfTarget() {
			return (int) Math.round(100.0 * matches / network.targetMatches());
		}

		/** The share of the matches in the home municipality, per cent. */
		@com.fasterxml.jackson.annotation.JsonProperty
		public int homeSharePercent() {
			return matches == 0 ? 0 : (int) Math.round(100.0 * homeMatches / matches);
		}

		/** Where the count should be by today if the target were reached evenly over the period. */
		@com.fasterxml.jackson.annotation.JsonProperty
		public int expectedByNow() {
			return (int) Math.round(network.targetMatches() * elapsed);
		}

	}

	/** A partner's matches against its target. */
	public record PartnerCount(String code, String name, int matches, int target) {

		@com.fasterxml.jackson.annotation.JsonProperty
		public int percentOfTarget() {
			return target == 0 ? 0 : (int) Math.round(100.0 * matches / target);
		}

	}

	/** The matches with companies in a municipality. */
	public record MunicipalityCount(int code, String name, int matches) {
	}

}
