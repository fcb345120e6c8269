package dk.jobvej.smalljobs;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the events the small-jobs module publishes, for the tests to read. */
@Component
class SmallJobEvents {

	final List<Object> published = new CopyOnWriteArrayList<>();

	@EventListener
	void on(SmallJobStarted started) {
		published.add(started);
	}

	@EventListener
	void on(CitizenHiredDirectly hired) {
		published.add(hired);
	}

}
