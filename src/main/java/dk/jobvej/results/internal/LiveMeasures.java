package dk.jobvej.results.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dk.jobvej.results.Measure;

import org.springframework.stereotype.Component;

/** The measures some listener records facts for; the others wait for their module. */
@Component
public class LiveMeasures {

	private final Set<Measure> live;

	LiveMeasures(List<FactSource> sources) {
		var measures = EnumSet.noneOf(Measure.class);
		sources.forEach(source -> measures.addAll(source.measures()));
		this.live = Set.copyOf(measures);
	}

	public boolean isLive(Measure measure) {
		return live.contains(measure);
	}

	public Set<Measure> all() {
		return live;
	}

}
