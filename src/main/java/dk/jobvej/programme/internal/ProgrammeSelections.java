package dk.jobvej.programme.internal;

import java.util.List;

import dk.jobvej.platform.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a programme's selection: who qualified and why, who narrowly did not. */
@Service
public class ProgrammeSelections {

	private final ProgrammeStore store;

	ProgrammeSelections(ProgrammeStore store) {
		this.store = store;
	}

	public record View(Records.Selection selection, List<Records.Member> members, List<Records.NearMiss> nearMisses) {
	}

	@Transactional(readOnly = true)
	public View of(Programme programme) {
		var selection = store.selection(programme.id()).orElseThrow(() -> new NotFound("programme.notSelected"));
		return new View(selection, store.members(programme.id()), store.nearMisses(programme.id()));
	}

	@Transactional(readOnly = true)
	public java.util.Optional<Records.Selection> summary(Programme programme) {
		return store.selection(programme.id());
	}

	@Transactional(readOnly = true)
	public java.util.Optional<Records.AllocationRun> allocation(Programme programme) {
		return store.allocationRun(programme.id());
	}

	@Transactional(readOnly = true)
	public List<Records.Visit> visits(Programme programme) {
		return store.currentVisits(programme.id());
	}

}
