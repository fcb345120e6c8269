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

	/** Each member's arm, once drawn. */
	@Transactional(readOnly = true)
	public java.util.Map<java.util.UUID, dk.jobvej.programme.Arm> arms(Programme programme) {
		var arms = new java.util.HashMap<java.util.UUID, dk.jobvej.programme.Arm>();
		store.allocation(programme.id()).forEach(row -> arms.put(row.citizen(), row.arm()));
		return arms;
	}

	@Transactional(readOnly = true)
	public List<Records.Visit> visits(Programme programme) {
		return store.currentVisits(programme.id());
	}

}
