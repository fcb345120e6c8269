package dk.jobvej.results.internal;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dk.jobvej.survey.GroupResult;

/**
 * The charts of the committee report's PDF, as heights of plain boxes (the PDF renderer draws
 * HTML and CSS, not SVG): a column per month for each KPI and for the full-time persons, and a bar
 * per question for the surveys.
 */
public final class ReportCharts {

	/** The tallest column, in CSS pixels. */
	static final int HEIGHT = 90;

	private final ReportContent content;

	ReportCharts(ReportContent content) {
		this.content = content;
	}

	/** One column: its label, height and value. */
	public record Column(String label, int height, String value, boolean forecast) {
	}

	/** A KPI's months: the final figures, then the forecast level for the months still to come. */
	public List<Column> kpi(DashboardView.Card card, Locale locale) {
		var figures = card.figures();
		var level = figures.recentLevel(content.dashboard().forecastWindow());
		var values = new double[12];
		var max = 0.0;
		for (var m = 0; m < 12; m++) {
			values[m] = m < figures.known() ? figures.months()[m] : level.orElse(0);
			max = Math.max(max, values[m]);
		}
		var target = figures.monthlyTarget();
		if (target != null) {
			max = Math.max(max, target);
		}
		var columns = new ArrayList<Column>();
		for (var m = 0; m < 12; m++) {
			columns.add(new Column(content.dashboard().months().get(m), height(values[m], max), format(values[m], locale),
					m >= figures.known()));
		}
		return columns;
	}

	/** The height of the monthly target line above the columns' base, in CSS pixels. */
	public int targetHeight(DashboardView.Card card) {
		var figures = card.figures();
		var target = figures.monthlyTarget();
		if (target == null) {
			return 0;
		}
		var max = target;
		var level = figures.recentLevel(content.dashboard().forecastWindow()).orElse(0);
		for (var m = 0; m < 12; m++) {
			max = Math.max(max, m < figures.known() ? figures.months()[m] : level);
		}
		return height(target, max);
	}

	/** Full-time persons in all per month with figures. */
	public List<Column> fullTimePersons(Locale locale) {
		var fte = content.fte();
		var max = 0.0;
		for (var month : fte.months()) {
			max = Math.max(max, fte.table().total(month));
		}
		var columns = new ArrayList<Column>();
		for (var month : fte.months()) {
			var total = fte.table().total(month);
			columns.add(new Column(content.dashboard().months().get(month.getMonthValue() - 1), height(total, max),
					format(total, locale), false));
		}
		return columns;
	}

	/** A survey group's share answering 4 or 5, per question, as a width in per cent. */
	public List<Integer> shares(GroupResult group) {
		return group.questions().stream().map(q -> (int) Math.round(q.positiveShare() * 100)).toList();
	}

	/** The message key of a question's text. */
	public String questionKey(dk.jobvej.survey.QuestionnaireKind kind, int number) {
		return "survey.question." + kind.name() + "." + number;
	}

	private static int height(double value, double max) {
		return max <= 0 ? 0 : (int) Math.round(HEIGHT * value / max);
	}

	private static String format(double value, Locale locale) {
		var format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(0);
		return format.format(value);
	}

}
