package dk.jobvej.contact.internal;

import dk.jobvej.JobvejIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules the application loads from {@code contact.cadence_rule} are exactly the rules the
 * due-date tests read from the migration file: the loader maps every column.
 */
@JobvejIntegrationTest
class CadenceRulesTests {

	@Autowired
	CadenceRules rules;

	@Test
	void theLoadedRulesAreTheSeededRules() {
		assertThat(rules.book().rules()).containsExactlyInAnyOrderElementsOf(SeededCadence.rules());
		assertThat(SeededCadence.rules()).hasSize(37);
	}

}
