package dk.jobvej.employer;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the placement events the employer module publishes, for the tests to read. */
@Component
class PlacementEvents {

	final List<Object> published = new CopyOnWriteArrayList<>();

	@EventListener
	void on(PlacementStarted started) {
		published.add(started);
	}

	@EventListener
	void on(PlacementEnded ended) {
		published.add(ended);
	}

}
