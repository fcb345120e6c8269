package dk.jobvej.matching.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Where postcodes are ({@code matching/places.csv}), and the distance between two places along
 * the great circle. Commuting distances are as the crow flies: a known underestimate of the road,
 * the same for every candidate, so the ranking is fair between them.
 */
@Component
public class Places {

	private final Map<String, Point> points = new HashMap<>();

	Places() {
		try (var in = new ClassPathResource("matching/places.csv").getInputStream()) {
			var header = true;
			for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (header) {
					header = false;
					continue;
				}
				var parts = line.split(";");
				points.put(parts[0], new Point(Double.parseDouble(parts[1]), Double.parseDouble(parts[2])));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A place on the map (WGS84 degrees). */
	public record Point(double lat, double lon) {
	}

	public Optional<Point> of(@Nullable String postcode) {
		return postcode == null ? Optional.empty() : Optional.ofNullable(points.get(postcode));
	}

	/** Kilometres between two points (haversine). */
	public static double km(Point a, Point b) {
		var dLat = Math.toRadians(b.lat() - a.lat());
		var dLon = Math.toRadians(b.lon() - a.lon());
		var h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(a.lat()))
				* Math.cos(Math.toRadians(b.lat())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
	}

}
