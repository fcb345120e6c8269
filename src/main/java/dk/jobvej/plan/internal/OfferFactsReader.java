package dk.jobvej.plan.internal;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.identity.UnitId;
import dk.jobvej.plan.OfferFacts;
import dk.jobvej.plan.OfferHistory;
import dk.jobvej.plan.OfferId;
import dk.jobvej.plan.OfferResult;
import dk.jobvej.plan.OfferStatus;
import dk.jobvej.plan.OfferType;
import dk.jobvej.plan.ProviderKind;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Streams a municipality's offers through a cursor, for computations. */
@Service
class OfferFactsReader implements OfferHistory {

	private final JdbcTemplate jdbc;

	OfferFactsReader(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(2_000);
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachOffer(int municipalityCode, Consumer<OfferFacts> each) {
		jdbc.query("""
				select id, citizen, municipality_code, unit, type, status, provider_kind, start_date, planned_end,
				       ended_on, result, hours_per_week
				from plan.offer where municipality_code = ?""", (RowCallbackHandler) rs -> each.accept(new OfferFacts(
				new OfferId(rs.getObject("id", UUID.class)), new CitizenId(rs.getObject("citizen", UUID.class)),
				rs.getInt("municipality_code"), new UnitId(rs.getObject("unit", UUID.class)),
				OfferType.valueOf(rs.getString("type")), OfferStatus.valueOf(rs.getString("status")),
				ProviderKind.valueOf(rs.getString("provider_kind")), rs.getObject("start_date", LocalDate.class),
				rs.getObject("planned_end", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
				rs.getString("result") == null ? null : OfferResult.valueOf(rs.getString("result")),
				rs.getObject("hours_per_week", Integer.class))), municipalityCode);
	}

}
