package dk.jobvej.employer.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.employer.CompanySize;
import dk.jobvej.employer.Cvr;
import dk.jobvej.employer.PNumber;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A company (virksomhed) the jobcenter works with: its CVR number, name, branch (DB07 main group),
 * size, address and consultant (virksomhedskonsulent), with its workplaces (P-numbers) and contact
 * people. Changes go through the methods below.
 */
@Table(schema = "employer", name = "company")
class Company {

	@Id
	private final UUID id;

	private final String cvr;

	private String name;

	private String branch;

	private String size;

	private String street;

	private String postcode;

	private String city;

	private @Nullable UUID consultant;

	private final int municipalityCode;

	private final Instant createdAt;

	@MappedCollection(idColumn = "company")
	private final Set<Workplace> workplaces;

	@MappedCollection(idColumn = "company")
	private final Set<ContactPerson> contacts;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	Company(UUID id, String cvr, String name, String branch, String size, String street, String postcode, String city,
			@Nullable UUID consultant, int municipalityCode, Instant createdAt, Set<Workplace> workplaces,
			Set<ContactPerson> contacts, @Nullable Integer version) {
		this.id = id;
		this.cvr = cvr;
		this.name = name;
		this.branch = branch;
		this.size = size;
		this.street = street;
		this.postcode = postcode;
		this.city = city;
		this.consultant = consultant;
		this.municipalityCode = municipalityCode;
		this.createdAt = createdAt;
		this.workplaces = new HashSet<>(workplaces);
		this.contacts = new HashSet<>(contacts);
		this.version = version;
	}

	static Company register(Cvr cvr, String name, String branch, CompanySize size, String street, String postcode,
			String city, @Nullable UUID consultant, int municipalityCode, Instant now) {
		if (!Branches.valid(branch)) {
			throw new RuleViolation("branch", "employer.branch.unknown");
		}
		return new Company(UUID.randomUUID(), cvr.value(), Texts.required("name", name, 200), branch, size.name(),
				Texts.required("street", street, 200), Texts.postcode("postcode", postcode),
				Texts.required("city", city, 100), consultant, municipalityCode, now, Set.of(), Set.of(), null);
	}

	/** Adds a workplace; a P-number the company already has is refused. */
	void addWorkplace(PNumber pNumber, String name, String street, String postcode, String city) {
		if (workplaces.stream().anyMatch(workplace -> workplace.pNumber().equals(pNumber.value()))) {
			throw new RuleViolation("pNumber", "employer.pNumber.duplicate");
		}
		workplaces.add(new Workplace(pNumber.value(), Texts.required("name", name, 200),
				Texts.required("street", street, 200), Texts.postcode("postcode", postcode),
				Texts.required("city", city, 100)));
	}

	void addContact(String name, String title, String email, String phone) {
		var mail = Texts.required("email", email, 200);
		if (!mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new RuleViolation("email", "employer.email.format");
		}
		var number = Texts.optional("phone", phone, 30);
		if (!number.isEmpty() && !number.matches("\\+?[0-9 ]{8,20}")) {
			throw new RuleViolation("phone", "employer.phone.format");
		}
		contacts.add(new ContactPerson(Texts.required("name", name, 200), Texts.optional("title", title, 200), mail,
				number));
	}

	void assignConsultant(UUID staff) {
		this.consultant = staff;
	}

	UUID id() {
		return id;
	}

	Cvr cvr() {
		return new Cvr(cvr);
	}

	String name() {
		return name;
	}

	String branch() {
		return branch;
	}

	CompanySize size() {
		return CompanySize.valueOf(size);
	}

	String street() {
		return street;
	}

	String postcode() {
		return postcode;
	}

	String city() {
		return city;
	}

	@Nullable UUID consultant() {
		return consultant;
	}

	int municipalityCode() {
		return municipalityCode;
	}

	Set<Workplace> workplaces() {
		return Set.copyOf(workplaces);
	}

	Set<ContactPerson> contacts() {
		return Set.copyOf(contacts);
	}

	@Nullable Integer version() {
		return version;
	}

	/** A workplace (produktionsenhed) of the company, by P-number. */
	@Table(schema = "employer", name = "workplace")
	record Workplace(String pNumber, String name, String street, String postcode, String city) {
	}

	/** A contact person at the company. */
	@Table(schema = "employer", name = "contact_person")
	record ContactPerson(String name, String title, String email, String phone) {
	}

}
