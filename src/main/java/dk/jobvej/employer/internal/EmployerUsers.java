package dk.jobvej.employer.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.identity.Organisation;
import dk.jobvej.platform.RuleViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for the employer portal: a consultant gives a person at the company a login (their
 * e-mail address and a password of at least 12 characters). The account is written in the audit
 * trail, as the administration's changes to staff are.
 */
@Service
@Transactional
public class EmployerUsers {

	private final JdbcClient jdbc;

	private final CompanyRegistry companies;

	private final PasswordEncoder passwords;

	private final Organisation organisation;

	private final AuditLog audit;

	private final Clock clock;

	EmployerUsers(JdbcClient jdbc, CompanyRegistry companies, PasswordEncoder passwords, Organisation organisation,
			AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.companies = companies;
		this.passwords = passwords;
		this.organisation = organisation;
		this.audit = audit;
		this.clock = clock;
	}

	public UUID create(UUID company, String name, String email, String password) {
		var owner = companies.find(company, null);
		var username = Texts.required("email", email, 200).toLowerCase(Locale.ROOT);
		if (!username.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new RuleViolation("email", "employer.email.format");
		}
		if (password.length() < 12 || password.length() > 200) {
			throw new RuleViolation("password", "employer.password.length");
		}
		var exists = jdbc.sql("select exists (select 1 from employer.employer_user where username = ?)")
			.param(username)
			.query(Boolean.class)
			.single();
		if (exists) {
			throw new RuleViolation("email", "employer.user.duplicate");
		}
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into employer.employer_user (id, username, name, password_hash, company, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, username, Texts.required("name", name, 200), passwords.encode(password), owner.id(),
					java.sql.Timestamp.from(clock.instant()))
			.update();
		audit.record(new AuditRecord(organisation.signedIn().username(), AuditAction.CREATE, "employer-user/" + id,
				"employer-portal-account", null, owner.municipalityCode()));
		return id;
	}

}
