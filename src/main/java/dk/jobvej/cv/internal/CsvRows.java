package dk.jobvej.cv.internal;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** Rows in PostgreSQL's CSV COPY format: every value quoted, null written as nothing. */
final class CsvRows {

	private final StringBuilder text = new StringBuilder(1 << 16);

	private int rows;

	CsvRows row(@Nullable Object... values) {
		for (var i = 0; i < values.length; i++) {
			if (i > 0) {
				text.append(',');
			}
			var value = values[i];
			if (value != null) {
				text.append('"').append(Objects.toString(value).replace("\"", "\"\"")).append('"');
			}
		}
		text.append('\n');
		rows++;
		return this;
	}

	int rows() {
		return rows;
	}

	@Override
	public String toString() {
		return text.toString();
	}

}
