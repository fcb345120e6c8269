package dk.jobvej.results.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Committee reports made in the background, so the page can show a progress bar (htmx polls the
 * job) while the figures are gathered and the PDF and XLSX written. Jobs live in this instance's
 * memory and are forgotten after the configured time; only the municipality that asked may fetch one.
 */
@Component
public class ReportJobs {

	private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);

	private final CommitteeReport report;

	private final ResultsProperties properties;

	private final Clock clock;

	private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	ReportJobs(CommitteeReport report, ResultsProperties properties, Clock clock) {
		this.report = report;
		this.properties = properties;
		this.clock = clock;
	}

	/** Starts a report of the year for the municipality, in the language. */
	public UUID start(int municipalityCode, int year, Locale locale) {
		forgetOld();
		var job = new Job(UUID.randomUUID(), municipalityCode, year, clock.instant());
		jobs.put(job.id, job);
		executor.submit(() -> run(job, locale));
		return job.id;
	}

	/** The job, if it exists and belongs to the municipality. */
	public Optional<Job> get(UUID id, int municipalityCode) {
		return Optional.ofNullable(jobs.get(id)).filter(job -> job.municipalityCode == municipalityCode);
	}

	private void run(Job job, Locale locale) {
		try {
			job.step = "gather";
			var content = report.gather(job.municipalityCode, job.year, locale, progress -> job.progress = progress);
			job.step = "pdf";
			job.pdf = report.pdf(content, locale);
			job.progress = 80;
			job.step = "xlsx";
			job.xlsx = report.xlsx(content, locale);
			job.step = "done";
			job.progress = 100;
		}
		catch (RuntimeException | Error ex) {
			log.error("Committee report {} failed", job.id, ex);
			job.failed = true;
			job.step = "failed";
		}
	}

	private void forgetOld() {
		var limit = clock.instant().minus(properties.reportTimeout());
		jobs.values().removeIf(job -> job.started.isBefore(limit));
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

	/** A report being made: how far it is, and the documents when done. */
	public static final class Job {

		private final UUID id;

		private final int municipalityCode;

		private final int year;

		private final Instant started;

		private volatile int progress;

		private volatile String step = "queued";

		private volatile byte @Nullable [] pdf;

		private volatile byte @Nullable [] xlsx;

		private volatile boolean failed;

		Job(UUID id, int municipalityCode, int year, Instant started) {
			this.id = id;
			this.municipalityCode = municipalityCode;
			this.year = year;
			this.started = started;
		}

		public UUID id() {
			return id;
		}

		public int year() {
			return year;
		}

		public int progress() {
			return progress;
		}

		/** queued, gather, pdf, xlsx, done or failed. */
		public String step() {
			return step;
		}

		/** The message key of the step, for the progress bar's label. */
		public String stepKey() {
			return "results.report.step." + step;
		}

		public boolean done() {
			return "done".equals(step);
		}

		public boolean failed() {
			return failed;
		}

		public byte @Nullable [] pdf() {
			return pdf;
		}

		public byte @Nullable [] xlsx() {
			return xlsx;
		}

	}

}
