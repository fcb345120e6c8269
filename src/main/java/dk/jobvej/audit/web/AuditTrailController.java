package dk.jobvej.audit.web;

import java.time.LocalDate;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditQuery;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditor's view of the audit trail: filter, page through, verify the chain. */
@Controller
@RequestMapping("/revision")
class AuditTrailController {

	private final AuditLog auditLog;

	AuditTrailController(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping
	String trail(@RequestParam(required = false) @Nullable String subject,
			@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable AuditAction action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var query = new AuditQuery(subject, actor, action, from, to, page);
		model.addAttribute("query", query);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("entries", auditLog.entries(query));
		model.addAttribute("pageSize", AuditQuery.PAGE_SIZE);
		return "audit/trail";
	}

	@HxRequest
	@PostMapping("/verifikation")
	String verify(Model model) {
		model.addAttribute("verification", auditLog.verify());
		return "audit/trail :: verification";
	}

}
