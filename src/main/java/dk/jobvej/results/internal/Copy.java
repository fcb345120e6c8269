package dk.jobvej.results.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/** PostgreSQL COPY on the connection of the surrounding transaction, for bulk writes. */
@Component
class Copy {

	private final DataSource dataSource;

	Copy(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Copies the rows into the table and columns ({@code schema.table (a, b, c)}). */
	long in(String tableAndColumns, Rows rows) {
		if (rows.count == 0) {
			return 0;
		}
		var connection = DataSourceUtils.getConnection(dataSource);
		try {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			return copy.copyIn("copy " + tableAndColumns + " from stdin with (format csv)",
					new StringReader(rows.text.toString()));
		}
		catch (SQLException | IOException ex) {
			throw new DataAccessResourceFailureException("COPY into " + tableAndColumns + " failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/** CSV rows for COPY: null is an empty field; text is quoted. */
	static final class Rows {

		private final StringBuilder text = new StringBuilder();

		private int count;

		void row(@Nullable Object... values) {
			for (var i = 0; i < values.length; i++) {
				if (i > 0) {
					text.append(',');
				}
				var value = values[i];
				if (value instanceof String string) {
					text.append('"').append(string.replace("\"", "\"\"")).append('"');
				}
				else if (value != null) {
					text.append(value);
				}
			}
			text.append('\n');
			count++;
		}

	}

}
