package dk.jobvej.rehab.internal;

import java.time.LocalDate;

import dk.jobvej.rehab.DocumentKind;
import dk.jobvej.rehab.DocumentStatus;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** Where one of a case's documents is, since when, with a note (why not relevant, say). Part of {@link RehabCase}. */
@Table(schema = "rehab", name = "case_document")
record CaseDocument(DocumentKind kind, DocumentStatus status, @Nullable LocalDate statusOn, @Nullable String note,
		int municipalityCode) {
}
