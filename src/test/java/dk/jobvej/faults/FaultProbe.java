package dk.jobvej.faults;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dk.jobvej.citizen.Address;
import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.citizen.Cpr;
import dk.jobvej.citizen.ImportedBenefitPeriod;
import dk.jobvej.citizen.ImportedCitizen;
import dk.jobvej.citizen.JournalNoteWritten;
import dk.jobvej.identity.Organisation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the crash test needs inside a Jobvej it kills: a bulk import it can start over the API,
 * and a listener of a domain event that it can catch in the middle of its work. Only in the
 * {@code fault-probe} profile, which only {@link CrashSafetyTests} switches on in a JVM of its
 * own; the test suite's Jobvej never has it.
 *
 * <ul>
 * <li>{@code POST /api/v1/fault-probe/imports} imports {@code batches} batches of {@code size}
 * citizens through {@link CitizenImport} with batch ids {@code fault-<n>}. The citizens are the same
 * on every run (ids, CPR numbers from a counter), and each carries its batch in the family name
 * ({@code Faultbatch<n>}), so a test can see which batches are there.</li>
 * <li>The listener records each {@link JournalNoteWritten} in {@code fault_probe.handled}, in its own
 * transaction (an {@link ApplicationModuleListener}). With {@code fault-probe.stall-listener=true}
 * it then waits forever, holding its transaction open, until the process is killed.</li>
 * </ul>
 */
@RestController
@Profile("fault-probe")
class FaultProbe {

	private static final Logger log = LoggerFactory.getLogger(FaultProbe.class);

	private final CitizenImport imports;

	private final Organisation organisation;

	private final JdbcClient jdbc;

	private final boolean stall;

	FaultProbe(CitizenImport imports, Organisation organisation, JdbcClient jdbc,
			@Value("${fault-probe.stall-listener:false}") boolean stall) {
		this.imports = imports;
		this.organisation = organisation;
		this.jdbc = jdbc;
		this.stall = stall;
		jdbc.sql("create schema if not exists fault_probe").update();
		jdbc.sql("create table if not exists fault_probe.handled (note uuid not null, handled_at timestamptz not null)")
			.update();
	}

	/** What to import. */
	record ImportRequest(int batches, int size) {
	}

	/** How many citizens this run imported, and how many batches were there before. */
	record ImportResult(int imported, int skippedBatches) {
	}

	@PostMapping("/api/v1/fault-probe/imports")
	ImportResult importAll(@RequestBody ImportRequest request) {
		var unit = organisation.units(851).getFirst().id();
		var imported = 0;
		var skipped = 0;
		for (var batch = 0; batch < request.batches(); batch++) {
			var citizens = new ArrayList<ImportedCitizen>(request.size());
			for (var i = 0; i < request.size(); i++) {
				var number = batch * request.size() + i;
				citizens.add(new ImportedCitizen(new CitizenId(new UUID(0xFA017L, number)), cpr(number), "Fault",
						"Faultbatch" + batch, new Address("Crashvej " + (i % 200 + 1), "9000", "Aalborg"), 851, unit,
						null, List.of(new ImportedBenefitPeriod(BenefitType.A_DAGPENGE, LocalDate.of(2024, 1, 1), null)),
						List.of()));
			}
			log.info("fault-probe: importing batch {}", batch);
			var count = imports.importBatch("fault-" + batch, citizens);
			if (count == 0) {
				skipped++;
			}
			imported += count;
			log.info("fault-probe: batch {} done, {} citizens", batch, count);
		}
		return new ImportResult(imported, skipped);
	}

	@ApplicationModuleListener
	void on(JournalNoteWritten written) throws InterruptedException {
		jdbc.sql("insert into fault_probe.handled (note, handled_at) values (?, now())")
			.param(written.note().value())
			.update();
		log.info("fault-probe: handled journal note {}", written.note().value());
		if (stall) {
			Thread.sleep(Long.MAX_VALUE);
		}
	}

	/**
	 * A CPR number for the counter: a birth date from 1 January 1960 on, a thousand people a day,
	 * the seventh digit 1 (born 1900–1999). Valid by {@link Cpr}; modulus 11 is not required.
	 */
	private static Cpr cpr(int number) {
		var born = LocalDate.of(1960, 1, 1).plusDays(number / 1000);
		return Cpr.parse(String.format("%02d%02d%02d1%03d", born.getDayOfMonth(), born.getMonthValue(),
				born.getYear() % 100, number % 1000));
	}

}
