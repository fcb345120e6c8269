package dk.jobvej.plan.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.portal.CitizenPortal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Digital Jobhjælp: the self-help library citizens use on Min side at any hour, and each
 * citizen's progress through it (steps ticked off, item completed), which their caseworker sees.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class HelpLibrary {

	private final JdbcClient jdbc;

	private final CitizenPortal portal;

	private final CitizenRegister citizens;

	private final Clock clock;

	HelpLibrary(JdbcClient jdbc, CitizenPortal portal, CitizenRegister citizens, Clock clock) {
		this.jdbc = jdbc;
		this.portal = portal;
		this.citizens = citizens;
		this.clock = clock;
	}

	/** An item in the reader's language: its text in paragraphs and its steps. */
	public record Item(String code, String topic, int minutes, String title, String summary, List<String> paragraphs,
			List<String> steps, String source) {
	}

	/**
	 * How far a citizen has come with an item: which steps are ticked off (bit n for step n + 1)
	 * and when it was started and completed.
	 */
	public record Progress(String item, String title, int ticked, int steps, java.time.ZonedDateTime startedAt,
			java.time.@Nullable ZonedDateTime completedAt) {

		public int stepsDone() {
			return Integer.bitCount(ticked);
		}

		/** Whether step {@code n} (counted from 1) is ticked off. */
		public boolean done(int n) {
			return n >= 1 && n <= 31 && (ticked & (1 << (n - 1))) != 0;
		}

		public boolean completed() {
			return completedAt != null;
		}

		public int percent() {
			return steps == 0 ? 0 : Math.round(100f * stepsDone() / steps);
		}

	}

	@Transactional(readOnly = true)
	public List<Item> items(Locale locale) {
		return jdbc.sql("select * from plan.help_item order by position").query((rs, row) -> item(rs, locale)).list();
	}

	@Transactional(readOnly = true)
	public Optional<Item> item(String code, Locale locale) {
		return jdbc.sql("select * from plan.help_item where code = ?")
			.param(code)
			.query((rs, row) -> item(rs, locale))
			.optional();
	}

	/** The signed-in citizen's progress, by item code. */
	@Transactional(readOnly = true)
	public Map<String, Progress> ownProgress(Locale locale) {
		return progress(portal.signedIn(), locale);
	}

	/** A citizen's progress for a member of staff; audited as a read of {@code what}. */
	public Map<String, Progress> progressForStaff(CitizenId citizen, String what, Locale locale) {
		citizens.open(citizen, what);
		return progress(citizen, locale);
	}

	/**
	 * The signed-in citizen's ticks for an item: the steps done, counted from 1 (none: the item is
	 * opened). Ticking off every step completes it; unticking one reopens it.
	 */
	public void tick(String code, java.util.Set<Integer> stepsDone) {
		var citizen = portal.signedIn();
		var item = item(code, Locale.forLanguageTag("da")).orElseThrow(() -> new NotFound("plan.help.notFound"));
		var mask = 0;
		for (var step : stepsDone) {
			if (step == null || step < 1 || step > item.steps().size()) {
				throw new RuleViolation("done", "plan.help.steps", item.steps().size());
			}
			mask |= 1 << (step - 1);
		}
		var all = (1 << item.steps().size()) - 1;
		var municipality = citizens.ownFacts(citizen).history().municipalityCode();
		var now = java.sql.Timestamp.from(clock.instant());
		var done = mask == all ? now : null;
		jdbc.sql("""
				insert into plan.help_progress (citizen, item, steps_done, started_at, completed_at, municipality_code)
				values (:citizen, :item, :steps, :now, :done, :municipality)
				on conflict (citizen, item) do update set steps_done = :steps,
				  completed_at = case when :steps = :all then coalesce(plan.help_progress.completed_at, :now) else null end""")
			.param("citizen", citizen.value())
			.param("item", code)
			.param("steps", mask)
			.param("now", now)
			.param("done", done)
			.param("all", all)
			.param("municipality", municipality)
			.update();
	}

	Map<String, Progress> progress(CitizenId citizen, Locale locale) {
		var titles = new HashMap<String, Item>();
		items(locale).forEach(item -> titles.put(item.code(), item));
		var progress = new HashMap<String, Progress>();
		jdbc.sql("select * from plan.help_progress where citizen = ?").param(citizen.value()).query((rs, row) -> {
			var item = titles.get(rs.getString("item"));
			return new Progress(rs.getString("item"), item == null ? rs.getString("item") : item.title(),
					rs.getInt("steps_done"), item == null ? 0 : item.steps().size(),
					rs.getTimestamp("started_at").toInstant().atZone(clock.getZone()),
					rs.getTimestamp("completed_at") == null ? null
							: rs.getTimestamp("completed_at").toInstant().atZone(clock.getZone()));
		}).list().forEach(p -> progress.put(p.item(), p));
		return progress;
	}

	private static Item item(java.sql.ResultSet rs, Locale locale) throws java.sql.SQLException {
		var en = "en".equals(locale.getLanguage());
		return new Item(rs.getString("code"), rs.getString("topic"), rs.getInt("minutes"),
				rs.getString(en ? "title_en" : "title_da"), rs.getString(en ? "summary_en" : "summary_da"),
				Arrays.stream(rs.getString(en ? "body_en" : "body_da").split("\n\\s*\n")).map(String::strip).toList(),
				Arrays.stream(rs.getString(en ? "steps_en" : "steps_da").split("\n")).map(String::strip)
					.filter(s -> !s.isEmpty()).toList(),
				rs.getString("source"));
	}

}
