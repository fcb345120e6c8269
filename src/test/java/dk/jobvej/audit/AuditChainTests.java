package dk.jobvej.audit;

import java.util.List;
import java.util.UUID;

import dk.jobvej.JobvejIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit trail is append-only, and a changed or removed entry breaks the hash chain. */
@JobvejIntegrationTest
class AuditChainTests {

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anUntouchedChainVerifies() {
		auditLog.recordAll(List.of(entry("first"), entry("second"), entry("third")));

		var verification = auditLog.verify();

		assertThat(verification.intact()).isTrue();
		assertThat(verification.entriesChecked()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void entriesCanNeitherBeChangedNorDeletedThroughSql() {
		var sequence = append(entry("protected"));

		assertThatThrownBy(() -> jdbc.sql("update audit.entry set why = 'changed' where sequence = ?").param(sequence).update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit.entry where sequence = ?").param(sequence).update())
			.hasMessageContaining("append-only");
	}

	@Test
	void aTamperedEntryIsFoundByTheVerification() {
		var sequence = append(entry("to be tampered with"));
		append(entry("after it"));
		var original = jdbc.sql("select why from audit.entry where sequence = ?").param(sequence).query(String.class).single();
		try {
			asAttackerWithTableRights("update audit.entry set why = 'nothing to see here' where sequence = " + sequence);

			var verification = auditLog.verify();

			assertThat(verification.intact()).isFalse();
			assertThat(verification.firstBrokenSequence()).isEqualTo(sequence);
		}
		finally {
			asAttackerWithTableRights("update audit.entry set why = '" + original + "' where sequence = " + sequence);
		}
		assertThat(auditLog.verify().intact()).isTrue();
	}

	@Test
	void aDeletedEntryIsFoundByTheVerification() {
		var deleted = append(entry("to be deleted"));
		var next = append(entry("after the deleted one"));
		var row = jdbc.sql("select * from audit.entry where sequence = ?").param(deleted).query().singleRow();
		try {
			asAttackerWithTableRights("delete from audit.entry where sequence = " + deleted);

			assertThat(auditLog.verify().firstBrokenSequence()).isEqualTo(next);
		}
		finally {
			jdbc.sql("alter table audit.entry disable trigger entry_append_only").update();
			jdbc.sql("""
					insert into audit.entry (sequence, at, actor, action, subject, what, why, municipality_code, previous_hash, hash)
					values (:sequence, :at, :actor, :action, :subject, :what, :why, :municipality_code, :previous_hash, :hash)""")
				.params(row)
				.update();
			jdbc.sql("alter table audit.entry enable trigger entry_append_only").update();
		}
		assertThat(auditLog.verify().intact()).isTrue();
	}

	private long append(AuditRecord record) {
		auditLog.record(record);
		return jdbc.sql("select max(sequence) from audit.entry where subject = ?")
			.param(record.subject())
			.query(Long.class)
			.single();
	}

	private void asAttackerWithTableRights(String sql) {
		jdbc.sql("alter table audit.entry disable trigger entry_append_only").update();
		try {
			jdbc.sql(sql).update();
		}
		finally {
			jdbc.sql("alter table audit.entry enable trigger entry_append_only").update();
		}
	}

	private static AuditRecord entry(String what) {
		return new AuditRecord("tester", AuditAction.READ, "citizen/" + UUID.randomUUID(), what, "test", 851);
	}

}
