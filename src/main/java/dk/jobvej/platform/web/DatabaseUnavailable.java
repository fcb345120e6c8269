package dk.jobvej.platform.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means that the database cannot be reached right now (stopped, restarting,
 * out of connections, the network gone), as opposed to a fault in the request or in Jobvej. Such
 * a request may simply be tried again later; nothing of it was committed, as every change runs in
 * one transaction.
 */
public final class DatabaseUnavailable {

	/**
	 * SQL states of PostgreSQL that mean "not now": class 08 (connection exception), admin and
	 * crash shutdown, and "the database system is starting up".
	 */
	private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03");

	private DatabaseUnavailable() {
	}

	/**
	 * Whether the failure or one of its causes says the database is out of reach. A failed
	 * rollback counts by the failure that made the transaction roll back, too: when the connection
	 * breaks in the middle of a transaction, the rollback fails as well and hides the first failure.
	 */
	public static boolean causedBy(@Nullable Throwable failure) {
		return causedBy(failure, 0);
	}

	private static boolean causedBy(@Nullable Throwable failure, int depth) {
		for (var cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
			if (unavailable(cause) || cause instanceof TransactionSystemException rollback
					&& causedBy(rollback.getApplicationException(), depth + 1)) {
				return true;
			}
		}
		return false;
	}

	private static boolean unavailable(Throwable cause) {
		if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
				|| cause instanceof TransientDataAccessResourceException
				|| cause instanceof RecoverableDataAccessException
				|| cause instanceof SQLTransientConnectionException
				|| cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException) {
			return true;
		}
		if (cause instanceof SQLException sql && sql.getSQLState() != null) {
			return sql.getSQLState().startsWith("08") || STATES.contains(sql.getSQLState());
		}
		return false;
	}

}
