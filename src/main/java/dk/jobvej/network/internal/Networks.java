package dk.jobvej.network.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.UnitId;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Networks and their partners (set up by an administrator), and which partner the signed-in member of
 * staff acts for: the partner whose unit is theirs. Staff of no partner of a network are refused.
 */
@Service
public class Networks {

	private final JdbcClient jdbc;

	private final Organisation organisation;

	private final Clock clock;

	Networks(JdbcClient jdbc, Organisation organisation, Clock clock) {
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.clock = clock;
	}

	@Transactional
	public UUID create(Network network, Map<Integer, String> municipalities) {
		Texts.check("name", network.name(), "network.validation.control");
		for (var name : municipalities.values()) {
			Texts.check("municipalities", name, "network.validation.control");
		}
		if (network.periodTo().isBefore(network.periodFrom())) {
			throw new RuleViolation("periodTo", "network.period.order");
		}
		if (!municipalities.containsKey(network.homeMunicipality())) {
			throw new RuleViolation("homeMunicipality", "network.home.notCovered");
		}
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into network.network (id, name, period_from, period_to, target_matches, home_municipality,
				    home_share_percent, take_within_days, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, network.name(), network.periodFrom(), network.periodTo(), network.targetMatches(),
					network.homeMunicipality(), network.homeSharePercent(), network.takeWithinDays(),
					Timestamp.from(clock.instant()))
			.update();
		municipalities.forEach((code, name) -> jdbc
			.sql("insert into network.municipality (network, code, name) values (?, ?, ?)")
			.params(id, code, name)
			.update());
		return id;
	}

	@Transactional
	public UUID addPartner(UUID network, String code, String name, String pool, UnitId unit, int relayOrder,
			int targetMatches) {
		byId(network);
		Texts.check("name", name, "network.validation.control");
		Texts.check("pool", pool, "network.validation.control");
		if (organisation.unit(unit).isEmpty()) {
			throw new RuleViolation("unit", "network.unit.unknown");
		}
		var id = UUID.randomUUID();
		try {
			jdbc.sql("""
					insert into network.partner (id, network, code, name, pool, unit, relay_order, target_matches)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, network, code, name, pool, unit.value(), relayOrder, targetMatches)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation("code", "network.partner.duplicate");
		}
		return id;
	}

	public Network byId(UUID id) {
		return jdbc.sql(NETWORK + " where id = ?").param(id).query(Networks::network).optional()
			.orElseThrow(() -> new NotFound("network.notFound"));
	}

	/** The partners of a network in relay order. */
	public List<Partner> partners(UUID network) {
		return jdbc.sql(PARTNER + " where network = ? order by relay_order").param(network).query(Networks::partner)
			.list();
	}

	public Map<Integer, String> municipalities(UUID network) {
		var names = new java.util.TreeMap<Integer, String>();
		jdbc.sql("select code, name from network.municipality where network = ?").param(network)
			.query(rs -> {
				names.put(rs.getInt(1), rs.getString(2));
			});
		return names;
	}

	/** The partner the signed-in member of staff acts for in the network; anyone else is refused. */
	public Partner me(UUID network) {
		return mine(network).orElseThrow(() -> new AccessDeniedException("not a partner of the network"));
	}

	Optional<Partner> mine(UUID network) {
		var unit = organisation.signedIn().unit();
		return jdbc.sql(PARTNER + " where network = ? and unit = ?")
			.params(network, unit.value())
			.query(Networks::partner)
			.optional();
	}

	/** The networks the signed-in member of staff is a partner of, newest first. */
	public List<Network> ofSignedIn() {
		return jdbc.sql(NETWORK + " where id in (select network from network.partner where unit = ?) "
				+ "order by period_from desc, name")
			.param(organisation.signedIn().unit().value())
			.query(Networks::network)
			.list();
	}

	private static final String NETWORK = """
			select id, name, period_from, period_to, target_matches, home_municipality, home_share_percent,
			    take_within_days
			from network.network""";

	private static final String PARTNER = """
			select id, network, code, name, pool, unit, relay_order, target_matches from network.partner""";

	private static Network network(ResultSet rs, int n) throws SQLException {
		return new Network(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
				rs.getObject(4, LocalDate.class), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8));
	}

	static Partner partner(ResultSet rs, int n) throws SQLException {
		return new Partner(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
				rs.getString(5), new UnitId(rs.getObject(6, UUID.class)), rs.getInt(7), rs.getInt(8));
	}

}
