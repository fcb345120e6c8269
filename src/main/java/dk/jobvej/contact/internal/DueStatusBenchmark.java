package dk.jobvej.contact.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import dk.jobvej.citizen.CitizenRegister;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The benchmark of the due status of every citizen (bench/contact-due-status.sh), switched on only
 * with {@code jobvej.contact.benchmark.due-status=true}: once the application is ready (the demo data
 * loaded), it sweeps every municipality that has citizens with {@link DueStatusSweep}, as many at a
 * time as there are processors, several rounds, and prints the time and the peak heap of each round,
 * then ends the application. Never on in production.
 */
@Component
@ConditionalOnProperty(name = "jobvej.contact.benchmark.due-status", havingValue = "true")
class DueStatusBenchmark {

	private static final Logger log = LoggerFactory.getLogger(DueStatusBenchmark.class);

	private final DueStatusSweep sweep;

	private final CitizenRegister citizens;

	private final CourseFacts courseFacts;

	private final JdbcClient jdbc;

	private final ApplicationContext context;

	DueStatusBenchmark(DueStatusSweep sweep, CitizenRegister citizens, CourseFacts courseFacts, JdbcClient jdbc,
			ApplicationContext context) {
		this.sweep = sweep;
		this.citizens = citizens;
		this.courseFacts = courseFacts;
		this.jdbc = jdbc;
		this.context = context;
	}

	@EventListener(ApplicationReadyEvent.class)
	void run() throws Exception {
		var municipalities = jdbc.sql("select distinct municipality_code from citizen.citizen order by 1")
			.query(Integer.class)
			.list();
		var conversations = jdbc.sql("select count(*) from contact.conversation").query(Long.class).single();
		var threads = Runtime.getRuntime().availableProcessors();
		var rounds = Integer.getInteger("bench.rounds", 3);
		phase("histories", municipalities, threads, code -> citizens.forEachHistory(code, history -> {
		}));
		phase("contact-facts", municipalities, threads, courseFacts::ofMunicipality);
		for (var round = 1; round <= rounds; round++) {
			System.gc();
			heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
			var citizens = new AtomicLong();
			var states = new EnumMap<DueStatus.State, AtomicLong>(DueStatus.State.class);
			for (var state : DueStatus.State.values()) {
				states.put(state, new AtomicLong());
			}
			var start = System.nanoTime();
			try (var pool = Executors.newFixedThreadPool(threads)) {
				var work = new ArrayList<Future<?>>();
				for (var code : municipalities) {
					work.add(pool.submit(() -> sweep.sweep(code, LocalDate.now(), (history, status) -> {
						citizens.incrementAndGet();
						states.get(status.state()).incrementAndGet();
					})));
				}
				for (var future : work) {
					future.get();
				}
			}
			var seconds = (System.nanoTime() - start) / 1e9;
			var peak = heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
			var line = String.format(Locale.ROOT,
					"RESULT contact-due-status round=%d municipalities=%d citizens=%d conversations=%d threads=%d seconds=%.2f peak_heap_mb=%d states=%s",
					round, municipalities.size(), citizens.get(), conversations, threads, seconds, peak, states);
			log.info(line);
			System.out.println(line);
		}
		System.exit(SpringApplication.exit(context, () -> 0));
	}

	/** Times one part of the sweep alone: reading the histories, or the contact module's facts. */
	private static void phase(String name, List<Integer> municipalities, int threads,
			java.util.function.Consumer<Integer> work) throws Exception {
		var start = System.nanoTime();
		try (var pool = Executors.newFixedThreadPool(threads)) {
			var futures = new ArrayList<Future<?>>();
			for (var code : municipalities) {
				futures.add(pool.submit(() -> work.accept(code)));
			}
			for (var future : futures) {
				future.get();
			}
		}
		var line = String.format(Locale.ROOT, "PHASE contact-due-status %s municipalities=%d threads=%d seconds=%.2f", name,
				municipalities.size(), threads, (System.nanoTime() - start) / 1e9);
		log.info(line);
		System.out.println(line);
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
	}

}
