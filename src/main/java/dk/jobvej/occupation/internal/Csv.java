package dk.jobvej.occupation.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A reader of CSV as RFC 4180 writes it (the ESCO download): a separator, fields in double quotes
 * that may hold separators, quotes (doubled) and line breaks. The first record names the columns;
 * every later record is handed over as a map from column name to value.
 */
final class Csv {

	private final BufferedReader in;

	private final char separator;

	private Csv(Reader reader, char separator) {
		this.in = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader, 1 << 16);
		this.separator = separator;
	}

	/** Every record after the header, by column name; a byte-order mark before the header is ignored. */
	static void read(Reader reader, char separator, Consumer<Map<String, String>> each) {
		var csv = new Csv(reader, separator);
		var header = csv.next();
		if (header == null) {
			return;
		}
		if (!header.isEmpty() && header.getFirst().startsWith("\uFEFF")) {
			header.set(0, header.getFirst().substring(1));
		}
		for (var record = csv.next(); record != null; record = csv.next()) {
			if (record.size() == 1 && record.getFirst().isEmpty()) {
				continue;
			}
			var row = new HashMap<String, String>();
			for (var i = 0; i < header.size() && i < record.size(); i++) {
				row.put(header.get(i).trim(), record.get(i));
			}
			each.accept(row);
		}
	}

	/** The next record, or null at the end. */
	private List<String> next() {
		try {
			var c = in.read();
			if (c < 0) {
				return null;
			}
			var fields = new ArrayList<String>();
			var field = new StringBuilder();
			var quoted = false;
			while (true) {
				if (quoted) {
					if (c < 0) {
						fields.add(field.toString());
						return fields;
					}
					if (c == '"') {
						in.mark(1);
						var after = in.read();
						if (after == '"') {
							field.append('"');
						}
						else {
							quoted = false;
							if (after >= 0) {
								in.reset();
							}
						}
					}
					else {
						field.append((char) c);
					}
				}
				else if (c < 0 || c == '\n') {
					fields.add(stripCarriageReturn(field));
					return fields;
				}
				else if (c == '"' && field.isEmpty()) {
					quoted = true;
				}
				else if (c == separator) {
					fields.add(field.toString());
					field.setLength(0);
				}
				else {
					field.append((char) c);
				}
				c = in.read();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String stripCarriageReturn(StringBuilder field) {
		var length = field.length();
		return length > 0 && field.charAt(length - 1) == '\r' ? field.substring(0, length - 1) : field.toString();
	}

	/** The lines of a multi-valued ESCO field (alternative labels are one per line). */
	static List<String> lines(String value) {
		return value.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
	}

	/** Columns by name, as {@link #read} passes them, with a value required. */
	static String required(Map<String, String> row, String column) {
		var value = row.get(column);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("Column " + column + " is missing or empty");
		}
		return value.trim();
	}

}
