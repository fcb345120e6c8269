package dk.jobvej.plan.web;

import java.util.Locale;

import dk.jobvej.plan.internal.PlanOverview;
import dk.jobvej.plan.internal.ProgressionChart;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The progression chart of a plan page, with its texts in the reader's language. */
@Component
class Charts {

	private final ProgressionChart chart;

	private final MessageSource messages;

	Charts(ProgressionChart chart, MessageSource messages) {
		this.chart = chart;
		this.messages = messages;
	}

	String progression(PlanOverview.Overview overview, Locale locale) {
		return chart.svg(overview.indicators(), overview.measurements(),
				code -> messages.getMessage("plan.indicator." + code, null, locale),
				messages.getMessage("plan.progression.chartTitle", null, locale),
				messages.getMessage("plan.progression.chartDescription",
						new Object[] { overview.measurements().size() }, locale),
				messages.getMessage("plan.progression.byCitizen", null, locale),
				messages.getMessage("plan.progression.byStaff", null, locale), locale);
	}

}
