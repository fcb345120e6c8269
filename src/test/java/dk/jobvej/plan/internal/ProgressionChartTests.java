package dk.jobvej.plan.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The progression chart is well-formed SVG with an accessible name, one line per indicator and party. */
class ProgressionChartTests {

	private final ProgressionChart chart = new ProgressionChart();

	private final List<Progression.Indicator> indicators = List.of(new Progression.Indicator("EGEN_TRO", "CITIZEN", "s"),
			new Progression.Indicator("HELBRED", "BOTH", "s"));

	@Test
	void twoPartiesTwoIndicatorsThreeLinesAndEscapedText() throws Exception {
		var measurements = List.of(measurement(LocalDate.of(2026, 1, 5), true, Map.of("EGEN_TRO", 2, "HELBRED", 3)),
				measurement(LocalDate.of(2026, 2, 2), false, Map.of("HELBRED", 2)),
				measurement(LocalDate.of(2026, 3, 2), true, Map.of("EGEN_TRO", 4, "HELBRED", 4)),
				measurement(LocalDate.of(2026, 3, 30), false, Map.of("HELBRED", 3)));

		var svg = chart.svg(indicators, measurements, code -> code.equals("HELBRED") ? "Helbred <&>" : "Tro på job",
				"Progression", "Linjediagram", "borger", "rådgiver", Locale.forLanguageTag("da"));

		var document = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		assertThat(document.getDocumentElement().getAttribute("role")).isEqualTo("img");
		assertThat(document.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Progression");
		assertThat(document.getElementsByTagName("polyline").getLength()).isEqualTo(3);
		assertThat(svg).contains("Helbred &lt;&amp;&gt; (rådgiver)").contains("stroke-dasharray");
		assertThat(chart.series(indicators, measurements, code -> code, "b", "r")).hasSize(3);
	}

	@Test
	void noMeasurementsStillDrawTheScale() throws Exception {
		var svg = chart.svg(indicators, List.of(), code -> code, "T", "D", "b", "r", Locale.ENGLISH);

		var document = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		assertThat(document.getElementsByTagName("line").getLength()).isEqualTo(5);
		assertThat(document.getElementsByTagName("polyline").getLength()).isZero();
	}

	private static Progression.Measurement measurement(LocalDate on, boolean byCitizen, Map<String, Integer> scores) {
		return new Progression.Measurement(UUID.randomUUID(), on, Instant.now(), byCitizen, "x", null,
				new java.util.LinkedHashMap<>(scores));
	}

}
