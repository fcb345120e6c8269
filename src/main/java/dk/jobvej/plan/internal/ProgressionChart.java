package dk.jobvej.plan.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Draws the progression as a line chart in SVG on the server (no script runs in the page): one
 * line per indicator and party, the citizen's solid and the caseworker's dashed, scores 1–5 up
 * the side and the measurement days along the bottom. The chart has a title and a description
 * for screen readers; the page shows the same numbers in a table.
 */
@org.springframework.stereotype.Component
public class ProgressionChart {

	static final String[] COLOURS = { "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#8F6A00", "#56B4E9" };

	private static final int WIDTH = 720;

	private static final int HEIGHT = 300;

	private static final int LEFT = 48;

	private static final int RIGHT = 24;

	private static final int TOP = 24;

	private static final int BOTTOM = 48;

	/** One line: a label, whether it is the caseworker's, and its points (day, score). */
	public record Series(String label, boolean staff, int colour, List<Point> points) {
	}

	public record Point(LocalDate day, int score) {
	}

	/**
	 * The chart for the measurements; {@code name} gives an indicator's name, {@code title} and
	 * {@code description} are the accessible texts, {@code citizenWord}/{@code staffWord} label the
	 * lines' parties in the legend.
	 */
	public String svg(List<Progression.Indicator> indicators, List<Progression.Measurement> measurements,
			Function<String, String> name, String title, String description, String citizenWord, String staffWord,
			Locale locale) {
		var series = series(indicators, measurements, name, citizenWord, staffWord);
		var days = measurements.stream().map(Progression.Measurement::measuredOn).distinct().sorted().toList();
		var legendRows = (series.size() + 1) / 2;
		var height = HEIGHT + legendRows * 22;
		var svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"jobvej-chart\" role=\"img\" viewBox=\"0 0 ")
			.append(WIDTH).append(' ').append(height).append("\" aria-labelledby=\"progress-title progress-desc\">");
		svg.append("<title id=\"progress-title\">").append(escape(title)).append("</title>");
		svg.append("<desc id=\"progress-desc\">").append(escape(description)).append("</desc>");
		for (var score = 1; score <= 5; score++) {
			var y = y(score);
			svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(y)
				.append("\" y2=\"").append(y).append("\" stroke=\"#d0d0d0\" stroke-width=\"1\"/>");
			svg.append("<text x=\"").append(LEFT - 12).append("\" y=\"").append(y + 5)
				.append("\" text-anchor=\"end\" font-size=\"14\" fill=\"#1a1a1a\">").append(score).append("</text>");
		}
		if (!days.isEmpty()) {
			var first = days.getFirst();
			var last = days.getLast();
			var format = DateTimeFormatter.ofPattern("dd.MM.yy", locale);
			var previous = Integer.MIN_VALUE;
			for (var day : days) {
				var x = x(day, first, last);
				if (x - previous < 64) {
					continue;
				}
				previous = x;
				svg.append("<text x=\"").append(x).append("\" y=\"").append(HEIGHT - BOTTOM + 24)
					.append("\" text-anchor=\"middle\" font-size=\"13\" fill=\"#1a1a1a\">")
					.append(escape(format.format(day))).append("</text>");
			}
			for (var n = 0; n < series.size(); n++) {
				var line = series.get(n);
				var colour = COLOURS[line.colour() % COLOURS.length];
				var shift = (n % 5 - 2) * 2;
				var points = new StringBuilder();
				for (var point : line.points()) {
					points.append(x(point.day(), first, last)).append(',').append(y(point.score()) + shift).append(' ');
				}
				if (line.points().size() > 1) {
					svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2.5\"")
						.append(line.staff() ? " stroke-dasharray=\"7 5\"" : "").append(" points=\"")
						.append(points.toString().strip()).append("\"/>");
				}
				for (var point : line.points()) {
					svg.append(line.staff() ? "<rect x=\"" + (x(point.day(), first, last) - 4) + "\" y=\""
							+ (y(point.score()) + shift - 4) + "\" width=\"8\" height=\"8\" fill=\"" + colour + "\"/>"
							: "<circle cx=\"" + x(point.day(), first, last) + "\" cy=\"" + (y(point.score()) + shift)
									+ "\" r=\"4.5\" fill=\"" + colour + "\"/>");
				}
			}
		}
		for (var i = 0; i < series.size(); i++) {
			var line = series.get(i);
			var colour = COLOURS[line.colour() % COLOURS.length];
			var lx = LEFT + (i % 2) * 340;
			var ly = HEIGHT + (i / 2) * 22;
			svg.append("<line x1=\"").append(lx).append("\" x2=\"").append(lx + 28).append("\" y1=\"").append(ly - 5)
				.append("\" y2=\"").append(ly - 5).append("\" stroke=\"").append(colour).append("\" stroke-width=\"3\"")
				.append(line.staff() ? " stroke-dasharray=\"7 5\"" : "").append("/>");
			svg.append("<text x=\"").append(lx + 36).append("\" y=\"").append(ly)
				.append("\" font-size=\"13\" fill=\"#1a1a1a\">").append(escape(line.label())).append("</text>");
		}
		return svg.append("</svg>").toString();
	}

	/** The lines: per indicator, the citizen's scores and the caseworker's, in the order of the indicators. */
	List<Series> series(List<Progression.Indicator> indicators, List<Progression.Measurement> measurements,
			Function<String, String> name, String citizenWord, String staffWord) {
		var series = new ArrayList<Series>();
		for (var i = 0; i < indicators.size(); i++) {
			var indicator = indicators.get(i);
			for (var staff : new boolean[] { false, true }) {
				var points = measurements.stream()
					.filter(m -> m.byCitizen() != staff && m.scores().containsKey(indicator.code()))
					.map(m -> new Point(m.measuredOn(), m.scores().get(indicator.code())))
					.toList();
				if (!points.isEmpty()) {
					series.add(new Series(name.apply(indicator.code()) + " (" + (staff ? staffWord : citizenWord) + ")",
							staff, i, points));
				}
			}
		}
		return series;
	}

	private static int y(int score) {
		return TOP + (5 - score) * (HEIGHT - TOP - BOTTOM) / 4;
	}

	private static int x(LocalDate day, LocalDate first, LocalDate last) {
		var span = ChronoUnit.DAYS.between(first, last);
		if (span == 0) {
			return (LEFT + WIDTH - RIGHT) / 2;
		}
		return LEFT + 12 + (int) ((WIDTH - LEFT - RIGHT - 24) * ChronoUnit.DAYS.between(first, day) / span);
	}

	/** Only the characters XML needs escaped, so Danish letters stay letters in the SVG. */
	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
