package dk.jobvej.audit.web;

import java.time.LocalDate;
import java.util.List;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditEntry;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditQuery;
import dk.jobvej.audit.ChainVerification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The tamper-evident audit trail of personal data")
class AuditApiController {

	private final AuditLog auditLog;

	AuditApiController(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping("/entries")
	@Operation(summary = "Audit entries, newest first, 50 a page")
	List<AuditEntry> entries(@RequestParam(required = false) @Nullable String subject,
			@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable AuditAction action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page) {
		return auditLog.entries(new AuditQuery(subject, actor, action, from, to, page));
	}

	@PostMapping("/verification")
	@Operation(summary = "Recompute the hash chain and report whether, and where, it is broken")
	ChainVerification verify() {
		return auditLog.verify();
	}

}
