package dk.jobvej.platform.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures mean "the database is out of reach, try again" (503) and which do not. */
class DatabaseUnavailableTests {

	@Test
	void noConnectionFromThePoolIsUnavailable() {
		var timeout = new SQLTransientConnectionException("HikariPool-1 - Connection is not available");
		assertThat(DatabaseUnavailable.causedBy(new CannotGetJdbcConnectionException("no connection", timeout)))
			.isTrue();
		assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("no connection", timeout)))
			.isTrue();
	}

	@Test
	void aBrokenConnectionOrAServerShuttingDownIsUnavailable() {
		assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("I/O error", "08006")))).isTrue();
		assertThat(DatabaseUnavailable.causedBy(new SQLException("terminating connection", "57P01"))).isTrue();
		assertThat(DatabaseUnavailable.causedBy(new SQLException("the database system is starting up", "57P03")))
			.isTrue();
	}

	@Test
	void aRollbackThatFailedCountsByTheFailureThatCausedIt() {
		var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
		rollback.initApplicationException(new DataAccessResourceFailureException("I/O error"));
		assertThat(DatabaseUnavailable.causedBy(rollback)).isTrue();

		var other = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
		other.initApplicationException(new IllegalStateException("a bug"));
		assertThat(DatabaseUnavailable.causedBy(other)).isFalse();
	}

	@Test
	void aLoginThatCouldNotBeCheckedIsUnavailable() {
		assertThat(DatabaseUnavailable.causedBy(new InternalAuthenticationServiceException("staff register",
				new DataAccessResourceFailureException("I/O error")))).isTrue();
	}

	@Test
	void faultsOfTheRequestOrOfJobvejAreNot() {
		assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate key"))).isFalse();
		assertThat(DatabaseUnavailable.causedBy(new OptimisticLockingFailureException("version"))).isFalse();
		assertThat(DatabaseUnavailable.causedBy(new SQLException("syntax error", "42601"))).isFalse();
		assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("a bug"))).isFalse();
		assertThat(DatabaseUnavailable.causedBy(null)).isFalse();
	}

}
