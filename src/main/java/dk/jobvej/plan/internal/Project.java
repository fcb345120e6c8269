package dk.jobvej.plan.internal;

import java.time.Instant;
import java.util.UUID;

import dk.jobvej.plan.OfferType;
import dk.jobvej.plan.ProviderKind;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A project or course of the offer catalogue (tilbudsvifte): what it offers, to whom, on which
 * terms, with how many places (null: the source gives no number, so it is never full), and where
 * the description comes from.
 */
@Table(schema = "plan", name = "project")
class Project implements Persistable<UUID> {

	@Id
	private final UUID id;

	private final int municipalityCode;

	private String name;

	private String heading;

	private ProviderKind providerKind;

	private String providerName;

	private OfferType offerType;

	private @Nullable String targetGroup;

	private @Nullable String content;

	private @Nullable String prerequisites;

	private @Nullable String intake;

	private @Nullable String duration;

	private @Nullable String meetingHours;

	private @Nullable Integer places;

	private String source;

	private boolean active;

	private final Instant createdAt;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	Project(UUID id, int municipalityCode, String name, String heading, ProviderKind providerKind, String providerName,
			OfferType offerType, @Nullable String targetGroup, @Nullable String content, @Nullable String prerequisites,
			@Nullable String intake, @Nullable String duration, @Nullable String meetingHours, @Nullable Integer places,
			String source, boolean active, Instant createdAt, @Nullable Integer version) {
		this.id = id;
		this.municipalityCode = municipalityCode;
		this.name = name;
		this.heading = heading;
		this.providerKind = providerKind;
		this.providerName = providerName;
		this.offerType = offerType;
		this.targetGroup = targetGroup;
		this.content = content;
		this.prerequisites = prerequisites;
		this.intake = intake;
		this.duration = duration;
		this.meetingHours = meetingHours;
		this.places = places;
		this.source = source;
		this.active = active;
		this.createdAt = createdAt;
		this.version = version;
	}

	static Project create(int municipalityCode, ProjectDescription description, Instant at) {
		var project = new Project(UUID.randomUUID(), municipalityCode, "", "", description.providerKind(), "",
				description.offerType(), null, null, null, null, null, null, null, "", true, at, null);
		project.describe(description);
		return project;
	}

	void describe(ProjectDescription d) {
		if (d.places() != null && d.places() < 0) {
			throw new dk.jobvej.platform.RuleViolation("places", "plan.project.places");
		}
		name = PlanText.required("name", d.name(), 150);
		heading = PlanText.required("heading", d.heading(), 150);
		providerKind = d.providerKind();
		providerName = PlanText.required("providerName", d.providerName(), 150);
		offerType = d.offerType();
		targetGroup = PlanText.optional("targetGroup", d.targetGroup(), 2000);
		content = PlanText.optional("content", d.content(), 4000);
		prerequisites = PlanText.optional("prerequisites", d.prerequisites(), 2000);
		intake = PlanText.optional("intake", d.intake(), 200);
		duration = PlanText.optional("duration", d.duration(), 500);
		meetingHours = PlanText.optional("meetingHours", d.meetingHours(), 200);
		places = d.places();
		source = PlanText.required("source", d.source(), 1000);
		active = d.active();
	}

	void expectVersion(@Nullable Integer seen) {
		if (seen != null && !seen.equals(version)) {
			throw new org.springframework.dao.OptimisticLockingFailureException("Project " + id + " was changed");
		}
	}

	UUID id() {
		return id;
	}

	int municipalityCode() {
		return municipalityCode;
	}

	String name() {
		return name;
	}

	String heading() {
		return heading;
	}

	ProviderKind providerKind() {
		return providerKind;
	}

	String providerName() {
		return providerName;
	}

	OfferType offerType() {
		return offerType;
	}

	@Nullable String targetGroup() {
		return targetGroup;
	}

	@Nullable String content() {
		return content;
	}

	@Nullable String prerequisites() {
		return prerequisites;
	}

	@Nullable String intake() {
		return intake;
	}

	@Nullable String duration() {
		return duration;
	}

	@Nullable String meetingHours() {
		return meetingHours;
	}

	@Nullable Integer places() {
		return places;
	}

	String source() {
		return source;
	}

	boolean active() {
		return active;
	}

	@Nullable Integer version() {
		return version;
	}

	@Override
	public UUID getId() {
		return id;
	}

	@Override
	public boolean isNew() {
		return version == null;
	}

}
